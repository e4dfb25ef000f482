import { Badge } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconCircleX, IconPencilCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationStatus } from '../../../../shared/schemas/outcomes.js';

// Teal, violet, gray, red: light badges that keep 4.5:1 (see theme.ts).
const LOOK: Record<ConfirmationStatus, { color: string; Icon: typeof IconCircleCheck }> = {
  unconfirmed: { color: 'gray', Icon: IconAlertCircle },
  confirmed: { color: 'teal', Icon: IconCircleCheck },
  corrected: { color: 'violet', Icon: IconPencilCheck },
  denied: { color: 'red', Icon: IconCircleX },
};

export function ConfirmationBadge({ status }: { status: ConfirmationStatus }) {
  const { t } = useTranslation();
  const { color, Icon } = LOOK[status];
  return (
    <Badge color={color} variant="light" radius="sm" tt="none" maw="none" leftSection={<Icon size={14} aria-hidden />} data-testid={`confirmation-${status}`}>
      {t(`outcomes.status.${status}`)}
    </Badge>
  );
}
