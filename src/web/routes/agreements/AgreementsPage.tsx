import { Button, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, STATS_GROUPS, type AgreementStats } from '../../../shared/schemas/agreements.js';
import { Bar } from '../../components/Bar.js';
import { SectorFilter } from '../../components/filters.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { countActiveFilters, FilterBar, SearchFilter, UnitFilter } from '../../components/filters.js';
import { PagedList } from '../../components/PagedList.js';
import { Page } from '../../components/Page.js';
import { PeriodSelect } from '../../components/PeriodSelect.js';
import { CountrySelect, PartnerPicker } from '../../components/pickers.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat, type Formatters } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { partnerQuery } from '../partners/-api.js';
import { agreementListQuery, agreementStatsQuery, type AgreementFilterParams, type StatsGroup } from './-api.js';
import { AgreementFormModal } from './-components/AgreementFormModal.js';
import { AgreementTable } from './-components/AgreementTable.js';
import type { AgreementsSearch } from './routes.js';

const PAGE_SIZE = 50;
type Filters = AgreementFilterParams & { q?: string };

interface AgreementsPageProps {
  filters: Filters;
  groupBy: StatsGroup;
  page: number;
  onFiltersChange: (values: Partial<AgreementsSearch>) => void;
  onPageChange: (page: number) => void;
}

export function AgreementsPage({ filters, groupBy, page, onFiltersChange, onPageChange }: AgreementsPageProps) {
  const { t } = useTranslation();
  const canCreate = useCan('agreements.create');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(agreementListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  const { q: _q, ...statsFilter } = filters;
  const partner = useQuery({ ...partnerQuery(filters.partnerId ?? ''), enabled: Boolean(filters.partnerId) });

  return (
    <Page
      title={t('agreements.list.title')}
      subtitle={t('agreements.list.subtitle')}
      actions={
        canCreate ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('agreements.create.open')}
          </Button>
        ) : null
      }
    >
      <FilterBar label={t('agreements.list.filters')} active={countActiveFilters(filters)}>
        <SearchFilter value={filters.q} placeholder={t('agreements.list.searchPlaceholder')} onChange={(q) => onFiltersChange({ q })} />
        <PeriodSelect value={{ from: filters.from, to: filters.to }} onChange={onFiltersChange} w={{ base: '100%', xs: 190 }} />
        <NativeSelect
          label={t('agreements.fields.kind')}
          value={filters.kind ?? ''}
          onChange={(event) => onFiltersChange({ kind: optionalEnum(AGREEMENT_KINDS, event.currentTarget.value) })}
          data={[{ value: '', label: t('common.all') }, ...AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreements.kinds.${kind}`) }))]}
          w={{ base: '100%', xs: 190 }}
        />
        <SectorFilter label={t('agreements.fields.field')} value={filters.field} onChange={(field) => onFiltersChange({ field })} w={{ base: '100%', xs: 190 }} />
        <NativeSelect
          label={t('agreements.fields.status')}
          value={filters.status ?? ''}
          onChange={(event) => onFiltersChange({ status: optionalEnum(AGREEMENT_STATUSES, event.currentTarget.value) })}
          data={[{ value: '', label: t('common.all') }, ...AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreements.statuses.${status}`) }))]}
          w={{ base: '100%', xs: 190 }}
        />
        <PartnerPicker
          key={partner.data?.id ?? 'no-partner'}
          label={t('agreements.fields.partner')}
          value={filters.partnerId ?? null}
          initialPartner={partner.data ?? null}
          onChange={(partnerId) => onFiltersChange({ partnerId: partnerId ?? undefined })}
          w={{ base: '100%', xs: 220 }}
        />
        <CountrySelect
          label={t('agreements.fields.country')}
          value={filters.countryCode ?? null}
          onChange={(code) => onFiltersChange({ countryCode: code ?? undefined })}
          w={{ base: '100%', xs: 210 }}
        />
        <UnitFilter label={t('agreements.fields.unit')} value={filters.unitId} onChange={(unitId) => onFiltersChange({ unitId })} w={{ base: '100%', xs: 240 }} />
      </FilterBar>

      <StatsSection filter={statsFilter} groupBy={groupBy} onGroupByChange={(next) => onFiltersChange({ groupBy: next })} />

      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'agreements', filters }}>
        {(data) => <AgreementTable items={data.items} />}
      </PagedList>
      <AgreementFormModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}

/** Counts by a grouping; each count opens the list filtered to exactly those agreements. */
function StatsSection({ filter, groupBy, onGroupByChange }: { filter: AgreementFilterParams; groupBy: StatsGroup; onGroupByChange: (groupBy: StatsGroup) => void }) {
  const { t } = useTranslation();
  const query = useQuery(agreementStatsQuery({ ...filter, groupBy }));
  return (
    <Section title={t('agreements.stats.title')} testId="agreement-stats">
      <SegmentedControl
        value={groupBy}
        onChange={(value) => onGroupByChange(value as StatsGroup)}
        data={STATS_GROUPS.map((group) => ({ value: group, label: t(`agreements.stats.by.${group}`) }))}
        aria-label={t('agreements.stats.groupBy')}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      {query.isPending ? (
        <Loading lines={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <StatsTable stats={query.data} />
      )}
    </Section>
  );
}

function bucketLabel(t: (key: string) => string, stats: AgreementStats, bucket: AgreementStats['buckets'][number], format: Formatters) {
  if (bucket.label) return format.name(bucket.label);
  if (stats.groupBy === 'month' && /^\d{4}-\d{2}$/.test(bucket.key)) return format.month(bucket.key);
  if (stats.groupBy === 'kind') return t(`agreements.kinds.${bucket.key}`);
  if (stats.groupBy === 'field') return t(`sectors.${bucket.key}`);
  return bucket.key;
}

function StatsTable({ stats }: { stats: AgreementStats }) {
  const { t } = useTranslation();
  const format = useFormat();
  const max = Math.max(1, ...stats.buckets.map((b) => b.count));
  return (
    <Stack gap="xs">
      <Text>
        {t('agreements.stats.total')}{' '}
        <AnchorLink to="/agreements" search={stats.filter as AgreementsSearch} fw={700} data-testid="agreement-stats-total">
          {format.number(stats.total)}
        </AnchorLink>
      </Text>
      {stats.buckets.length === 0 ? null : (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing={4} data-testid="agreement-stats-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`agreements.stats.by.${stats.groupBy}`)}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('agreements.stats.count')}
                </Table.Th>
                <Table.Th scope="col" w="40%">
                  <span className="visually-hidden">{t('agreements.stats.bar')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stats.buckets.map((bucket) => (
                <Table.Tr key={bucket.key}>
                  <Table.Th scope="row" fw={400}>
                    {bucketLabel(t, stats, bucket, format)}
                  </Table.Th>
                  <Table.Td ta="right">
                    <AnchorLink to="/agreements" search={bucket.filter as AgreementsSearch} fw={600}>
                      {format.number(bucket.count)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Bar share={bucket.count / max} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
