import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../shared/schemas/commitments.js';
import { TaskInput, type Task } from '../../../../shared/schemas/tasks.js';
import { AppModal } from '../../../components/AppModal.js';
import { DateInput } from '../../../components/DateInput.js';
import { FormError } from '../../../components/FormError.js';
import { useCan, useMe } from '../../../components/me-context.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { todayIso } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useCreateTask } from '../-api.js';

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

interface TaskFormModalProps {
  opened: boolean;
  onClose: () => void;
  commitment?: Commitment;
  /** Makes the new task a sub-task or milestone of this one. */
  parent?: Task;
}

export function TaskFormModal({ opened, onClose, commitment, parent }: TaskFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(parent ? 'tasks.create.subtaskTitle' : 'tasks.create.title')} size="xl">
      {opened ? <TaskForm commitment={commitment} parent={parent} onClose={onClose} /> : null}
    </AppModal>
  );
}

function TaskForm({ commitment, parent, onClose }: Omit<TaskFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const me = useMe();
  const assignAny = useCan('tasks.assignAny');
  const navigate = useNavigate();
  const create = useCreateTask();
  const [formError, setFormError] = useState<string | null>(null);
  const toInput = (v: Values) => ({
    ...v,
    responsibleUnitId: v.responsibleUnitId ?? undefined,
    startDate: v.startDate || undefined,
    dueDate: v.dueDate || undefined,
    commitmentId: parent ? parent.commitmentId : (commitment?.id ?? null),
    parentTaskId: parent?.id ?? null,
  });
  const base = zodValidate(t, TaskInput, toInput);
  const form = useForm<Values>({
    initialValues: {
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

  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(TaskInput.parse(toInput(values)), {
      onSuccess: (task) => {
        notifySuccess(t, t('tasks.create.done'));
        onClose();
        void navigate({ to: '/tasks/$taskId', params: { taskId: task.id } });
      },
      onError: (error) =>
        setFormError(
          applyApiError(t, form, error, {
            startDate: t('tasks.errors.outsideParent'),
            dueDate: t('tasks.errors.outsideParent'),
            responsibleUnitId: t('tasks.errors.ownUnitOnly'),
          }),
        ),
    });
  });

  const field = (name: keyof Values) => form.getInputProps(name);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('tasks.clears.intro')}</Text>
        {commitment || parent ? (
          <Text size="sm" c="dimmed">
            {parent ? t('tasks.create.under', { title: parent.title }) : t('tasks.create.forCommitment', { title: commitment!.title })}
          </Text>
        ) : null}
        <FormError message={formError} />
        <Fieldset legend={t('tasks.clears.objective')}>
          <Textarea label={t('tasks.fields.objective')} required autosize minRows={2} {...field('objective')} />
        </Fieldset>
        <Fieldset legend={t('tasks.clears.owner')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OrgUnitPicker
              label={t('tasks.fields.responsibleUnit')}
              description={assignAny ? t('tasks.fields.responsibleUnitHq') : t('tasks.fields.responsibleUnitOwn')}
              required
              disabled={!assignAny && !parent}
              initialUnit={parent?.responsibleUnit ?? (assignAny ? commitment?.ownerUnit : me.user.unit) ?? null}
              {...field('responsibleUnitId')}
            />
            <TextInput label={t('tasks.fields.responsiblePerson')} required {...field('responsiblePerson')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('tasks.clears.task')}>
          <TextInput label={t('tasks.fields.title')} required {...field('title')} />
          {parent ? <Checkbox mt="sm" label={t('tasks.fields.isMilestone')} {...form.getInputProps('isMilestone', { type: 'checkbox' })} /> : null}
        </Fieldset>
        <Fieldset legend={t('tasks.clears.timeline')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateInput label={t('tasks.fields.startDate')} required {...field('startDate')} />
            <DateInput label={t('tasks.fields.dueDate')} required {...field('dueDate')} />
          </SimpleGrid>
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
          <Button type="submit" loading={create.isPending}>
            {t('tasks.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
