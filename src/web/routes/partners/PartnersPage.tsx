import { Badge, Button, NativeSelect, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS } from '../../../shared/schemas/partners.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { countActiveFilters, FilterBar, SearchFilter } from '../../components/filters.js';
import { DataTable } from '../../components/DataTable.js';
import { PagedList } from '../../components/PagedList.js';
import { Page } from '../../components/Page.js';
import { CountrySelect } from '../../components/pickers.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { partnerListQuery, type PartnerListParams } from './-api.js';
import { PartnerFormModal } from './-components/PartnerFormModal.js';
import { useCountryName } from '../../components/countries.js';

const PAGE_SIZE = 50;
type Filters = Pick<PartnerListParams, 'q' | 'kind' | 'countryCode'>;

interface PartnersPageProps {
  filters: Filters;
  page: number;
  onFiltersChange: (values: Partial<Filters>) => void;
  onPageChange: (page: number) => void;
}

export function PartnersPage({ filters, page, onFiltersChange, onPageChange }: PartnersPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const canCreate = useCan('partners.create');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(partnerListQuery({ ...filters, page, pageSize: PAGE_SIZE }));

  return (
    <Page
      title={t('partners.list.title')}
      subtitle={t('partners.list.subtitle')}
      actions={
        canCreate ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('partners.create.open')}
          </Button>
        ) : null
      }
    >
      <FilterBar label={t('partners.list.filters')} active={countActiveFilters(filters)}>
        <SearchFilter value={filters.q} placeholder={t('partners.list.searchPlaceholder')} onChange={(q) => onFiltersChange({ q })} />
        <NativeSelect
          label={t('partners.fields.kind')}
          value={filters.kind ?? ''}
          onChange={(event) => onFiltersChange({ kind: optionalEnum(PARTNER_KINDS, event.currentTarget.value) })}
          data={[{ value: '', label: t('partners.list.allKinds') }, ...PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kinds.${kind}`) }))]}
          w={{ base: '100%', xs: 220 }}
        />
        <CountrySelect
          label={t('partners.fields.country')}
          value={filters.countryCode ?? null}
          onChange={(code) => onFiltersChange({ countryCode: code ?? undefined })}
          w={{ base: '100%', xs: 240 }}
        />
      </FilterBar>
      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'partners', filters }}>
        {(data) => (
          <DataTable
            items={data.items}
            columns={[
              { label: t('partners.fields.name') },
              { label: t('partners.fields.kind') },
              { label: t('partners.fields.code') },
              { label: t('partners.fields.country') },
            ]}
            row={(partner) => (
              <Table.Tr key={partner.id}>
                <Table.Td>
                  <AnchorLink to="/partners/$partnerId" params={{ partnerId: partner.id }} fw={500}>
                    {format.name(partner.name)}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray" radius="sm" tt="none">
                    {t(`partners.kinds.${partner.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{partner.code ?? '—'}</Table.Td>
                <Table.Td data-testid="partner-country">{countryName(partner.countryCode)}</Table.Td>
              </Table.Tr>
            )}
            empty={t('partners.list.empty')}
            minWidth={600}
            testId="partner-table"
          />
        )}
      </PagedList>
      <PartnerFormModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}
