import { Group, Paper, Stack } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { activityListQuery, type ActivityFilters as Filters } from './-api.js';
import { ActivityFilters } from './-components/ActivityFilters.js';
import { ActivityTable } from './-components/ActivityTable.js';

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
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={8} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
            <ActivityTable items={query.data.items} view={filters.view ?? 'as_reported'} />
            <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
          </Stack>
        )}
      </Paper>
    </Page>
  );
}
