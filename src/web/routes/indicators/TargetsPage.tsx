import { ActionIcon, Alert, Button, Group, NativeSelect, Progress, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../shared/schemas/indicators.js';
import { AppModal } from '../../components/AppModal.js';
import { DataTable } from '../../components/DataTable.js';
import { countActiveFilters, FilterBar } from '../../components/filters.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { TargetStatusBadge } from '../../components/StatusBadges.js';
import { PagedList } from '../../components/PagedList.js';
import { errorMessage } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { targetListQuery, useDeleteTarget, type TargetListParams } from './-api.js';
import { TargetFormModal } from './-components/TargetFormModal.js';
import { decimal, RecordsLink, unitSymbol, withUnit } from './-components/values.js';

const PAGE_SIZE = 50;
export type TargetFilters = Omit<TargetListParams, 'page' | 'pageSize'>;

interface TargetsPageProps {
  filters: TargetFilters;
  page: number;
  today: string;
  onFiltersChange: (values: Partial<TargetFilters>) => void;
  onPageChange: (page: number) => void;
}

/** Targets of a year or half-year, national and per unit, each with its actual, progress, projection and status. */
export function TargetsPage({ filters, page, today, onFiltersChange, onPageChange }: TargetsPageProps) {
  const { t } = useTranslation();
  const canManage = useCan('indicators.manage');
  const [creating, createModal] = useDisclosure(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const year = filters.year ?? Number(today.slice(0, 4));
  const query = useQuery(targetListQuery({ ...filters, year, page, pageSize: PAGE_SIZE }));
  const years = Array.from({ length: 6 }, (_, i) => String(Number(today.slice(0, 4)) + 1 - i));
  return (
    <Page
      title={t('targets.list.title')}
      subtitle={t('targets.list.subtitle')}
      actions={
        canManage ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('targets.create.open')}
          </Button>
        ) : null
      }
    >
      <FilterBar label={t('targets.list.filters')} active={countActiveFilters(filters)}>
        <NativeSelect label={t('indicators.overview.year')} value={String(year)} data={years} onChange={(e) => onFiltersChange({ year: Number(e.currentTarget.value) })} w={{ base: '100%', xs: 110 }} />
        <NativeSelect
          label={t('indicators.overview.period')}
          value={filters.half ?? ''}
          onChange={(e) => onFiltersChange({ half: (['1', '2', 'year'] as const).find((h) => h === e.currentTarget.value) })}
          data={[
            { value: '', label: t('indicators.overview.all') },
            { value: 'year', label: t('indicators.overview.periods.year') },
            { value: '1', label: t('indicators.overview.periods.h1') },
            { value: '2', label: t('indicators.overview.periods.h2') },
          ]}
          w={{ base: '100%', xs: 190 }}
        />
        <NativeSelect
          label={t('targets.fields.scope')}
          value={filters.national ?? ''}
          onChange={(e) => onFiltersChange({ national: e.currentTarget.value === 'true' ? 'true' : undefined })}
          data={[
            { value: '', label: t('targets.scopes.all') },
            { value: 'true', label: t('targets.scopes.national') },
          ]}
          w={{ base: '100%', xs: 190 }}
        />
      </FilterBar>
      <Text size="sm" c="dimmed" data-testid="target-status-rule">
        {t('targets.list.rule')}
      </Text>
      <PagedList query={query} page={page} onPageChange={onPageChange}>
        {(data) => (
          <TargetTable items={data.items} onEdit={canManage ? setEditing : undefined} onDelete={canManage ? setDeleting : undefined} />
        )}
      </PagedList>
      <TargetFormModal opened={creating} onClose={createModal.close} year={year} />
      <TargetFormModal opened={editing !== null} onClose={() => setEditing(null)} targetId={editing ?? undefined} />
      <DeleteTarget target={deleting} onClose={() => setDeleting(null)} />
    </Page>
  );
}

function TargetTable({ items, onEdit, onDelete }: { items: Target[]; onEdit?: (id: string) => void; onDelete?: (target: Target) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const symbol = (target: Target) => {
    const unit = unitSymbol(t, target.unitOfMeasure);
    return unit ? ` ${unit}` : '';
  };
  return (
    <DataTable
      items={items}
      testId="target-table"
      empty={t('targets.list.empty')}
      minWidth={900}
      columns={[
        { label: t('indicators.target.indicator') },
        { label: t('targets.fields.period') },
        { label: t('targets.fields.unit') },
        { label: t('indicators.target.target'), align: 'right' },
        { label: t('indicators.target.actual'), align: 'right' },
        { label: t('indicators.target.progress') },
        { label: t('targets.fields.projected'), align: 'right' },
        { label: t('indicators.target.status') },
        ...(onEdit ? [{ label: t('common.actions') }] : []),
      ]}
      row={(target) => {
        const name = format.name(target.indicatorName);
        return (
          <Table.Tr key={target.id} data-testid={`target-row-${target.indicatorCode}`}>
            <Table.Th scope="row" fw={500}>
              {name}
              {target.source ? (
                <Text size="xs" c="dimmed">
                  {target.source}
                </Text>
              ) : null}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{target.period.label}</Table.Td>
            <Table.Td>{target.unit ? format.name(target.unit.name) : t('targets.scopes.national')}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {decimal(target.low, format)}
              {target.high ? `–${decimal(target.high, format)}` : ''}
              {symbol(target)}
            </Table.Td>
            <Table.Td ta="right">
              <RecordsLink code={target.indicatorCode} value={target.actual}>
                {withUnit(target.actual.value, target.unitOfMeasure, format, t)}
              </RecordsLink>
            </Table.Td>
            <Table.Td miw={120}>
              {target.progress === null ? (
                '—'
              ) : (
                <Stack gap={2}>
                  <Progress value={Math.min(100, Math.max(0, target.progress * 100))} aria-label={t('targets.progressOf', { name })} size="sm" />
                  <Text size="xs">{format.percent(target.progress)}</Text>
                </Stack>
              )}
            </Table.Td>
            <Table.Td ta="right">{withUnit(target.projected, target.unitOfMeasure, format, t)}</Table.Td>
            <Table.Td>
              <TargetStatusBadge status={target.status} />
            </Table.Td>
            {onEdit && onDelete ? (
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('targets.edit.open', { name })} onClick={() => onEdit(target.id)}>
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('targets.delete.open', { name })} onClick={() => onDelete(target)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Table.Td>
            ) : null}
          </Table.Tr>
        );
      }}
    />
  );
}

function DeleteTarget({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useDeleteTarget();
  return (
    <AppModal opened={target !== null} onClose={onClose} title={t('targets.delete.title')}>
      {target ? (
        <Stack gap="sm">
          <Text>{t('targets.delete.confirm', { name: format.name(target.indicatorName), period: target.period.label })}</Text>
          {remove.error ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(t, remove.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { id: target.id, version: target.version },
                  {
                    onSuccess: () => {
                      notifySuccess(t, t('targets.delete.done'));
                      onClose();
                    },
                  },
                )
              }
            >
              {t('targets.delete.submit')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </AppModal>
  );
}
