import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OUTCOME_KINDS,
  OutcomeInput,
  OutcomeUpdate,
  QUANTITY_KINDS,
  VALUE_KINDS,
  outcomeIssues,
  type Outcome,
  type OutcomeKind,
} from '../../../../shared/schemas/outcomes.js';
import { AppModal } from '../../../components/AppModal.js';
import { FormError } from '../../../components/FormError.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { isApiError } from '../../../lib/api.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { LockedPeriodAlert, isPeriodLocked } from '../../activities/-components/LockedPeriodAlert.js';
import { useCreateOutcome, useUpdateOutcome } from '../-api.js';

interface OutcomeValues {
  kind: OutcomeKind;
  value: string;
  currency: string;
  quantity: string;
  product: string;
  hsCode: string;
  counterpart: string;
  businessName: string;
  contactName: string;
  contactEmail: string;
}

const toValues = (outcome?: Outcome): OutcomeValues => ({
  kind: outcome?.kind ?? 'export_contract',
  value: outcome?.value ?? '',
  currency: outcome?.currency ?? (outcome ? '' : 'USD'),
  quantity: outcome?.quantity === null || outcome?.quantity === undefined ? '' : String(outcome.quantity),
  product: outcome?.product ?? '',
  hsCode: outcome?.hsCode ?? '',
  counterpart: outcome?.counterpart ?? '',
  businessName: outcome?.businessName ?? '',
  contactName: outcome?.contactName ?? '',
  contactEmail: outcome?.contactEmail ?? '',
});

const text = (value: string) => (value.trim() === '' ? null : value.trim());

/** The API fields for the kind: fields that do not apply to it are cleared. */
function toBody(values: OutcomeValues) {
  const money = VALUE_KINDS.includes(values.kind) || values.kind === 'other' || values.kind === 'technology_transfer';
  const count = QUANTITY_KINDS.includes(values.kind) || values.kind === 'other';
  return {
    kind: values.kind,
    value: money && values.value !== '' ? values.value : null,
    // An optional value left empty takes no currency either.
    currency: money && (values.value !== '' || VALUE_KINDS.includes(values.kind)) ? text(values.currency.toUpperCase()) : null,
    quantity: count && values.quantity !== '' ? (/^\d+$/.test(values.quantity) ? Number(values.quantity) : Number.NaN) : null,
    product: text(values.product),
    hsCode: values.kind === 'export_contract' ? text(values.hsCode) : null,
    counterpart: text(values.counterpart),
    businessName: text(values.businessName),
    contactName: text(values.contactName),
    contactEmail: text(values.contactEmail),
  };
}

/** What each field means for the kind (labels change: a buyer for exports, an investor for investment). */
const shows = (kind: OutcomeKind) => ({
  value: VALUE_KINDS.includes(kind) || kind === 'technology_transfer' || kind === 'other',
  quantity: QUANTITY_KINDS.includes(kind) || kind === 'other',
  hsCode: kind === 'export_contract',
  counterpart: kind !== 'tourists' && kind !== 'jobs',
});

interface OutcomeFormModalProps {
  opened: boolean;
  activityId: string;
  /** Editing this outcome; adding a new one when absent. */
  outcome?: Outcome | null;
  onClose: () => void;
}

export function OutcomeFormModal({ opened, activityId, outcome, onClose }: OutcomeFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={outcome ? t('outcomes.edit.title') : t('outcomes.create.title')} size="lg">
      {opened ? <OutcomeForm key={outcome?.id ?? 'new'} activityId={activityId} outcome={outcome ?? undefined} onClose={onClose} /> : null}
    </AppModal>
  );
}

function OutcomeForm({ activityId, outcome, onClose }: { activityId: string; outcome?: Outcome; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOutcome();
  const update = useUpdateOutcome(outcome?.id ?? '');
  const [formError, setFormError] = useState<string | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const zod = zodValidate(t, outcome ? OutcomeUpdate : OutcomeInput, (values: OutcomeValues) =>
    outcome ? { ...toBody(values), version: outcome.version } : { ...toBody(values), activityId },
  );
  const form = useForm<OutcomeValues>({
    initialValues: toValues(outcome),
    validate: (values) => {
      const errors = zod(values);
      // The "three clears" per kind, in the interface language.
      for (const field of Object.keys(outcomeIssues(toBody(values)))) errors[field] = t(`outcomes.errors.${field}`, { context: values.kind });
      return errors;
    },
  });
  const kind = form.getValues().kind;
  const visible = shows(kind);
  const pending = create.isPending || update.isPending;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    setLocked(null);
    setConflict(false);
    const body = toBody(values);
    const onError = (error: unknown) => {
      if (isPeriodLocked(error)) return setLocked(isApiError(error) ? error.message : '');
      if (isApiError(error, 'conflict')) return setConflict(true);
      setFormError(applyApiError(t, form, error));
    };
    const onSuccess = () => {
      notifySuccess(t, outcome ? t('outcomes.edit.done') : t('outcomes.create.done'));
      onClose();
    };
    if (outcome) update.mutate({ ...body, version: outcome.version }, { onSuccess, onError });
    else create.mutate({ ...body, activityId }, { onSuccess, onError });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="outcome-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('outcomes.form.intro')}
        </Text>
        {conflict ? (
          <Alert color="blue" variant="light" role="alert" data-testid="conflict">
            {t('outcomes.edit.conflict')}
          </Alert>
        ) : null}
        {locked !== null ? <LockedPeriodAlert detail={locked} /> : null}
        <FormError message={formError} />
        <NativeSelect
          label={t('outcomes.fields.kind')}
          required
          data={OUTCOME_KINDS.map((value) => ({ value, label: t(`outcomes.kinds.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        {visible.value ? (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={t('outcomes.fields.value')}
              required={VALUE_KINDS.includes(kind)}
              unit={form.getValues().currency.toUpperCase()}
              {...form.getInputProps('value')}
            />
            <TextInput
              label={t('outcomes.fields.currency')}
              description={t('activities.fields.currencyHelp')}
              required={VALUE_KINDS.includes(kind)}
              maxLength={3}
              {...form.getInputProps('currency')}
            />
          </SimpleGrid>
        ) : null}
        {visible.quantity ? (
          <NumberInput
            label={t(`outcomes.fields.quantity_${kind}`, { defaultValue: t('outcomes.fields.quantity') })}
            required={QUANTITY_KINDS.includes(kind)}
            maxDecimals={0}
            {...form.getInputProps('quantity')}
          />
        ) : null}
        <TextInput
          label={t(`outcomes.fields.product_${kind}`, { defaultValue: t('outcomes.fields.product') })}
          required={kind === 'export_contract' || kind === 'technology_transfer' || kind === 'other'}
          {...form.getInputProps('product')}
        />
        {visible.hsCode ? <TextInput label={t('outcomes.fields.hsCode')} description={t('outcomes.fields.hsCodeHelp')} inputMode="numeric" {...form.getInputProps('hsCode')} /> : null}
        {visible.counterpart ? (
          <TextInput label={t(`outcomes.fields.counterpart_${kind}`, { defaultValue: t('outcomes.fields.counterpart') })} {...form.getInputProps('counterpart')} />
        ) : null}
        <Text size="sm" fw={600} mt="xs">
          {t('outcomes.form.business')}
        </Text>
        <TextInput label={t('outcomes.fields.businessName')} required={VALUE_KINDS.includes(kind) || kind === 'technology_transfer'} {...form.getInputProps('businessName')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label={t('outcomes.fields.contactName')} {...form.getInputProps('contactName')} />
          <TextInput label={t('outcomes.fields.contactEmail')} type="email" description={t('outcomes.fields.contactEmailHelp')} {...form.getInputProps('contactEmail')} />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {outcome ? t('common.save') : t('outcomes.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
