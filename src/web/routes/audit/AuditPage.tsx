import { Paper, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { auditListQuery } from './-api.js';
import { AuditFilters, type AuditFilterValues } from './-components/AuditFilters.js';
import { AuditTable } from './-components/AuditTable.js';

const PAGE_SIZE = 50;

interface AuditPageProps {
  filters: AuditFilterValues;
  page: number;
  onFiltersChange: (values: Partial<AuditFilterValues>) => void;
  onPageChange: (page: number) => void;
}

export function AuditPage({ filters, page, onFiltersChange, onPageChange }: AuditPageProps) {
  const { t } = useTranslation();
  const query = useQuery(auditListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  return (
    <Page title={t('audit.list.title')} subtitle={t('audit.list.subtitle')}>
      <AuditFilters values={filters} onChange={onFiltersChange} />
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={8} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            <AuditTable entries={query.data.items} />
            <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
          </Stack>
        )}
      </Paper>
    </Page>
  );
}
