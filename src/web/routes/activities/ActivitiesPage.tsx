import { Group } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { activityListQuery, type ActivityFilters as Filters } from './-api.js';
import { ActivityFilters } from './-components/ActivityFilters.js';
import { ActivityTable } from './-components/ActivityTable.js';
import { PagedList } from '../../components/PagedList.js';

const PAGE_SIZE = 50;

interface ActivitiesPageProps {
  filters: Filters;
  page: number;
  onFiltersChange: (values: Partial<Filters>) => void;
  onPageChange: (page: number) => void;
}

export function ActivitiesPage({ filters, page, onFiltersChange, onPageChange }: ActivitiesPageProps) {
  const { t } = useTranslation();
  const canCreate = useCan('activities.create');
  const canImport = useCan('imports.activities');
  const query = useQuery(activityListQuery({ ...filters, page, pageSize: PAGE_SIZE }));

  return (
    <Page
      title={t('activities.list.title')}
      subtitle={t('activities.list.subtitle')}
      actions={
        <Group gap="sm">
          {canImport ? (
            <ButtonLink to="/activities/import" variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
              {t('activities.import.open')}
            </ButtonLink>
          ) : null}
          {canCreate ? (
            <ButtonLink to="/activities/new" search={{}} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('activities.create.open')}
            </ButtonLink>
          ) : null}
        </Group>
      }
    >
      <ActivityFilters values={filters} onChange={onFiltersChange} />
      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'activities', filters }}>
        {(data) => <ActivityTable items={data.items} view={filters.view ?? 'as_reported'} />}
      </PagedList>
    </Page>
  );
}
