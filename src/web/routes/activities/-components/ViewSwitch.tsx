import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityView } from '../../../../shared/schemas/activities.js';

/** "As reported" keeps records with the (former) unit that reported them; "mapped" rolls them up to today's units. */
export function ViewSwitch({ value, onChange }: { value: ActivityView; onChange: (view: ActivityView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {t('activities.view.label')}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value}
        onChange={(next) => onChange(next === 'mapped' ? 'mapped' : 'as_reported')}
        data={[
          { value: 'as_reported', label: t('activities.view.as_reported') },
          { value: 'mapped', label: t('activities.view.mapped') },
        ]}
        data-testid="view-switch"
      />
    </Stack>
  );
}
