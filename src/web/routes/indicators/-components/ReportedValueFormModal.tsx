import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ReportedValueInput, ReportedValueUpdate, type IndicatorDefinition, type ReportedValue } from '../../../../shared/schemas/indicators.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { DateInput } from '../../../components/DateInput.js';
import { LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { FormError } from '../../../components/FormError.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { reportedValueQuery, useSaveReportedValue } from '../-api.js';
import { IndicatorSelect, unitSymbol } from './values.js';

interface Values {
  indicatorCode: string;
  from: string;
  to: string;
  value: string;
  source: string;
  sourceUrl: string;
  publishedOn: string;
  note: string;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const toValues = (item: ReportedValue): Values => ({
  indicatorCode: item.indicatorCode,
  from: item.from,
  to: item.to,
  value: item.value,
  source: item.source,
  sourceUrl: item.sourceUrl ?? '',
  publishedOn: item.publishedOn,
  note: item.note ?? '',
});

const toInput = (v: Values) => ({ ...v, sourceUrl: orNull(v.sourceUrl), note: orNull(v.note) });
const toUpdate = (v: Values, version: number) => ({ value: v.value, source: v.source, sourceUrl: orNull(v.sourceUrl), publishedOn: v.publishedOn, note: orNull(v.note), version });

interface ModalProps {
  opened: boolean;
  onClose: () => void;
  reportedValueId?: string;
  indicators: IndicatorDefinition[];
}

/** Enters a figure (no `reportedValueId`) or revises one, keeping the previous version in its revisions. */
export function ReportedValueFormModal({ opened, onClose, reportedValueId, indicators }: ModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(reportedValueId ? 'reportedValues.edit.title' : 'reportedValues.create.title')} size="lg">
      {opened ? (
        reportedValueId ? (
          <LatestVersion options={reportedValueQuery(reportedValueId)} lines={8}>
            {(item) => <ReportedValueForm item={item} indicators={indicators} onClose={onClose} />}
          </LatestVersion>
        ) : (
          <ReportedValueForm indicators={indicators} onClose={onClose} />
        )
      ) : null}
    </AppModal>
  );
}

function ReportedValueForm({ item, indicators, onClose }: { item?: ReportedValue; indicators: IndicatorDefinition[]; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveState(item, (latest) => queryClient.fetchQuery({ ...reportedValueQuery(latest.id), staleTime: 0 }), toValues);
  const { original } = save;
  const mutation = useSaveReportedValue(original?.id);
  const form = useForm<Values>({
    initialValues: item ? toValues(item) : { indicatorCode: '', from: '', to: '', value: '', source: '', sourceUrl: '', publishedOn: '', note: '' },
    validate: original ? zodValidate(t, ReportedValueUpdate, (v: Values) => toUpdate(v, original.version)) : zodValidate(t, ReportedValueInput, toInput),
  });
  const indicator = indicators.find((item) => item.code === form.values.indicatorCode);
  const unit = indicator ? unitSymbol(t, indicator.unit) : undefined;

  const submit = form.onSubmit((values) => {
    save.start();
    const body = original ? ReportedValueUpdate.parse(toUpdate(values, original.version)) : ReportedValueInput.parse(toInput(values));
    mutation.mutate(body, {
      onSuccess: () => {
        notifySuccess(t, t(original ? 'reportedValues.edit.done' : 'reportedValues.create.done'));
        onClose();
      },
      onError: save.fail(form),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="reported-value-form">
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <IndicatorSelect indicators={indicators} required disabled={Boolean(original)} {...form.getInputProps('indicatorCode')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateInput label={t('reportedValues.fields.from')} required disabled={Boolean(original)} {...form.getInputProps('from')} />
          <DateInput label={t('reportedValues.fields.to')} description={t('reportedValues.fields.toHelp')} required disabled={Boolean(original)} {...form.getInputProps('to')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput label={t('reportedValues.fields.value')} required maxDecimals={6} allowNegative unit={unit} {...form.getInputProps('value')} />
          <DateInput label={t('reportedValues.fields.publishedOn')} required {...form.getInputProps('publishedOn')} />
        </SimpleGrid>
        <TextInput label={t('reportedValues.fields.source')} description={t('reportedValues.fields.sourceHelp')} required {...form.getInputProps('source')} />
        <TextInput label={t('reportedValues.fields.sourceUrl')} type="url" {...form.getInputProps('sourceUrl')} />
        <Textarea label={t('reportedValues.fields.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(original ? 'common.save' : 'reportedValues.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
