import { Anchor, Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/schemas/tasks.js';
import { Attachments, attachmentsQuery } from '../../components/Attachments.js';
import { ChangedBy } from '../../components/ChangedBy.js';
import { DeadlineWarnings } from '../../components/DeadlineWarnings.js';
import { EmptyText } from '../../components/EmptyText.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { RecordHistory } from '../../components/RecordHistory.js';
import { ErrorState, LoadedPage, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { OverdueBadge, TaskStatusBadge } from '../../components/StatusBadges.js';
import { useFormat } from '../../lib/format.js';
import { taskListQuery, taskQuery, taskTimelineQuery } from './-api.js';
import { DueDateChanges } from './-components/DueDateChanges.js';
import { StatusChangeForm } from './-components/StatusChangeForm.js';
import { TaskFormModal } from './-components/TaskFormModal.js';
import { TaskTable } from './-components/TaskTable.js';

export function TaskPage({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const query = useQuery(taskQuery(taskId));
  return <LoadedPage query={query} title={t('tasks.detail.loadingTitle')}>{(data) => <TaskView task={data} />}</LoadedPage>;
}

function TaskView({ task }: { task: Task }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canCreate = useCan('tasks.create');
  const [addingSub, subModal] = useDisclosure(false);
  const [editing, editModal] = useDisclosure(false);
  // What this user may do with this task comes with the task, by the rules the server enforces.
  const { abilities } = task;
  const subtasks = useQuery(taskListQuery({ parentTaskId: task.id, pageSize: 200 }));

  return (
    <Page
      title={task.title}
      subtitle={task.isMilestone ? t('tasks.fields.milestone') : t('tasks.detail.subtitle')}
      actions={
        <>
          {abilities.update ? (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open} data-testid="edit-task">
              {t('tasks.edit.open')}
            </Button>
          ) : null}
          {canCreate && !task.parentTaskId ? (
            <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={subModal.open}>
              {t('tasks.create.subtaskOpen')}
            </Button>
          ) : null}
        </>
      }
    >
      <Group gap="xs">
        <TaskStatusBadge status={task.status} />
        {task.overdue ? <OverdueBadge /> : null}
        {task.slipCount > 0 ? (
          <Badge variant="light" color="pink" radius="sm" tt="none" data-testid="slip-count">
            {t('tasks.detail.slips', { count: task.slipCount })}
          </Badge>
        ) : null}
      </Group>

      <DeadlineWarnings warnings={task.deadlineWarnings} />

      <Section title={t('tasks.detail.clears')} testId="task-clears">
        <Facts
          items={[
            { label: t('tasks.clears.objective'), value: task.objective, testId: 'clear-objective' },
            {
              label: t('tasks.clears.owner'),
              value: `${format.name(task.responsibleUnit.name)} · ${task.responsiblePerson}`,
              testId: 'task-responsible',
            },
            { label: t('tasks.clears.task'), value: task.title, testId: 'clear-task' },
            {
              label: t('tasks.clears.timeline'),
              value: (
                <>
                  <span data-testid="task-timeline-dates">{`${format.date(task.startDate)} – ${format.date(task.dueDate)}`}</span>
                  <ClearDetail label={t('tasks.fields.originalDueDate')} testId="original-due-date">
                    {task.originalDueDate === task.dueDate
                      ? format.date(task.originalDueDate)
                      : t('tasks.detail.originalMoved', { date: format.date(task.originalDueDate), count: task.slipCount })}
                  </ClearDetail>
                </>
              ),
            },
            {
              label: t('tasks.clears.accountability'),
              value: (
                <>
                  <ClearDetail label={t('tasks.fields.accountableTo')}>{task.accountableTo}</ClearDetail>
                  <ClearDetail label={t('tasks.fields.checkedBy')}>{task.checkedBy}</ClearDetail>
                </>
              ),
              testId: 'clear-accountability',
            },
            { label: t('tasks.clears.output'), value: task.expectedOutput, testId: 'clear-output' },
            { label: t('tasks.clears.outcome'), value: task.expectedOutcome, testId: 'clear-outcome' },
          ]}
        />
        <Facts
          items={[
            { label: t('tasks.fields.assigningUnit'), value: format.name(task.assigningUnit.name) },
            {
              label: t('tasks.fields.commitment'),
              value: task.commitmentId ? (
                <AnchorLink to="/commitments/$commitmentId" params={{ commitmentId: task.commitmentId }}>
                  {t('tasks.detail.openCommitment')}
                </AnchorLink>
              ) : (
                '—'
              ),
            },
            ...(task.parentTaskId
              ? [
                  {
                    label: t('tasks.fields.parent'),
                    value: (
                      <AnchorLink to="/tasks/$taskId" params={{ taskId: task.parentTaskId }}>
                        {t('tasks.detail.openParent')}
                      </AnchorLink>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>

      {abilities.changeStatus ? (
        <Section title={t('tasks.status.title')} testId="task-status-section">
          <StatusChangeForm task={task} />
        </Section>
      ) : null}

      <Section title={t('tasks.timeline.title')} testId="task-timeline">
        <StatusTimeline task={task} />
      </Section>

      <Section title={t('tasks.detail.evidence')} testId="task-evidence">
        <Attachments ownerPath={`/tasks/${task.id}`} canUpload={abilities.changeStatus} />
      </Section>

      <Section title={t('tasks.dueDate.title')} testId="task-due-date">
        <DueDateChanges task={task} />
      </Section>

      {task.parentTaskId ? null : (
        <Section title={t('tasks.detail.subtasks')} testId="task-subtasks">
          {subtasks.isPending ? (
            <Loading lines={2} />
          ) : subtasks.isError ? (
            <ErrorState error={subtasks.error} onRetry={() => void subtasks.refetch()} />
          ) : (
            <TaskTable items={subtasks.data.items} testId="subtask-table" empty={t('tasks.detail.noSubtasks')} />
          )}
        </Section>
      )}
      <TaskFormModal opened={addingSub} onClose={subModal.close} parent={task} />
      <TaskFormModal opened={editing} onClose={editModal.close} taskId={task.id} />
      <RecordHistory entity="task" entityId={task.id} />
    </Page>
  );
}

/** A labelled line inside one of the seven clears (e.g. accountable to, checked by). */
function ClearDetail({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <Text component="span" display="block" size="sm" fw={400} data-testid={testId}>
      <Text component="span" size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

/** The status history, oldest first; nobody can edit it. */
function StatusTimeline({ task }: { task: Task }) {
  const { t } = useTranslation();
  const query = useQuery(taskTimelineQuery(task.id));
  const files = useQuery(attachmentsQuery(`/tasks/${task.id}`));
  if (query.isPending) return <Loading lines={3} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyText>{t('tasks.timeline.empty')}</EmptyText>;
  const fileName = (id: string) => files.data?.items.find((file) => file.id === id)?.filename ?? t('tasks.timeline.document');
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('tasks.timeline.immutable')}
      </Text>
      <Timeline active={query.data.items.length - 1} bulletSize={14} lineWidth={2} data-testid="status-timeline">
        {query.data.items.map((event) => (
          <Timeline.Item
            key={event.id}
            title={event.fromStatus ? t('tasks.timeline.change', { from: t(`tasks.statuses.${event.fromStatus}`), to: t(`tasks.statuses.${event.toStatus}`) }) : t(`tasks.statuses.${event.toStatus}`)}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {event.rationale}
            </Text>
            {event.evidenceUrl ? (
              <Anchor href={event.evidenceUrl} target="_blank" rel="noreferrer" size="sm" data-testid="evidence-link">
                {t('tasks.timeline.evidenceLink')}: {event.evidenceUrl}
              </Anchor>
            ) : null}
            {event.attachmentId ? (
              <Anchor href={`/api/v1/tasks/${task.id}/attachments/${event.attachmentId}`} size="sm" display="block">
                {t('tasks.timeline.evidenceFile')}: {fileName(event.attachmentId)}
              </Anchor>
            ) : null}
            <ChangedBy actor={event.actor} at={event.at} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
