import { NativeSelect, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES } from '../../../shared/schemas/commitments.js';
import { countActiveFilters, FilterBar, SearchFilter, UnitFilter } from '../../components/filters.js';
import { Page } from '../../components/Page.js';
import { CountrySelect } from '../../components/pickers.js';
import { PagedList } from '../../components/PagedList.js';
import { optionalEnum } from '../../lib/search.js';
import { commitmentListQuery, type CommitmentListParams } from './-api.js';
import { CommitmentTable } from './-components/CommitmentTable.js';

const PAGE_SIZE = 50;
type Filters = Omit<CommitmentListParams, 'page' | 'pageSize'>;

interface CommitmentsPageProps {
  filters: Filters;
  page: number;
  onFiltersChange: (values: Partial<Filters>) => void;
  onPageChange: (page: number) => void;
}

export function CommitmentsPage({ filters, page, onFiltersChange, onPageChange }: CommitmentsPageProps) {
  const { t } = useTranslation();
  const query = useQuery(commitmentListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  return (
    <Page title={t('commitments.list.title')} subtitle={t('commitments.list.subtitle')}>
      <FilterBar label={t('commitments.list.filters')} active={countActiveFilters(filters)}>
        <SearchFilter value={filters.q} onChange={(q) => onFiltersChange({ q })} />
        <UnitFilter label={t('commitments.fields.ownerUnit')} value={filters.unitId} onChange={(unitId) => onFiltersChange({ unitId })} w={{ base: '100%', xs: 260 }} />
        <CountrySelect
          label={t('commitments.fields.country')}
          value={filters.countryCode ?? null}
          onChange={(code) => onFiltersChange({ countryCode: code ?? undefined })}
          w={{ base: '100%', xs: 210 }}
        />
        <NativeSelect
          label={t('commitments.fields.status')}
          value={filters.status ?? ''}
          onChange={(event) => onFiltersChange({ status: optionalEnum(COMMITMENT_STATUSES, event.currentTarget.value) })}
          data={[{ value: '', label: t('common.all') }, ...COMMITMENT_STATUSES.map((status) => ({ value: status, label: t(`commitments.statuses.${status}`) }))]}
          w={{ base: '100%', xs: 200 }}
        />
        <Switch
          label={t('commitments.list.overdueOnly')}
          checked={filters.overdue === 'true'}
          onChange={(event) => onFiltersChange({ overdue: event.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
      </FilterBar>
      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'commitments', filters }}>
        {(data) => <CommitmentTable items={data.items} />}
      </PagedList>
    </Page>
  );
}
