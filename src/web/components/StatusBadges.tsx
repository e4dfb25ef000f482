import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../shared/schemas/agreements.js';
import type { CommitmentStatus } from '../../shared/schemas/commitments.js';
import type { TargetStatus } from '../../shared/schemas/indicators.js';
import type { TaskStatus } from '../../shared/schemas/tasks.js';

// Light badges in these colours keep 4.5:1 (see theme.ts): no green, orange or yellow.
const TASK_COLORS: Record<TaskStatus, string> = {
  not_started: 'gray',
  on_track: 'blue',
  at_risk: 'pink',
  delayed: 'red',
  completed: 'teal',
  completed_with_changes: 'cyan',
  not_pursued: 'gray',
};

const COMMITMENT_COLORS: Record<CommitmentStatus, string> = {
  open: 'blue',
  fulfilled: 'teal',
  partially_fulfilled: 'cyan',
  not_pursued: 'gray',
};

const AGREEMENT_COLORS: Record<AgreementStatus, string> = {
  negotiating: 'gray',
  signed: 'blue',
  in_force: 'indigo',
  implementing: 'violet',
  completed: 'teal',
  expired: 'gray',
  terminated: 'red',
};

const TARGET_COLORS: Record<TargetStatus, string> = {
  met: 'teal',
  on_track: 'blue',
  at_risk: 'pink',
  missed: 'red',
  no_data: 'gray',
};

const badge = { variant: 'light', radius: 'sm', tt: 'none', maw: 'none' } as const;

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge} color={TARGET_COLORS[status]} data-testid="target-status">
      {t(`indicators.statuses.${status}`)}
    </Badge>
  );
}

export function TaskStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge} color={TASK_COLORS[status as TaskStatus] ?? 'gray'} data-testid="task-status">
      {t(`tasks.statuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function CommitmentStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge} color={COMMITMENT_COLORS[status as CommitmentStatus] ?? 'gray'}>
      {t(`commitments.statuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge} color={AGREEMENT_COLORS[status]} data-testid="agreement-status">
      {t(`agreements.statuses.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge {...badge} color="red" variant="filled">
      {t('common.overdue')}
    </Badge>
  );
}
