import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconFileSpreadsheet, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_TYPES } from '../../../shared/schemas/engagements.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { OrgUnitPicker } from '../../components/OrgUnitPicker.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { PeriodSelect } from '../../components/PeriodSelect.js';
import { CountrySelect, PartnerPicker } from '../../components/pickers.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { orgUnitQuery } from '../org-units/-api.js';
import { partnerQuery } from '../partners/-api.js';
import { engagementListQuery, type EngagementListParams } from './-api.js';
import { EngagementFormModal } from './-components/EngagementFormModal.js';
import { DateRange, EngagementTypeBadge } from './-components/labels.js';

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
  const canCreate = useCan('engagements.create');
  const canImport = useCan('imports.run');
  const [creating, createModal] = useDisclosure(false);
  const [q, setQ] = useState(filters.q ?? '');
  const commitSearch = useDebouncedCallback((text: string) => onFiltersChange({ q: text.trim() || undefined }), 300);
  const query = useQuery(engagementListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  const unit = useQuery({ ...orgUnitQuery(filters.unitId ?? ''), enabled: Boolean(filters.unitId) });
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
      <Group align="flex-end" gap="sm" role="search" aria-label={t('engagements.list.filters')}>
        <TextInput
          type="search"
          label={t('common.search')}
          placeholder={t('engagements.list.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
          style={{ flex: 1, minWidth: 200 }}
        />
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
        <OrgUnitPicker
          key={unit.data?.id ?? 'none'}
          label={t('engagements.fields.unit')}
          value={filters.unitId ?? null}
          initialUnit={unit.data ?? null}
          onChange={(unitId) => onFiltersChange({ unitId: unitId ?? undefined })}
          w={{ base: '100%', xs: 240 }}
        />
        <PartnerPicker
          key={partner.data?.id ?? 'no-partner'}
          label={t('engagements.fields.partner')}
          value={filters.partnerId ?? null}
          initialPartner={partner.data ?? null}
          onChange={(partnerId) => onFiltersChange({ partnerId: partnerId ?? undefined })}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={8} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
            {query.data.items.length === 0 ? (
              <Text c="dimmed">{t('engagements.list.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={820}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="engagement-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('engagements.fields.title')}</Table.Th>
                      <Table.Th scope="col">{t('engagements.fields.type')}</Table.Th>
                      <Table.Th scope="col">{t('engagements.fields.dates')}</Table.Th>
                      <Table.Th scope="col">{t('engagements.fields.leader')}</Table.Th>
                      <Table.Th scope="col">{t('engagements.fields.leadUnit')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {query.data.items.map((engagement) => (
                      <Table.Tr key={engagement.id}>
                        <Table.Td>
                          <AnchorLink to="/engagements/$engagementId" params={{ engagementId: engagement.id }} fw={500}>
                            {format.name(engagement.title)}
                          </AnchorLink>
                          {engagement.countryCodes.length > 0 ? (
                            <Text size="xs" c="dimmed">
                              {engagement.countryCodes.join(', ')}
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
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
          </Stack>
        )}
      </Paper>
      <EngagementFormModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}
