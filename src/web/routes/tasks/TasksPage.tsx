import { Group, NativeSelect, Paper, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES } from '../../../shared/schemas/tasks.js';
import { OrgUnitPicker } from '../../components/OrgUnitPicker.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { optionalEnum } from '../../lib/search.js';
import { orgUnitQuery } from '../org-units/-api.js';
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
  const [q, setQ] = useState(filters.q ?? '');
  const commitSearch = useDebouncedCallback((text: string) => onFiltersChange({ q: text.trim() || undefined }), 300);
  const query = useQuery(taskListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  const unit = useQuery({ ...orgUnitQuery(filters.unitId ?? ''), enabled: Boolean(filters.unitId) });
  return (
    <Page title={t('tasks.list.title')} subtitle={t('tasks.list.subtitle')}>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('tasks.list.filters')}>
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
          label={t('tasks.fields.unit')}
          value={filters.unitId ?? null}
          initialUnit={unit.data ?? null}
          onChange={(unitId) => onFiltersChange({ unitId: unitId ?? undefined })}
          w={{ base: '100%', xs: 260 }}
        />
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
      </Group>
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={8} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            <TaskTable items={query.data.items} />
            <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
          </Stack>
        )}
      </Paper>
    </Page>
  );
}
