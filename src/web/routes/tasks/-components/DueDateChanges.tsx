import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineWarnings } from '../../../../shared/schemas/deadlines.js';
import { DueDateChangeInput, type DueDateChange, type Task } from '../../../../shared/schemas/tasks.js';
import { DateInput } from '../../../components/DateInput.js';
import { DeadlineWarnings } from '../../../components/DeadlineWarnings.js';
import { EmptyText } from '../../../components/EmptyText.js';
import { FormError } from '../../../components/FormError.js';
import { ErrorState, Loading } from '../../../components/QueryState.js';
import { applyApiError, errorMessage, zodValidate } from '../../../lib/errors.js';
import { useFormat } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { dueDateChangesQuery, useDecideDueDateChange, useRequestDueDateChange } from '../-api.js';

const DECISION_COLORS = { pending: 'blue', approved: 'teal', rejected: 'red' } as const;

/** Requests to move the due date; the assigning unit approves or rejects them. */
export function DueDateChanges({ task }: { task: Task }) {
  const { t } = useTranslation();
  const query = useQuery(dueDateChangesQuery(task.id));
  if (query.isPending) return <Loading lines={2} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm">
      {query.data.items.length === 0 ? <EmptyText>{t('tasks.dueDate.none')}</EmptyText> : null}
      {query.data.items.map((change) => (
        <ChangeCard key={change.id} task={task} change={change} canDecide={task.abilities.decideDueDateChange && change.decision === 'pending'} />
      ))}
      {task.abilities.requestDueDateChange ? <RequestForm task={task} /> : null}
    </Stack>
  );
}

function ChangeCard({ task, change, canDecide }: { task: Task; change: DueDateChange; canDecide: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const decide = useDecideDueDateChange(task.id);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = (decision: 'approved' | 'rejected') =>
    decide.mutate(
      { changeId: change.id, decision, note: note.trim() || undefined },
      {
        onSuccess: () => notifySuccess(t, t(`tasks.dueDate.${decision}Done`)),
        onError: (err) => setError(errorMessage(t, err)),
      },
    );
  return (
    <Paper withBorder p="sm" radius="md" data-testid="due-date-change">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={500}>{t('tasks.dueDate.move', { from: format.date(change.fromDate), to: format.date(change.toDate) })}</Text>
          <Badge variant="light" radius="sm" tt="none" color={DECISION_COLORS[change.decision]}>
            {t(`tasks.dueDate.decisions.${change.decision}`)}
          </Badge>
        </Group>
        <Text size="sm">{change.reason}</Text>
        {change.decision === 'pending' ? <DeadlineWarnings warnings={change.deadlineWarnings} /> : null}
        <Text size="xs" c="dimmed">
          {change.requestedBy
            ? t('tasks.dueDate.requestedByAt', { name: change.requestedBy.name, at: format.dateTime(change.requestedAt) })
            : t('tasks.dueDate.requestedAt', { at: format.dateTime(change.requestedAt) })}
          {change.decidedAt
            ? ` · ${
                change.decidedBy
                  ? t('tasks.dueDate.decidedByAt', { name: change.decidedBy.name, at: format.dateTime(change.decidedAt) })
                  : t('tasks.dueDate.decidedAt', { at: format.dateTime(change.decidedAt) })
              }`
            : ''}
        </Text>
        {change.decisionNote ? <Text size="sm" c="dimmed">{change.decisionNote}</Text> : null}
        {change.decision === 'pending' && canDecide ? (
          <Stack gap="xs">
            <FormError message={error} />
            <Textarea label={t('tasks.dueDate.note')} autosize minRows={1} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
            <Group gap="sm">
              <Button size="xs" onClick={() => send('approved')} loading={decide.isPending}>
                {t('tasks.dueDate.approve')}
              </Button>
              <Button size="xs" variant="default" color="red" onClick={() => send('rejected')} loading={decide.isPending}>
                {t('tasks.dueDate.reject')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function RequestForm({ task }: { task: Task }) {
  const { t } = useTranslation();
  const request = useRequestDueDateChange(task.id);
  const [formError, setFormError] = useState<string | null>(null);
  const base = zodValidate(t, DueDateChangeInput);
  const form = useForm<{ toDate: string; reason: string }>({
    initialValues: { toDate: '', reason: '' },
    validate: (values) => {
      const errors = base(values);
      if (errors.reason && values.reason.trim() === '') errors.reason = t('tasks.dueDate.reasonRequired');
      return errors;
    },
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    request.mutate(DueDateChangeInput.parse(values), {
      onSuccess: () => {
        notifySuccess(t, t('tasks.dueDate.requested'));
        form.reset();
      },
      onError: (error) =>
        setFormError(applyApiError(t, form, error, { toDate: t('tasks.dueDate.invalidDate') })),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text fw={500} size="sm">
          {t('tasks.dueDate.request')}
        </Text>
        <FormError message={formError} />
        <Group align="flex-start" gap="sm" grow>
          <DateInput label={t('tasks.dueDate.toDate')} required {...form.getInputProps('toDate')} />
        </Group>
        <DeadlineWarnings warnings={deadlineWarnings('toDate', form.values.toDate, 'commitment_due', task.commitmentDueDate)} />
        <Textarea label={t('tasks.dueDate.reason')} required autosize minRows={2} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={request.isPending}>
            {t('tasks.dueDate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
