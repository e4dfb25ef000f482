import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type AgreementField } from '../../../../shared/schemas/agreements.js';
import { deadlineWarnings } from '../../../../shared/schemas/deadlines.js';
import { CommitmentUpdate, type Commitment } from '../../../../shared/schemas/commitments.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { DateInput } from '../../../components/DateInput.js';
import { DeadlineWarnings } from '../../../components/DeadlineWarnings.js';
import { changedFields, LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { FormError } from '../../../components/FormError.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { OrgUnitMultiPicker, SectorMultiSelect } from '../../../components/pickers.js';
import { zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { commitmentQuery, useUpdateCommitment } from '../-api.js';

interface Values {
  title: string;
  sourceQuote: string;
  ownerUnitId: string | null;
  coOwnerUnitIds: string[];
  dueDate: string;
  indicatorCode: string;
  fields: AgreementField[];
}

const toValues = (c: Commitment): Values => ({
  title: c.title,
  sourceQuote: c.sourceQuote ?? '',
  ownerUnitId: c.ownerUnit.id,
  coOwnerUnitIds: c.coOwnerUnits.map((u) => u.id),
  dueDate: c.dueDate ?? '',
  indicatorCode: c.indicatorCode ?? '',
  fields: c.fields as AgreementField[],
});

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Form values as the API takes them (blank texts and dates are null). */
const toInput = (v: Partial<Values>) => ({
  ...v,
  ...(v.sourceQuote === undefined ? {} : { sourceQuote: blankToNull(v.sourceQuote) }),
  ...(v.dueDate === undefined ? {} : { dueDate: blankToNull(v.dueDate) }),
  ...(v.indicatorCode === undefined ? {} : { indicatorCode: blankToNull(v.indicatorCode) }),
  ...(v.ownerUnitId === undefined ? {} : { ownerUnitId: v.ownerUnitId ?? undefined }),
});

/** Edits a commitment from its latest version; the status follows its tasks and the source stays. */
export function CommitmentFormModal({ commitmentId, opened, onClose }: { commitmentId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('commitments.edit.title')} size="lg">
      {opened ? <LatestVersion options={commitmentQuery(commitmentId)}>{(commitment) => <CommitmentForm commitment={commitment} onClose={onClose} />}</LatestVersion> : null}
    </AppModal>
  );
}

function CommitmentForm({ commitment, onClose }: { commitment: Commitment; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateCommitment(commitment.id);
  const save = useSaveState(commitment, (latest) => queryClient.fetchQuery({ ...commitmentQuery(latest.id), staleTime: 0 }), toValues);
  const original = save.original ?? commitment;
  const form = useForm<Values>({
    initialValues: toValues(commitment),
    validate: zodValidate(t, CommitmentUpdate, (values: Values) => ({ ...toInput(values), version: original.version })),
  });

  const submit = form.onSubmit((values) => {
    save.start();
    const changed = changedFields(values, toValues(original));
    if (Object.keys(changed).length === 0) return onClose();
    update.mutate(CommitmentUpdate.parse({ ...toInput(changed), version: original.version }), {
      onSuccess: () => {
        notifySuccess(t, t('commitments.edit.done'));
        onClose();
      },
      onError: save.fail(form),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <Textarea label={t('commitments.fields.title')} required autosize minRows={2} {...form.getInputProps('title')} />
        <Textarea label={t('commitments.fields.sourceQuote')} autosize minRows={2} maxRows={8} {...form.getInputProps('sourceQuote')} />
        <OrgUnitPicker label={t('commitments.fields.ownerUnit')} required initialUnit={original.ownerUnit} {...form.getInputProps('ownerUnitId')} />
        <OrgUnitMultiPicker label={t('commitments.fields.coOwnerUnits')} initialUnits={original.coOwnerUnits} {...form.getInputProps('coOwnerUnitIds')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateInput label={t('commitments.fields.dueDate')} {...form.getInputProps('dueDate')} />
          <TextInput label={t('commitments.fields.indicator')} {...form.getInputProps('indicatorCode')} />
        </SimpleGrid>
        <DeadlineWarnings warnings={deadlineWarnings('dueDate', form.values.dueDate, 'agreement_expiry', original.agreementExpiryDate)} />
        <SectorMultiSelect label={t('agreements.fields.fields')} {...form.getInputProps('fields')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
