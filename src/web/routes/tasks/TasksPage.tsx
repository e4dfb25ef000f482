import { NativeSelect, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES } from '../../../shared/schemas/tasks.js';
import { countActiveFilters, FilterBar, SearchFilter, UnitFilter } from '../../components/filters.js';
import { Page } from '../../components/Page.js';
import { PagedList } from '../../components/PagedList.js';
import { optionalEnum } from '../../lib/search.js';
import { taskListQuery, type TaskListParams } from './-api.js';
import { TaskTable } from './-components/TaskTable.js';

const PAGE_SIZE = 50;
type Filters = Omit<TaskListParams, 'page' | 'pageSize'>;

interface TasksPageProps {
  filters: Filters;
  page: number;
  onFiltersChange: (values: Partial<Filters>) => void;
  onPageChange: (page: number) => void;
}

export function TasksPage({ filters, page, onFiltersChange, onPageChange }: TasksPageProps) {
  const { t } = useTranslation();
  const query = useQuery(taskListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  return (
    <Page title={t('tasks.list.title')} subtitle={t('tasks.list.subtitle')}>
      <FilterBar label={t('tasks.list.filters')} active={countActiveFilters(filters)}>
        <SearchFilter value={filters.q} onChange={(q) => onFiltersChange({ q })} />
        <UnitFilter label={t('tasks.fields.unit')} value={filters.unitId} onChange={(unitId) => onFiltersChange({ unitId })} w={{ base: '100%', xs: 260 }} />
        <NativeSelect
          label={t('tasks.fields.status')}
          value={filters.status ?? ''}
          onChange={(event) => onFiltersChange({ status: optionalEnum(TASK_STATUSES, event.currentTarget.value) })}
          data={[{ value: '', label: t('common.all') }, ...TASK_STATUSES.map((status) => ({ value: status, label: t(`tasks.statuses.${status}`) }))]}
          w={{ base: '100%', xs: 220 }}
        />
        <Switch
          label={t('tasks.list.overdueOnly')}
          checked={filters.overdue === 'true'}
          onChange={(event) => onFiltersChange({ overdue: event.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
      </FilterBar>
      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'tasks', filters }}>
        {(data) => <TaskTable items={data.items} />}
      </PagedList>
    </Page>
  );
}
