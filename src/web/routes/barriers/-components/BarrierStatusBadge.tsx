import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BarrierStatus } from '../../../../shared/schemas/barriers.js';

// Light badges in these colours keep 4.5:1 (see theme.ts).
const COLOR: Record<BarrierStatus, string> = { open: 'red', partly_resolved: 'pink', resolved: 'teal' };

export function BarrierStatusBadge({ status }: { status: BarrierStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" radius="sm" tt="none" maw="none" data-testid={`barrier-status-${status}`}>
      {t(`barriers.status.${status}`)}
    </Badge>
  );
}
