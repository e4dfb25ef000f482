import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, PERIODS_PER_YEAR, PeriodInput, type PeriodKind } from '../../../shared/schemas/periods.js';
import { AppModal } from '../../components/AppModal.js';
import { FormError } from '../../components/FormError.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { applyApiError, zodValidate } from '../../lib/errors.js';
import { todayIso, useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { allPeriodsQuery, useCreatePeriod } from './-api.js';
import { usePeriodAbilities } from './-components/abilities.js';
import { lastDay } from './-components/PeriodFilter.js';
import { DateInput } from '../../components/DateInput.js';
import { NumberInput } from '../../components/NumberInput.js';

export function PeriodsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const can = usePeriodAbilities();
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(allPeriodsQuery);

  return (
    <Page
      title={t('periods.list.title')}
      subtitle={t('periods.list.subtitle')}
      actions={
        can.manage ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('periods.create.open')}
          </Button>
        ) : null
      }
    >
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={6} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <Text c="dimmed">{t('periods.list.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="period-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('periods.fields.label')}</Table.Th>
                  <Table.Th>{t('periods.fields.dates')}</Table.Th>
                  <Table.Th>{t('periods.fields.dueDate')}</Table.Th>
                  <Table.Th>{t('periods.fields.open')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((period) => (
                  <Table.Tr key={period.id}>
                    <Table.Td>
                      <AnchorLink to="/periods/$periodId" params={{ periodId: period.id }} fw={500}>
                        {format.name(period.label)}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      {format.date(period.startDate)} – {format.date(lastDay(period))}
                    </Table.Td>
                    <Table.Td>{period.dueDate ? format.date(period.dueDate) : '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={period.open ? 'teal' : 'gray'} variant="light" radius="sm" tt="none" maw="none">
                        {t(period.open ? 'periods.open' : 'periods.closed')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <CreatePeriodModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}

interface PeriodValues {
  kind: PeriodKind;
  year: number | string;
  index: string;
  dueDate: string;
}

function CreatePeriodModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePeriod();
  const [formError, setFormError] = useState<string | null>(null);
  const toInput = (values: PeriodValues) => ({
    kind: values.kind,
    year: Number(values.year),
    index: Number(values.index),
    dueDate: values.dueDate || null,
  });
  const form = useForm<PeriodValues>({
    initialValues: { kind: 'half_year', year: todayIso().slice(0, 4), index: '1', dueDate: '' },
    validate: zodValidate(t, PeriodInput, toInput),
  });
  const kind = form.getValues().kind;
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(PeriodInput.parse(toInput(values)), {
      onSuccess: (period) => {
        notifySuccess(t, t('periods.create.done', { label: period.label.vi }));
        close();
      },
      onError: (error) => setFormError(applyApiError(t, form, error)),
    });
  });
  const indexes = Array.from({ length: PERIODS_PER_YEAR[kind] }, (_, i) => ({ value: String(i + 1), label: t(kind === 'half_year' ? `periods.index.half_year_${i + 1}` : `periods.index.${kind}`, { index: i + 1 }) }));
  return (
    <AppModal opened={opened} onClose={close} title={t('periods.create.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          <NativeSelect
            label={t('periods.fields.kind')}
            data={PERIOD_KINDS.map((value) => ({ value, label: t(`periods.kinds.${value}`) }))}
            {...form.getInputProps('kind')}
            onChange={(event) => {
              form.setFieldValue('kind', event.currentTarget.value as PeriodKind);
              form.setFieldValue('index', '1');
            }}
          />
          <Group grow align="flex-start">
            <NumberInput label={t('periods.fields.year')} maxDecimals={0} grouped={false} required {...form.getInputProps('year')} />
            {kind === 'year' ? null : <NativeSelect label={t('periods.fields.index')} data={indexes} {...form.getInputProps('index')} />}
          </Group>
          <DateInput label={t('periods.fields.dueDate')} description={t('periods.fields.dueDateHelp')} {...form.getInputProps('dueDate')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('periods.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
