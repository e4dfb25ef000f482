import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS } from '../../../shared/schemas/partners.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { CountrySelect } from '../../components/pickers.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { partnerListQuery, type PartnerListParams } from './-api.js';
import { PartnerCreateModal } from './-components/PartnerCreateModal.js';

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
  const canCreate = useCan('partners.create');
  const [creating, createModal] = useDisclosure(false);
  const [q, setQ] = useState(filters.q ?? '');
  const commitSearch = useDebouncedCallback((text: string) => onFiltersChange({ q: text.trim() || undefined }), 300);
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
      <Group align="flex-end" gap="sm" role="search" aria-label={t('partners.list.filters')}>
        <TextInput
          type="search"
          label={t('common.search')}
          placeholder={t('partners.list.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
          style={{ flex: 1, minWidth: 200 }}
        />
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
      </Group>
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={8} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            {query.data.items.length === 0 ? (
              <Text c="dimmed">{t('partners.list.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={600}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="partner-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('partners.fields.name')}</Table.Th>
                      <Table.Th scope="col">{t('partners.fields.kind')}</Table.Th>
                      <Table.Th scope="col">{t('partners.fields.code')}</Table.Th>
                      <Table.Th scope="col">{t('partners.fields.country')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {query.data.items.map((partner) => (
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
                        <Table.Td>{partner.countryCode ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
          </Stack>
        )}
      </Paper>
      <PartnerCreateModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}
