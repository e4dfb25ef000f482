import { Button, FileInput, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES } from '../../../../shared/schemas/attachments.js';
import { COMPLETED_TASK_STATUSES, TASK_STATUSES, TaskStatusChange, type Task, type TaskStatus } from '../../../../shared/schemas/tasks.js';
import { checkFile, useUpload } from '../../../components/Attachments.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { FormError } from '../../../components/FormError.js';
import { isApiError } from '../../../lib/api.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { taskQuery, useChangeTaskStatus } from '../-api.js';

interface Values {
  status: TaskStatus;
  rationale: string;
  evidenceUrl: string;
  file: File | null;
}

/** Status, rationale and evidence; "completed" needs a link or a document. */
export function StatusChangeForm({ task }: { task: Task }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useChangeTaskStatus(task.id);
  const upload = useUpload(`/tasks/${task.id}`);
  const [conflict, setConflict] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // The page's task follows the cache: refetched after a save, and after a 409 below.
  const version = task.version;
  const toInput = (v: Values) => ({ status: v.status, rationale: v.rationale, evidenceUrl: v.evidenceUrl.trim() || undefined, version });
  const base = zodValidate(t, TaskStatusChange, toInput);
  const form = useForm<Values>({
    initialValues: { status: task.status === 'not_started' ? 'on_track' : task.status, rationale: '', evidenceUrl: '', file: null },
    validate: (values) => {
      const errors = base(values);
      if (errors.rationale && values.rationale.trim() === '') errors.rationale = t('tasks.status.rationaleRequired');
      if (errors.evidenceUrl) errors.evidenceUrl = t('tasks.status.urlInvalid');
      if (COMPLETED_TASK_STATUSES.includes(values.status) && !values.evidenceUrl.trim() && !values.file) errors.evidenceUrl = t('tasks.status.evidenceRequired');
      if (values.file) {
        const problem = checkFile(t, values.file);
        if (problem) errors.file = problem;
      }
      return errors;
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    let attachmentId: string | undefined;
    try {
      if (values.file) attachmentId = (await upload.mutateAsync(values.file)).id;
    } catch (error) {
      form.setFieldError('file', applyApiError(t, form, error) ?? t('errors.codes.internal'));
      return;
    }
    change.mutate(TaskStatusChange.parse({ ...toInput(values), attachmentId }), {
      onSuccess: (saved) => {
        notifySuccess(t, t('tasks.status.done', { status: t(`tasks.statuses.${saved.status}`) }));
        form.setValues({ rationale: '', evidenceUrl: '', file: null });
      },
      onError: (error) => {
        if (isApiError(error, 'conflict')) {
          queryClient
            .fetchQuery({ ...taskQuery(task.id), staleTime: 0 })
            .then(() => setConflict(true))
            .catch((reloadError: unknown) => setFormError(applyApiError(t, form, reloadError)));
          return;
        }
        setFormError(applyApiError(t, form, error, { evidence: t('tasks.status.evidenceRequired'), attachmentId: t('tasks.status.attachmentUnknown') }));
        if (isApiError(error) && error.fields.evidence) form.setFieldError('evidenceUrl', t('tasks.status.evidenceRequired'));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="status-form">
      <Stack gap="sm">
        <ConflictAlert show={conflict} />
        <FormError message={formError} />
        <NativeSelect
          label={t('tasks.status.new')}
          required
          data={TASK_STATUSES.map((status) => ({ value: status, label: t(`tasks.statuses.${status}`) }))}
          {...form.getInputProps('status')}
        />
        <Textarea label={t('tasks.status.rationale')} required autosize minRows={2} {...form.getInputProps('rationale')} />
        <TextInput
          label={t('tasks.status.evidenceUrl')}
          description={t('tasks.status.evidenceHelp')}
          type="url"
          placeholder="https://"
          {...form.getInputProps('evidenceUrl')}
        />
        <FileInput
          label={t('tasks.status.evidenceFile')}
          description={t('attachments.rule')}
          accept={Object.keys(ATTACHMENT_TYPES).join(',')}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearFile') }}
          leftSection={<IconPaperclip size={16} aria-hidden />}
          {...form.getInputProps('file')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending || upload.isPending}>
            {t('tasks.status.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
