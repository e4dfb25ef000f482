import { Badge } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CompletenessStatus, Timeliness } from '../../../../shared/schemas/periods.js';

const COLOR: Record<CompletenessStatus, string> = { none: 'gray', draft: 'blue', submitted: 'violet', approved: 'teal', returned: 'red' };

/** A report's status; an approved report locks the unit's records, shown with a lock. */
export function SubmissionStatusBadge({ status }: { status: CompletenessStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOR[status]}
      variant="light"
      radius="sm"
      tt="none"
      maw="none"
      leftSection={status === 'approved' ? <IconLock size={12} aria-hidden /> : undefined}
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
      data-testid={`submission-status-${status}`}
    >
      {t(`periods.status.${status}`)}
      {status === 'approved' ? ` · ${t('periods.locked')}` : ''}
    </Badge>
  );
}

const TIMELINESS_COLOR: Record<Timeliness, string> = { on_time: 'teal', late: 'grape', overdue: 'red', not_due: 'gray' };

/** Whether the report came by the due date: on time, late, overdue and not sent, or not yet due. */
export function TimelinessBadge({ timeliness }: { timeliness: Timeliness }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={TIMELINESS_COLOR[timeliness]}
      variant={timeliness === 'overdue' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      maw="none"
      styles={{ root: { flexShrink: 0, overflow: 'visible', height: 'auto', minHeight: 'var(--badge-height)' }, label: { overflow: 'visible', whiteSpace: 'normal' } }}
      data-testid={`timeliness-${timeliness}`}
    >
      {t(`periods.timeliness.${timeliness}`)}
    </Badge>
  );
}
