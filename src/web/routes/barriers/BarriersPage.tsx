import { Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BARRIER_STATUSES, MEASURE_TYPES } from '../../../shared/schemas/barriers.js';
import { useCountryName } from '../../components/countries.js';
import { DataTable } from '../../components/DataTable.js';
import { countActiveFilters, FilterBar, ListFilter, RegionFilter, SearchFilter, SectorFilter } from '../../components/filters.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Money } from '../../components/Money.js';
import { Page } from '../../components/Page.js';
import { PagedList } from '../../components/PagedList.js';
import { useFormat } from '../../lib/format.js';
import { CountrySelect } from '../activities/-components/fields.js';
import { barrierListQuery } from './-api.js';
import { BarrierFormModal } from './-components/BarrierFormModal.js';
import { BarrierStatusBadge } from './-components/BarrierStatusBadge.js';
import type { BarrierFilters } from './routes.js';

interface Props {
  filters: BarrierFilters;
  page: number;
  onFiltersChange: (values: Partial<BarrierFilters>) => void;
  onPageChange: (page: number) => void;
}

export function BarriersPage({ filters, page, onFiltersChange, onPageChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const country = useCountryName();
  const canCreate = useCan('barriers.create');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(barrierListQuery({ ...filters, page, pageSize: 50 }));

  return (
    <Page
      title={t('barriers.list.title')}
      subtitle={t('barriers.list.subtitle')}
      actions={
        canCreate ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('barriers.create.open')}
          </Button>
        ) : null
      }
    >
      <FilterBar label={t('barriers.list.filters')} active={countActiveFilters(filters)}>
        <SearchFilter value={filters.q} onChange={(q) => onFiltersChange({ q })} />
        <CountrySelect value={filters.countryCode ?? null} onChange={(code) => onFiltersChange({ countryCode: code ?? undefined })} w={{ base: '100%', xs: 220 }} />
        <RegionFilter value={filters.region} onChange={(region) => onFiltersChange({ region })} />
        <SectorFilter value={filters.sector} onChange={(sector) => onFiltersChange({ sector })} />
        <ListFilter values={BARRIER_STATUSES} namespace="barriers.status" value={filters.status} onChange={(status) => onFiltersChange({ status })} />
        <ListFilter values={MEASURE_TYPES} namespace="barriers.measureType" value={filters.measureType} onChange={(measureType) => onFiltersChange({ measureType })} />
      </FilterBar>
      <PagedList query={query} page={page} onPageChange={onPageChange} loadingLines={6}>
        {(data) => (
          <DataTable
            items={data.items}
            columns={[
              { label: t('barriers.fields.title') },
              { label: t('barriers.fields.country') },
              { label: t('barriers.measureType.label') },
              { label: t('barriers.fields.valueAtStake') },
              { label: t('barriers.fields.priority') },
              { label: t('barriers.status.label') },
            ]}
            row={(barrier) => (
              <Table.Tr key={barrier.id}>
                <Table.Td>
                  <AnchorLink to="/barriers/$barrierId" params={{ barrierId: barrier.id }} fw={500} size="sm">
                    {barrier.title}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {format.name(barrier.unit.name)}
                  </Text>
                </Table.Td>
                <Table.Td>{country(barrier.countryCode)}</Table.Td>
                <Table.Td>{t(`barriers.measureType.${barrier.measureType}`)}</Table.Td>
                <Table.Td>
                  <Money value={barrier.valueAtStake} currency={barrier.currency} />
                </Table.Td>
                <Table.Td>{t(`barriers.priority.${barrier.priority}`)}</Table.Td>
                <Table.Td>
                  <BarrierStatusBadge status={barrier.status} />
                  <Text size="xs" c="dimmed">
                    {t('barriers.fields.since', { date: format.date(barrier.statusSince) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            empty={t('barriers.list.empty')}
            minWidth={720}
            testId="barrier-table"
          />
        )}
      </PagedList>
      <BarrierFormModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}
