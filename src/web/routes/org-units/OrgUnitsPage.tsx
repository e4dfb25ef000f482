import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgUnitType } from '../../../shared/schemas/org-units.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { useFormat } from '../../lib/format.js';
import { orgUnitListQuery, orgUnitTreeQuery } from './-api.js';
import { OrgUnitFilters, type OrgUnitFilterValues } from './-components/OrgUnitFilters.js';
import { OrgUnitTable } from './-components/OrgUnitTable.js';
import { OrgUnitTree } from './-components/OrgUnitTree.js';

export const ORG_UNITS_PAGE_SIZE = 50;

interface OrgUnitsPageProps {
  filters: OrgUnitFilterValues;
  page: number;
  onFiltersChange: (values: Partial<OrgUnitFilterValues>) => void;
  onPageChange: (page: number) => void;
}

export function OrgUnitsPage({ filters, page, onFiltersChange, onPageChange }: OrgUnitsPageProps) {
  const { t } = useTranslation();
  const listMode = Boolean(filters.q || filters.type);
  return (
    <Page title={t('orgUnits.list.title')} subtitle={t('orgUnits.list.subtitle')}>
      <OrgUnitFilters values={filters} onChange={onFiltersChange} />
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {listMode ? (
          <OrgUnitListView filters={filters} page={page} onPageChange={onPageChange} />
        ) : (
          <OrgUnitTreeView asOf={filters.asOf} />
        )}
      </Paper>
    </Page>
  );
}

function UnitCount({ type, count, asOf }: { type?: OrgUnitType; count: number; asOf: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap={8} align="baseline" aria-live="polite">
      <Text fw={600} data-testid="org-unit-count">
        {t(`orgUnits.count.${type ?? 'all'}`, { count, value: format.number(count) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('orgUnits.count.asOf', { date: format.date(asOf) })}
      </Text>
    </Group>
  );
}

function OrgUnitTreeView({ asOf }: { asOf: string }) {
  const query = useQuery(orgUnitTreeQuery(asOf));
  if (query.isPending) return <Loading lines={10} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm">
      <UnitCount count={query.data.length} asOf={asOf} />
      <OrgUnitTree units={query.data} />
    </Stack>
  );
}

function OrgUnitListView({ filters, page, onPageChange }: Omit<OrgUnitsPageProps, 'onFiltersChange'>) {
  const query = useQuery(orgUnitListQuery({ ...filters, page, pageSize: ORG_UNITS_PAGE_SIZE }));
  if (query.isPending) return <Loading lines={10} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total, pageSize } = query.data;
  return (
    <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
      <UnitCount type={filters.type} count={total} asOf={filters.asOf} />
      <OrgUnitTable items={items} />
      <Pager page={page} pageSize={pageSize} total={total} onChange={onPageChange} />
    </Stack>
  );
}
