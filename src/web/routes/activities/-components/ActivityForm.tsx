import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActivityInput,
  ActivityUpdate,
  type Activity,
  type ActivityType,
  type OutputKind,
} from '../../../../shared/schemas/activities.js';
import type { Sector } from '../../../../shared/schemas/sectors.js';
import { FormError } from '../../../components/FormError.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { SectorMultiSelect } from '../../../components/pickers.js';
import { Section } from '../../../components/Section.js';
import { isApiError } from '../../../lib/api.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { todayIso } from '../../../lib/format.js';
import { ActivityTypeSelect, CountrySelect } from './fields.js';
import { LockedPeriodAlert, isPeriodLocked } from './LockedPeriodAlert.js';
import { OutputsEditor } from './OutputsEditor.js';
import { LinkPicker, PartnersPicker, ProvincesPicker } from './pickers.js';
import { DateInput } from '../../../components/DateInput.js';

let outputKeys = 0;
/** A stable React key for an output line (not sent). */
export const newOutputKey = (): string => `output-${++outputKeys}`;

export interface ActivityFormValues {
  unitId: string | null;
  type: ActivityType;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  countryCode: string | null;
  place: string;
  partnerIds: string[];
  sectors: Sector[];
  provinceIds: string[];
  cost: string | number;
  costCurrency: string;
  engagementId: string | null;
  agreementId: string | null;
  commitmentId: string | null;
  taskId: string | null;
  supportRequestId: string | null;
  outputs: { key: string; kind: OutputKind; quantity: number | string; note: string }[];
}

export const emptyActivityValues = (preset: Partial<ActivityFormValues> = {}): ActivityFormValues => ({
  unitId: null,
  type: 'trade_promotion',
  title: '',
  description: '',
  startDate: todayIso(),
  endDate: todayIso(),
  countryCode: null,
  place: '',
  partnerIds: [],
  sectors: [],
  provinceIds: [],
  cost: '',
  costCurrency: '',
  engagementId: null,
  agreementId: null,
  commitmentId: null,
  taskId: null,
  supportRequestId: null,
  outputs: [],
  ...preset,
});

export const activityValues = (activity: Activity): ActivityFormValues => ({
  unitId: activity.unit.id,
  type: activity.type,
  title: activity.title,
  description: activity.description ?? '',
  startDate: activity.startDate,
  endDate: activity.endDate,
  countryCode: activity.countryCode,
  place: activity.place ?? '',
  partnerIds: activity.partners.map((partner) => partner.id),
  sectors: activity.sectors,
  provinceIds: activity.provinces.map((province) => province.id),
  cost: activity.cost ?? '',
  costCurrency: activity.costCurrency ?? '',
  engagementId: activity.engagementId,
  agreementId: activity.agreementId,
  commitmentId: activity.commitmentId,
  taskId: activity.taskId,
  supportRequestId: activity.supportRequestId,
  outputs: activity.outputs.map((output) => ({ key: newOutputKey(), kind: output.kind, quantity: output.quantity, note: output.note ?? '' })),
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The API body (without unitId and version) from the form. */
export function activityBody(values: ActivityFormValues) {
  return {
    type: values.type,
    title: values.title.trim(),
    description: orNull(values.description),
    startDate: values.startDate,
    endDate: values.endDate,
    countryCode: values.countryCode,
    place: orNull(values.place),
    partnerIds: values.partnerIds,
    sectors: values.sectors,
    provinceIds: values.provinceIds,
    cost: values.cost === '' ? null : String(values.cost),
    costCurrency: orNull(values.costCurrency.toUpperCase()),
    engagementId: values.engagementId,
    agreementId: values.agreementId,
    commitmentId: values.commitmentId,
    taskId: values.taskId,
    supportRequestId: values.supportRequestId,
    outputs: values.outputs.map((output) => ({
      kind: output.kind,
      quantity: /^\d+$/.test(String(output.quantity)) ? Number(output.quantity) : Number.NaN,
      note: orNull(output.note),
    })),
  };
}

export type ActivityBody = ReturnType<typeof activityBody>;

interface ActivityFormProps {
  initialValues: ActivityFormValues;
  /** Records for another unit (HQ). */
  chooseUnit: boolean;
  /** Names of what the form already holds, so pickers show them before a search. */
  initial?: Activity;
  /** The latest version when another user saved first (409): shown with a note, form reloaded by the caller. */
  conflict?: boolean;
  submitLabel: string;
  pending: boolean;
  onSubmit: (body: ActivityBody & { unitId?: string }) => Promise<unknown>;
  onCancel: () => void;
}

export function ActivityForm({ initialValues, chooseUnit, initial, conflict, submitLabel, pending, onSubmit, onCancel }: ActivityFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const schema = initial ? ActivityUpdate : ActivityInput;
  const zod = zodValidate(t, schema, (values: ActivityFormValues) => ({ ...activityBody(values), ...(initial ? { version: initial.version } : {}) }));
  const form = useForm<ActivityFormValues>({
    initialValues,
    validate: (values) => {
      const errors = zod(values);
      // The shared rules' own sentences are English: say them in the interface language.
      if (values.startDate && values.endDate && values.endDate < values.startDate) errors.endDate = t('activities.errors.endBeforeStart');
      if (values.cost === '' && values.costCurrency.trim() !== '') errors.cost = t('activities.errors.costWithCurrency');
      if (values.cost !== '' && values.costCurrency.trim() === '') errors.costCurrency = t('activities.errors.costWithCurrency');
      return errors;
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    setLocked(null);
    const body = activityBody(values);
    onSubmit(chooseUnit && values.unitId ? { ...body, unitId: values.unitId } : body).catch((error: unknown) => {
      if (isPeriodLocked(error)) return setLocked(isApiError(error) ? error.message : '');
      if (isApiError(error, 'conflict')) return; // the caller reloads and says so
      setFormError(applyApiError(t, form, error, { endDate: t('activities.errors.endBeforeStart') }));
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="activity-form">
      <Stack gap="lg">
        {conflict ? (
          <Alert color="blue" variant="light" role="alert" data-testid="conflict" title={t('activities.edit.conflictTitle')}>
            {t('activities.edit.conflict')}
          </Alert>
        ) : null}
        {locked !== null ? <LockedPeriodAlert detail={locked} /> : null}
        <FormError message={formError} />

        <Section title={t('activities.form.what')}>
          {chooseUnit && !initial ? (
            <OrgUnitPicker label={t('activities.fields.unit')} description={t('activities.fields.unitHelp')} {...form.getInputProps('unitId')} />
          ) : null}
          <ActivityTypeSelect required {...form.getInputProps('type')} />
          <TextInput label={t('activities.fields.title')} required {...form.getInputProps('title')} />
          <Textarea label={t('activities.fields.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateInput label={t('activities.fields.startDate')} required {...form.getInputProps('startDate')} />
            <DateInput label={t('activities.fields.endDate')} required {...form.getInputProps('endDate')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <CountrySelect {...form.getInputProps('countryCode')} />
            <TextInput label={t('activities.fields.place')} {...form.getInputProps('place')} />
          </SimpleGrid>
        </Section>

        <Section title={t('activities.form.who')}>
          <PartnersPicker initial={initial?.partners} {...form.getInputProps('partnerIds')} />
          <SectorMultiSelect label={t('activities.fields.sectors')} {...form.getInputProps('sectors')} />
          <ProvincesPicker initial={initial?.provinces} {...form.getInputProps('provinceIds')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput label={t('activities.fields.cost')} unit={form.getValues().costCurrency.toUpperCase()} {...form.getInputProps('cost')} />
            <TextInput
              label={t('activities.fields.costCurrency')}
              description={t('activities.fields.currencyHelp')}
              maxLength={3}
              {...form.getInputProps('costCurrency')}
            />
          </SimpleGrid>
        </Section>

        <Section title={t('activities.form.links')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <LinkPicker kind="engagement" {...form.getInputProps('engagementId')} />
            <LinkPicker kind="agreement" {...form.getInputProps('agreementId')} />
            <LinkPicker kind="commitment" {...form.getInputProps('commitmentId')} />
            <LinkPicker kind="task" {...form.getInputProps('taskId')} />
            <LinkPicker kind="supportRequest" {...form.getInputProps('supportRequestId')} />
          </SimpleGrid>
        </Section>

        <Section title={t('activities.form.outputs')}>
          <OutputsEditor form={form} />
        </Section>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
