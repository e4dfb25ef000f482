import { Anchor, Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../shared/schemas/commitments.js';
import { deadlineWarnings } from '../../../../shared/schemas/deadlines.js';
import { TaskInput, type Task } from '../../../../shared/schemas/tasks.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { DeadlineWarnings } from '../../../components/DeadlineWarnings.js';
import { changedFields, LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { DateInput } from '../../../components/DateInput.js';
import { FormError } from '../../../components/FormError.js';
import { useCan, useMe } from '../../../components/me-context.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { zodValidate } from '../../../lib/errors.js';
import { useFormat, todayIso } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { taskQuery, useCreateTask, useUpdateTask } from '../-api.js';

interface Values {
  title: string;
  objective: string;
  responsibleUnitId: string | null;
  responsiblePerson: string;
  startDate: string;
  dueDate: string;
  accountableTo: string;
  checkedBy: string;
  expectedOutput: string;
  expectedOutcome: string;
  isMilestone: boolean;
}

/** The seven clears, in the order the form asks for them; each names its own message when missing. */
const CLEAR_FIELDS = ['objective', 'responsibleUnitId', 'responsiblePerson', 'title', 'startDate', 'dueDate', 'accountableTo', 'checkedBy', 'expectedOutput', 'expectedOutcome'] as const;

const toValues = (task: Task): Values => ({
  title: task.title,
  objective: task.objective,
  responsibleUnitId: task.responsibleUnit.id,
  responsiblePerson: task.responsiblePerson,
  startDate: task.startDate,
  dueDate: task.dueDate,
  accountableTo: task.accountableTo,
  checkedBy: task.checkedBy,
  expectedOutput: task.expectedOutput,
  expectedOutcome: task.expectedOutcome,
  isMilestone: task.isMilestone,
});

interface TaskFormModalProps {
  opened: boolean;
  onClose: () => void;
  commitment?: Commitment;
  /** Makes the new task a sub-task or milestone of this one. */
  parent?: Task;
  /** Edits this task (from its latest version) instead of creating one. */
  taskId?: string;
}

export function TaskFormModal({ opened, onClose, commitment, parent, taskId }: TaskFormModalProps) {
  const { t } = useTranslation();
  const title = taskId ? 'tasks.edit.title' : parent ? 'tasks.create.subtaskTitle' : 'tasks.create.title';
  return (
    <AppModal opened={opened} onClose={onClose} title={t(title)} size="xl">
      {opened ? taskId ? <LatestVersion options={taskQuery(taskId)} lines={8}>{(task) => <TaskForm task={task} onClose={onClose} />}</LatestVersion> : <TaskForm commitment={commitment} parent={parent} onClose={onClose} /> : null}
    </AppModal>
  );
}

interface TaskFormProps {
  onClose: () => void;
  commitment?: Commitment;
  parent?: Task;
  task?: Task;
}

function TaskForm({ commitment, parent, task, onClose }: TaskFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const assignAny = useCan('tasks.assignAny');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateTask();
  const update = useUpdateTask(task?.id ?? '');
  const save = useSaveState(task, (latest) => queryClient.fetchQuery({ ...taskQuery(latest.id), staleTime: 0 }), toValues);
  const { original } = save;
  const isSub = Boolean(parent ?? task?.parentTaskId);
  const toInput = (v: Values) => ({
    ...v,
    responsibleUnitId: v.responsibleUnitId ?? undefined,
    startDate: v.startDate || undefined,
    dueDate: v.dueDate || undefined,
    commitmentId: original ? original.commitmentId : parent ? parent.commitmentId : (commitment?.id ?? null),
    parentTaskId: original ? original.parentTaskId : (parent?.id ?? null),
  });
  const base = zodValidate(t, TaskInput, toInput);
  const form = useForm<Values>({
    initialValues: task
      ? toValues(task)
      : {
          title: commitment && !parent ? commitment.title : '',
          objective: '',
          responsibleUnitId: parent ? parent.responsibleUnit.id : assignAny ? (commitment?.ownerUnit.id ?? null) : (me.user.unit?.id ?? null),
          responsiblePerson: '',
          startDate: parent?.startDate ?? todayIso(),
          dueDate: parent?.dueDate ?? commitment?.dueDate ?? '',
          accountableTo: '',
          checkedBy: '',
          expectedOutput: '',
          expectedOutcome: '',
          isMilestone: false,
        },
    validate: (values) => {
      const errors = base(values);
      // A missing clear says which clear it is, not just "required".
      for (const field of CLEAR_FIELDS) {
        const value = values[field];
        if (errors[field] && (value === null || (typeof value === 'string' && value.trim() === ''))) errors[field] = t(`tasks.clears.missing.${field}`);
      }
      return errors;
    },
  });

  const onError = save.fail(form, {
    startDate: t('tasks.errors.outsideParent'),
    dueDate: t('tasks.errors.outsideParent'),
    responsibleUnitId: t('tasks.errors.ownUnitOnly'),
  });

  const submit = form.onSubmit((values) => {
    save.start();
    if (original) {
      // Never the due date: it moves through a due-date change.
      const changed = changedFields(values, toValues(original), ['dueDate']);
      if (Object.keys(changed).length === 0) return onClose();
      update.mutate(
        { ...changed, responsibleUnitId: changed.responsibleUnitId ?? undefined, version: original.version },
        {
          onSuccess: () => {
            notifySuccess(t, t('tasks.edit.done'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(TaskInput.parse(toInput(values)), {
      onSuccess: (saved) => {
        notifySuccess(t, t('tasks.create.done'));
        onClose();
        void navigate({ to: '/tasks/$taskId', params: { taskId: saved.id } });
      },
      onError,
    });
  });

  /** The due date is not edited here: the link closes the form and goes to the due-date change request. */
  const requestDueDateChange = () => {
    onClose();
    window.requestAnimationFrame(() => {
      const section = document.querySelector<HTMLElement>('[data-testid="task-due-date"]');
      section?.scrollIntoView({ block: 'start' });
      section?.querySelector<HTMLElement>('textarea, input, button')?.focus({ preventScroll: true });
    });
  };

  const field = (name: keyof Values) => form.getInputProps(name);
  // A new task's due date against its commitment's; an edited task shows the server's reading.
  const warnings = original ? original.deadlineWarnings : deadlineWarnings('dueDate', form.values.dueDate, 'commitment_due', parent ? null : commitment?.dueDate);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('tasks.clears.intro')}</Text>
        <ConflictAlert show={save.conflict} />
        {!original && (commitment || parent) ? (
          <Text size="sm" c="dimmed">
            {parent ? t('tasks.create.under', { title: parent.title }) : t('tasks.create.forCommitment', { title: commitment!.title })}
          </Text>
        ) : null}
        <FormError message={save.formError} />
        <Fieldset legend={t('tasks.clears.objective')}>
          <Textarea label={t('tasks.fields.objective')} required autosize minRows={2} {...field('objective')} />
        </Fieldset>
        <Fieldset legend={t('tasks.clears.owner')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OrgUnitPicker
              label={t('tasks.fields.responsibleUnit')}
              description={assignAny ? t('tasks.fields.responsibleUnitHq') : t('tasks.fields.responsibleUnitOwn')}
              required
              disabled={!assignAny && !parent && !original}
              initialUnit={original?.responsibleUnit ?? parent?.responsibleUnit ?? (assignAny ? commitment?.ownerUnit : me.user.unit) ?? null}
              {...field('responsibleUnitId')}
            />
            <TextInput label={t('tasks.fields.responsiblePerson')} required {...field('responsiblePerson')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('tasks.clears.task')}>
          <TextInput label={t('tasks.fields.title')} required {...field('title')} />
          {isSub ? <Checkbox mt="sm" label={t('tasks.fields.isMilestone')} {...form.getInputProps('isMilestone', { type: 'checkbox' })} /> : null}
        </Fieldset>
        <Fieldset legend={t('tasks.clears.timeline')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateInput label={t('tasks.fields.startDate')} required {...field('startDate')} />
            {original ? (
              <TextInput
                label={t('tasks.fields.dueDate')}
                value={format.date(original.dueDate)}
                readOnly
                variant="filled"
                description={
                  <>
                    {t('tasks.edit.dueDateLocked')}{' '}
                    {original.abilities.requestDueDateChange || original.abilities.decideDueDateChange ? (
                      <Anchor component="button" type="button" size="xs" onClick={requestDueDateChange} data-testid="request-due-date-link">
                        {t('tasks.edit.dueDateLink')}
                      </Anchor>
                    ) : null}
                  </>
                }
                data-testid="due-date-locked"
              />
            ) : (
              <DateInput label={t('tasks.fields.dueDate')} required {...field('dueDate')} />
            )}
          </SimpleGrid>
          <DeadlineWarnings warnings={warnings} />
        </Fieldset>
        <Fieldset legend={t('tasks.clears.accountability')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('tasks.fields.accountableTo')} description={t('tasks.fields.accountableToHelp')} required {...field('accountableTo')} />
            <TextInput label={t('tasks.fields.checkedBy')} description={t('tasks.fields.checkedByHelp')} required {...field('checkedBy')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('tasks.clears.output')}>
          <Textarea label={t('tasks.fields.expectedOutput')} description={t('tasks.fields.expectedOutputHelp')} required autosize minRows={2} {...field('expectedOutput')} />
        </Fieldset>
        <Fieldset legend={t('tasks.clears.outcome')}>
          <Textarea label={t('tasks.fields.expectedOutcome')} description={t('tasks.fields.expectedOutcomeHelp')} required autosize minRows={2} {...field('expectedOutcome')} />
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(original ? 'common.save' : 'tasks.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
