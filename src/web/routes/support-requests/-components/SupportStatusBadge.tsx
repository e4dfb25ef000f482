import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportRequestStatus } from '../../../../shared/schemas/support-requests.js';

const COLOR: Record<SupportRequestStatus, string> = { open: 'blue', accepted: 'violet', declined: 'red', answered: 'teal', closed: 'gray' };

export function SupportStatusBadge({ status }: { status: SupportRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" radius="sm" tt="none" maw="none" data-testid={`support-status-${status}`}>
      {t(`supportRequests.status.${status}`)}
    </Badge>
  );
}
