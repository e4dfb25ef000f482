import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BARRIER_PRIORITIES, BarrierInput, MEASURE_TYPES } from '../../../../shared/schemas/barriers.js';
import type { Sector } from '../../../../shared/schemas/sectors.js';
import { AppModal } from '../../../components/AppModal.js';
import { DateInput } from '../../../components/DateInput.js';
import { FormError } from '../../../components/FormError.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { OrgUnitMultiPicker, SectorMultiSelect } from '../../../components/pickers.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { todayIso } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { CountrySelect } from '../../activities/-components/fields.js';
import { useCreateBarrier } from '../-api.js';

interface Values {
  title: string;
  description: string;
  countryCode: string | null;
  measureType: string;
  priority: string;
  sectors: Sector[];
  hsCodes: string;
  valueAtStake: string;
  currency: string;
  provinceUnitIds: string[];
  since: string;
}

/** An error on one item of a list field (`hsCodes.2`) shows under the list's input. */
const underListInputs = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/\.\d+$/, ''), message]));

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

const toInput = (values: Values) => ({
  title: values.title,
  description: values.description,
  countryCode: values.countryCode ?? '',
  measureType: values.measureType,
  priority: values.priority,
  sectors: values.sectors,
  hsCodes: values.hsCodes.split(/[\s,;]+/).filter(Boolean),
  valueAtStake: orNull(values.valueAtStake),
  currency: orNull(values.currency.toUpperCase()),
  provinceUnitIds: values.provinceUnitIds,
  since: values.since,
});

/** Records a barrier for the user's unit: what blocks which goods where, what is at stake and who is hit. */
export function BarrierFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBarrier();
  const [formError, setFormError] = useState<string | null>(null);
  const zod = zodValidate(t, BarrierInput, toInput);
  const form = useForm<Values>({
    initialValues: { title: '', description: '', countryCode: null, measureType: 'sps', priority: 'medium', sectors: [], hsCodes: '', valueAtStake: '', currency: 'USD', provinceUnitIds: [], since: todayIso() },
    validate: (values) => underListInputs(zod(values)),
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(BarrierInput.parse(toInput(values)), {
      onSuccess: (barrier) => {
        notifySuccess(t, t('barriers.create.done'));
        close();
        void navigate({ to: '/barriers/$barrierId', params: { barrierId: barrier.id } });
      },
      onError: (error) => setFormError(applyApiError(t, form, error)),
    });
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('barriers.create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          <TextInput label={t('barriers.fields.title')} required {...form.getInputProps('title')} />
          <Textarea label={t('barriers.fields.description')} required autosize minRows={3} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <CountrySelect label={t('barriers.fields.country')} required {...form.getInputProps('countryCode')} />
            <NativeSelect
              label={t('barriers.measureType.label')}
              required
              data={MEASURE_TYPES.map((type) => ({ value: type, label: t(`barriers.measureType.${type}`) }))}
              {...form.getInputProps('measureType')}
            />
            <NativeSelect
              label={t('barriers.fields.priority')}
              data={BARRIER_PRIORITIES.map((priority) => ({ value: priority, label: t(`barriers.priority.${priority}`) }))}
              {...form.getInputProps('priority')}
            />
            <DateInput label={t('barriers.fields.metOn')} required {...form.getInputProps('since')} />
          </SimpleGrid>
          <SectorMultiSelect label={t('barriers.fields.sectors')} {...form.getInputProps('sectors')} />
          <TextInput label={t('barriers.fields.hsCodes')} description={t('barriers.fields.hsCodesHelp')} {...form.getInputProps('hsCodes')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput label={t('barriers.fields.valueAtStake')} unit={form.getValues().currency.toUpperCase()} {...form.getInputProps('valueAtStake')} />
            <TextInput label={t('barriers.fields.currency')} maxLength={3} {...form.getInputProps('currency')} />
          </SimpleGrid>
          <OrgUnitMultiPicker label={t('barriers.fields.provinces')} description={t('barriers.fields.provincesHelp')} {...form.getInputProps('provinceUnitIds')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('barriers.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
