import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BARRIER_TRANSITIONS, type Barrier, type BarrierStatus } from '../../../../shared/schemas/barriers.js';
import { AppModal } from '../../../components/AppModal.js';
import { DateInput } from '../../../components/DateInput.js';
import { FormError } from '../../../components/FormError.js';
import { isApiError } from '../../../lib/api.js';
import { applyApiError } from '../../../lib/errors.js';
import { todayIso } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useChangeBarrierStatus } from '../-api.js';

interface Values {
  status: BarrierStatus;
  effectiveDate: string;
  note: string;
}

/** Moves a barrier to a status its current one allows, dated, with what happened; the history keeps every step. */
export function StatusChangeModal({ barrier, opened, onClose }: { barrier: Barrier; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeBarrierStatus(barrier.id);
  const [formError, setFormError] = useState<string | null>(null);
  const allowed = BARRIER_TRANSITIONS[barrier.status];
  const form = useForm<Values>({
    initialValues: { status: allowed[0]!, effectiveDate: todayIso(), note: '' },
    validate: {
      effectiveDate: (value) => (!value ? t('errors.validation.required') : value < barrier.statusSince ? t('barriers.errors.beforeCurrent') : value > todayIso() ? t('barriers.errors.future') : null),
      note: (value) => (value.trim() === '' ? t('errors.validation.required') : null),
    },
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setFormError(null);
    change.mutate(
      { status: values.status, effectiveDate: values.effectiveDate, note: values.note.trim(), version: barrier.version },
      {
        onSuccess: () => {
          notifySuccess(t, t('barriers.statusChange.done'));
          close();
        },
        onError: (error) => setFormError(isApiError(error, 'conflict') ? t('barriers.errors.conflict') : applyApiError(t, form, error)),
      },
    );
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('barriers.statusChange.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          <NativeSelect label={t('barriers.statusChange.to')} data={allowed.map((status) => ({ value: status, label: t(`barriers.status.${status}`) }))} {...form.getInputProps('status')} />
          <DateInput label={t('barriers.statusChange.effectiveDate')} required {...form.getInputProps('effectiveDate')} />
          <Textarea label={t('barriers.statusChange.note')} description={t('barriers.statusChange.noteHelp')} required autosize minRows={3} {...form.getInputProps('note')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('barriers.statusChange.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
