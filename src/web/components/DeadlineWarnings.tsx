import { Alert, Stack } from '@mantine/core';
import { IconCalendarExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeadlineWarning } from '../../shared/schemas/deadlines.js';
import { useFormat } from '../lib/format.js';

/** Deadlines that fall after the one they serve, each naming both dates; a warning to weigh, not an error. */
export function DeadlineWarnings({ warnings }: { warnings: readonly DeadlineWarning[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (warnings.length === 0) return null;
  return (
    <Stack gap={4} aria-live="polite" data-testid="deadline-warnings">
      {warnings.map((warning) => (
        <Alert key={`${warning.field}-${warning.limit}`} color="yellow" variant="light" p="xs" icon={<IconCalendarExclamation size={18} aria-hidden />} data-testid="deadline-warning">
          {t(`common.deadlines.${warning.limit}`, { date: format.date(warning.date), limitDate: format.date(warning.limitDate) })}
        </Alert>
      ))}
    </Stack>
  );
}
