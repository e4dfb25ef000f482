import { Button, NativeSelect, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_TYPES } from '../../../shared/schemas/engagements.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { countActiveFilters, FilterBar, SearchFilter, UnitFilter } from '../../components/filters.js';
import { DataTable } from '../../components/DataTable.js';
import { PagedList } from '../../components/PagedList.js';
import { Page } from '../../components/Page.js';
import { PeriodSelect } from '../../components/PeriodSelect.js';
import { CountrySelect, PartnerPicker } from '../../components/pickers.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { partnerQuery } from '../partners/-api.js';
import { engagementListQuery, type EngagementListParams } from './-api.js';
import { EngagementFormModal } from './-components/EngagementFormModal.js';
import { DateRange, EngagementTypeBadge } from './-components/labels.js';
import { useCountryName } from '../../components/countries.js';

const PAGE_SIZE = 50;
type Filters = Omit<EngagementListParams, 'page' | 'pageSize'>;

interface EngagementsPageProps {
  filters: Filters;
  page: number;
  onFiltersChange: (values: Partial<Filters>) => void;
  onPageChange: (page: number) => void;
}

export function EngagementsPage({ filters, page, onFiltersChange, onPageChange }: EngagementsPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const canCreate = useCan('engagements.create');
  const canImport = useCan('imports.run');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(engagementListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  const partner = useQuery({ ...partnerQuery(filters.partnerId ?? ''), enabled: Boolean(filters.partnerId) });

  return (
    <Page
      title={t('engagements.list.title')}
      subtitle={t('engagements.list.subtitle')}
      actions={
        <>
          {canImport ? (
            <ButtonLink to="/imports" variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
              {t('imports.open')}
            </ButtonLink>
          ) : null}
          {canCreate ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
              {t('engagements.create.open')}
            </Button>
          ) : null}
        </>
      }
    >
      <FilterBar label={t('engagements.list.filters')} active={countActiveFilters(filters)}>
        <SearchFilter value={filters.q} placeholder={t('engagements.list.searchPlaceholder')} onChange={(q) => onFiltersChange({ q })} />
        <PeriodSelect value={{ from: filters.from, to: filters.to }} onChange={onFiltersChange} w={{ base: '100%', xs: 190 }} />
        <NativeSelect
          label={t('engagements.fields.type')}
          value={filters.type ?? ''}
          onChange={(event) => onFiltersChange({ type: optionalEnum(ENGAGEMENT_TYPES, event.currentTarget.value) })}
          data={[{ value: '', label: t('engagements.list.allTypes') }, ...ENGAGEMENT_TYPES.map((type) => ({ value: type, label: t(`engagements.types.${type}`) }))]}
          w={{ base: '100%', xs: 230 }}
        />
        <CountrySelect
          label={t('engagements.fields.country')}
          value={filters.countryCode ?? null}
          onChange={(code) => onFiltersChange({ countryCode: code ?? undefined })}
          w={{ base: '100%', xs: 210 }}
        />
        <UnitFilter label={t('engagements.fields.unit')} value={filters.unitId} onChange={(unitId) => onFiltersChange({ unitId })} w={{ base: '100%', xs: 240 }} />
        <PartnerPicker
          key={partner.data?.id ?? 'no-partner'}
          label={t('engagements.fields.partner')}
          value={filters.partnerId ?? null}
          initialPartner={partner.data ?? null}
          onChange={(partnerId) => onFiltersChange({ partnerId: partnerId ?? undefined })}
          w={{ base: '100%', xs: 220 }}
        />
      </FilterBar>
      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'engagements', filters }}>
        {(data) => (
          <DataTable
            items={data.items}
            columns={[
              { label: t('engagements.fields.title') },
              { label: t('engagements.fields.type') },
              { label: t('engagements.fields.dates') },
              { label: t('engagements.fields.leader') },
              { label: t('engagements.fields.leadUnit') },
            ]}
            row={(engagement) => (
              <Table.Tr key={engagement.id}>
                <Table.Td>
                  <AnchorLink to="/engagements/$engagementId" params={{ engagementId: engagement.id }} fw={500}>
                    {format.name(engagement.title)}
                  </AnchorLink>
                  {engagement.countryCodes.length > 0 ? (
                    <Text size="xs" c="dimmed" data-testid="engagement-countries">
                      {engagement.countryCodes.map(countryName).join(', ')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <EngagementTypeBadge type={engagement.type} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DateRange start={engagement.startDate} end={engagement.endDate} />
                </Table.Td>
                <Table.Td>{engagement.leader.name}</Table.Td>
                <Table.Td>{format.name(engagement.leadUnit.name)}</Table.Td>
              </Table.Tr>
            )}
            empty={t('engagements.list.empty')}
            minWidth={820}
            testId="engagement-table"
          />
        )}
      </PagedList>
      <EngagementFormModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}
