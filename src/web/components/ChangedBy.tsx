import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventActor } from '../../shared/schemas/engagements.js';
import { useFormat } from '../lib/format.js';

/** "Recorded by <person> (<unit>) on <date, time>" under an entry of a status history. */
export function ChangedBy({ actor, at }: { actor: EventActor | null; at: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = !actor
    ? t('common.history.system')
    : actor.unit
      ? t('common.history.byUnit', { name: actor.name, unit: format.name(actor.unit.name) })
      : actor.name;
  return (
    <Text size="xs" c="dimmed" data-testid="changed-by">
      {t('common.history.recorded', { who, at: format.dateTime(at) })}
    </Text>
  );
}
