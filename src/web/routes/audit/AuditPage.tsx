import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';
import { auditListQuery } from './-api.js';
import { AuditFilters, type AuditFilterValues } from './-components/AuditFilters.js';
import { AuditTable } from './-components/AuditTable.js';
import { PagedList } from '../../components/PagedList.js';

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
      <PagedList query={query} page={page} onPageChange={onPageChange}>
        {(data) => <AuditTable entries={data.items} />}
      </PagedList>
    </Page>
  );
}
