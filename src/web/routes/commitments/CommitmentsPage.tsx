import { Group, NativeSelect, Paper, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES } from '../../../shared/schemas/commitments.js';
import { OrgUnitPicker } from '../../components/OrgUnitPicker.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { optionalEnum } from '../../lib/search.js';
import { orgUnitQuery } from '../org-units/-api.js';
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
  const [q, setQ] = useState(filters.q ?? '');
  const commitSearch = useDebouncedCallback((text: string) => onFiltersChange({ q: text.trim() || undefined }), 300);
  const query = useQuery(commitmentListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  const unit = useQuery({ ...orgUnitQuery(filters.unitId ?? ''), enabled: Boolean(filters.unitId) });
  return (
    <Page title={t('commitments.list.title')} subtitle={t('commitments.list.subtitle')}>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('commitments.list.filters')}>
        <TextInput
          type="search"
          label={t('common.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
          style={{ flex: 1, minWidth: 200 }}
        />
        <OrgUnitPicker
          key={unit.data?.id ?? 'none'}
          label={t('commitments.fields.ownerUnit')}
          value={filters.unitId ?? null}
          initialUnit={unit.data ?? null}
          onChange={(unitId) => onFiltersChange({ unitId: unitId ?? undefined })}
          w={{ base: '100%', xs: 260 }}
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
      </Group>
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={8} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            <CommitmentTable items={query.data.items} />
            <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
          </Stack>
        )}
      </Paper>
    </Page>
  );
}
