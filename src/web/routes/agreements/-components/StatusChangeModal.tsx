import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_TRANSITIONS, AgreementStatusChange, type AgreementDetail, type AgreementStatus } from '../../../../shared/schemas/agreements.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { DateInput } from '../../../components/DateInput.js';
import { FormError } from '../../../components/FormError.js';
import { isApiError } from '../../../lib/api.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { todayIso } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { agreementQuery, useChangeAgreementStatus } from '../-api.js';

interface Values {
  status: AgreementStatus | '';
  effectiveDate: string;
  note: string;
}

export function StatusChangeModal({ agreement, opened, onClose }: { agreement: AgreementDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('agreements.status.title')}>
      {opened ? <StatusChangeForm agreement={agreement} onClose={onClose} /> : null}
    </AppModal>
  );
}

function StatusChangeForm({ agreement, onClose }: { agreement: AgreementDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useChangeAgreementStatus(agreement.id);
  const [current, setCurrent] = useState(agreement);
  const [conflict, setConflict] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const next = AGREEMENT_TRANSITIONS[current.status];
  const toInput = (v: Values) => ({ status: v.status || undefined, effectiveDate: v.effectiveDate, note: v.note.trim() || null, version: current.version });
  const form = useForm<Values>({
    initialValues: { status: next[0] ?? '', effectiveDate: todayIso(), note: '' },
    validate: zodValidate(t, AgreementStatusChange, toInput),
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    setConflict(false);
    change.mutate(AgreementStatusChange.parse(toInput(values)), {
      onSuccess: (saved) => {
        notifySuccess(t, t('agreements.status.done', { status: t(`agreements.statuses.${saved.status}`) }));
        onClose();
      },
      onError: (error) => {
        if (isApiError(error, 'conflict')) {
          queryClient
            .fetchQuery({ ...agreementQuery(agreement.id), staleTime: 0 })
            .then((latest) => {
              setCurrent(latest);
              form.setFieldValue('status', AGREEMENT_TRANSITIONS[latest.status][0] ?? '');
              setConflict(true);
            })
            .catch((reloadError: unknown) => setFormError(applyApiError(t, form, reloadError)));
          return;
        }
        setFormError(applyApiError(t, form, error));
      },
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ConflictAlert show={conflict} />
        <FormError message={formError} />
        <NativeSelect
          label={t('agreements.status.next', { status: t(`agreements.statuses.${current.status}`) })}
          required
          data={next.map((status) => ({ value: status, label: t(`agreements.statuses.${status}`) }))}
          {...form.getInputProps('status')}
        />
        <DateInput label={t('agreements.status.effectiveDate')} required {...form.getInputProps('effectiveDate')} />
        <Textarea label={t('agreements.status.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} disabled={next.length === 0}>
            {t('agreements.status.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
