import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TargetInput, TargetUpdate, type Target } from '../../../../shared/schemas/indicators.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { FormError } from '../../../components/FormError.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { indicatorCatalogueQuery, targetQuery, useSaveTarget } from '../-api.js';
import { IndicatorSelect, unitSymbol } from './values.js';

interface Values {
  indicatorCode: string;
  year: string;
  half: '' | '1' | '2';
  unitId: string | null;
  low: string;
  high: string;
  baseline: string;
  source: string;
  note: string;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const toValues = (target: Target): Values => ({
  indicatorCode: target.indicatorCode,
  year: String(target.year),
  half: target.half === 1 ? '1' : target.half === 2 ? '2' : '',
  unitId: target.unit?.id ?? null,
  low: target.low,
  high: target.high ?? '',
  baseline: target.baseline ?? '',
  source: target.source ?? '',
  note: target.note ?? '',
});

const toInput = (v: Values) => ({
  indicatorCode: v.indicatorCode,
  year: /^\d{4}$/.test(v.year) ? Number(v.year) : v.year,
  half: v.half === '' ? null : Number(v.half),
  unitId: v.unitId,
  low: v.low,
  high: orNull(v.high),
  baseline: orNull(v.baseline),
  source: orNull(v.source),
  note: orNull(v.note),
});

const toUpdate = (v: Values, version: number) => ({ low: v.low, high: orNull(v.high), baseline: orNull(v.baseline), source: orNull(v.source), note: orNull(v.note), version });

/** Sets a target (no `targetId`) or changes one, always from its latest version. */
export function TargetFormModal({ opened, onClose, targetId, year }: { opened: boolean; onClose: () => void; targetId?: string; year?: number }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(targetId ? 'targets.edit.title' : 'targets.create.title')} size="lg">
      {opened ? (
        targetId ? (
          <LatestVersion options={targetQuery(targetId)} lines={8}>
            {(target) => <TargetForm target={target} onClose={onClose} />}
          </LatestVersion>
        ) : (
          <TargetForm year={year} onClose={onClose} />
        )
      ) : null}
    </AppModal>
  );
}

function TargetForm({ target, year, onClose }: { target?: Target; year?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const catalogue = useQuery(indicatorCatalogueQuery);
  const save = useSaveState(target, (latest) => queryClient.fetchQuery({ ...targetQuery(latest.id), staleTime: 0 }), toValues);
  const { original } = save;
  const mutation = useSaveTarget(original?.id);
  const form = useForm<Values>({
    initialValues: target
      ? toValues(target)
      : { indicatorCode: '', year: String(year ?? new Date().getFullYear()), half: '', unitId: null, low: '', high: '', baseline: '', source: '', note: '' },
    validate: (values) => {
      const errors = original ? zodValidate(t, TargetUpdate, (v: Values) => toUpdate(v, original.version))(values) : zodValidate(t, TargetInput, toInput)(values);
      const [low, high] = [orNull(values.low), orNull(values.high)];
      if (low !== null && high !== null && !errors.low && Number(high) < Number(low)) errors.high = t('targets.errors.highBelowLow');
      return errors;
    },
  });
  const indicator = catalogue.data?.items.find((item) => item.code === form.values.indicatorCode);
  const unit = indicator ? unitSymbol(t, indicator.unit) : undefined;

  const submit = form.onSubmit((values) => {
    save.start();
    const body = original ? TargetUpdate.parse(toUpdate(values, original.version)) : TargetInput.parse(toInput(values));
    mutation.mutate(body, {
      onSuccess: () => {
        notifySuccess(t, t(original ? 'targets.edit.done' : 'targets.create.done'));
        onClose();
      },
      onError: save.fail(form),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="target-form">
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <IndicatorSelect indicators={catalogue.data?.items ?? []} required disabled={Boolean(original)} {...form.getInputProps('indicatorCode')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput label={t('indicators.overview.year')} required grouped={false} maxDecimals={0} disabled={Boolean(original)} {...form.getInputProps('year')} />
          <NativeSelect
            label={t('indicators.overview.period')}
            disabled={Boolean(original)}
            data={[
              { value: '', label: t('indicators.overview.periods.year') },
              { value: '1', label: t('indicators.overview.periods.h1') },
              { value: '2', label: t('indicators.overview.periods.h2') },
            ]}
            {...form.getInputProps('half')}
          />
        </SimpleGrid>
        <OrgUnitPicker
          label={t('targets.fields.unit')}
          description={t('targets.fields.unitHelp')}
          clearable
          disabled={Boolean(original)}
          initialUnit={target?.unit ?? null}
          {...form.getInputProps('unitId')}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NumberInput label={t('targets.fields.low')} required maxDecimals={6} allowNegative unit={unit} {...form.getInputProps('low')} />
          <NumberInput label={t('targets.fields.high')} description={t('targets.fields.highHelp')} maxDecimals={6} allowNegative unit={unit} {...form.getInputProps('high')} />
          <NumberInput label={t('targets.fields.baseline')} maxDecimals={6} allowNegative unit={unit} {...form.getInputProps('baseline')} />
        </SimpleGrid>
        <TextInput label={t('targets.fields.source')} {...form.getInputProps('source')} />
        <Textarea label={t('targets.fields.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(original ? 'common.save' : 'targets.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
