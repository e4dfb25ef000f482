import { ActionIcon, Anchor, Button, NativeSelect, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportedValue } from '../../../shared/schemas/indicators.js';
import { DataTable } from '../../components/DataTable.js';
import { countActiveFilters, FilterBar } from '../../components/filters.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { PagedList } from '../../components/PagedList.js';
import { useFormat } from '../../lib/format.js';
import { indicatorCatalogueQuery, reportedValueListQuery, type ReportedValueListParams } from './-api.js';
import { ReportedValueFormModal } from './-components/ReportedValueFormModal.js';
import { withUnit } from './-components/values.js';

const PAGE_SIZE = 50;
export type ReportedValueFilters = Omit<ReportedValueListParams, 'page' | 'pageSize'>;

interface ReportedValuesPageProps {
  filters: ReportedValueFilters;
  page: number;
  onFiltersChange: (values: Partial<ReportedValueFilters>) => void;
  onPageChange: (page: number) => void;
}

/** Macro figures HQ enters from their publishers (GDP growth, FDI, trade), each with its source and revisions. */
export function ReportedValuesPage({ filters, page, onFiltersChange, onPageChange }: ReportedValuesPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = useCan('indicators.manage');
  const [creating, createModal] = useDisclosure(false);
  const [editing, setEditing] = useState<string | null>(null);
  const catalogue = useQuery(indicatorCatalogueQuery);
  const reported = (catalogue.data?.items ?? []).filter((item) => item.source === 'reported');
  const nameOf = (code: string) => {
    const indicator = reported.find((item) => item.code === code);
    return indicator ? format.name(indicator.name) : code;
  };
  const show = (code: string, value: string) => withUnit(value, reported.find((item) => item.code === code)?.unit ?? 'count', format, t);
  const query = useQuery(reportedValueListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  return (
    <Page
      title={t('reportedValues.list.title')}
      subtitle={t('reportedValues.list.subtitle')}
      actions={
        canManage ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('reportedValues.create.open')}
          </Button>
        ) : null
      }
    >
      <FilterBar label={t('reportedValues.list.filters')} active={countActiveFilters(filters)}>
        <NativeSelect
          label={t('indicators.target.indicator')}
          value={filters.indicatorCode ?? ''}
          onChange={(e) => onFiltersChange({ indicatorCode: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('indicators.overview.all') }, ...reported.map((item) => ({ value: item.code, label: format.name(item.name) }))]}
          w={{ base: '100%', xs: 320 }}
        />
      </FilterBar>
      <PagedList query={query} page={page} onPageChange={onPageChange}>
        {(data) => (
          <DataTable
            items={data.items}
            testId="reported-value-table"
            empty={t('reportedValues.list.empty')}
            minWidth={860}
            columns={[
              { label: t('indicators.target.indicator') },
              { label: t('reportedValues.fields.period') },
              { label: t('reportedValues.fields.value'), align: 'right' },
              { label: t('reportedValues.fields.source') },
              { label: t('reportedValues.fields.publishedOn') },
              { label: t('reportedValues.fields.revisions') },
              ...(canManage ? [{ label: t('common.actions') }] : []),
            ]}
            row={(item) => (
              <Table.Tr key={item.id} data-testid={`reported-row-${item.indicatorCode}-${item.from}`}>
                <Table.Th scope="row" fw={500}>
                  {nameOf(item.indicatorCode)}
                  {item.note ? (
                    <Text size="xs" c="dimmed">
                      {item.note}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('reportedValues.periodRange', { from: format.date(item.from), to: format.date(item.to) })}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="reported-value">
                  {show(item.indicatorCode, item.value)}
                </Table.Td>
                <Table.Td>{item.sourceUrl ? <Anchor href={item.sourceUrl} target="_blank" rel="noreferrer">{item.source}</Anchor> : item.source}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(item.publishedOn)}</Table.Td>
                <Table.Td>
                  <Revisions item={item} show={(value) => show(item.indicatorCode, value)} />
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <ActionIcon variant="subtle" aria-label={t('reportedValues.edit.open', { name: nameOf(item.indicatorCode) })} onClick={() => setEditing(item.id)}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )}
          />
        )}
      </PagedList>
      <ReportedValueFormModal opened={creating} onClose={createModal.close} indicators={reported} />
      <ReportedValueFormModal opened={editing !== null} onClose={() => setEditing(null)} reportedValueId={editing ?? undefined} indicators={reported} />
    </Page>
  );
}

/** Earlier versions of a figure, newest first: what it said, who published it and when it changed. */
function Revisions({ item, show }: { item: ReportedValue; show: (value: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (item.revisions.length === 0) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <details data-testid="reported-revisions">
      <summary>
        <Text span size="sm">
          {t('reportedValues.revisionCount', { count: item.revisions.length })}
        </Text>
      </summary>
      <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
        {item.revisions.map((revision) => (
          <li key={revision.version}>
            <Text size="sm">
              {t('reportedValues.revision', {
                value: show(revision.value),
                source: revision.source,
                publishedOn: format.date(revision.publishedOn),
                changedAt: format.date(revision.changedAt.slice(0, 10)),
              })}
            </Text>
          </li>
        ))}
      </ul>
    </details>
  );
}
