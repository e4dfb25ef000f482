import { createRoute } from '@tanstack/react-router';
import { TASK_STATUSES } from '../../../shared/schemas/tasks.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { TaskListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const TaskPage = lazyPage(() => import('./TaskPage.js'), 'TaskPage');
const TasksPage = lazyPage(() => import('./TasksPage.js'), 'TasksPage');

type TasksSearch = Omit<TaskListParams, 'pageSize' | 'parentTaskId'>;

export const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tasks',
  beforeLoad: requireAbility('tasks.read'),
  validateSearch: (search: Record<string, unknown>): TasksSearch => ({
    q: optionalString(search.q),
    commitmentId: optionalString(search.commitmentId),
    unitId: optionalString(search.unitId),
    responsibleUnitId: optionalString(search.responsibleUnitId),
    assigningUnitId: optionalString(search.assigningUnitId),
    status: optionalEnum(TASK_STATUSES, search.status),
    overdue: optionalEnum(['true', 'false'] as const, typeof search.overdue === 'boolean' ? String(search.overdue) : search.overdue),
    dueFrom: optionalIsoDate(search.dueFrom),
    dueTo: optionalIsoDate(search.dueTo),
    page: optionalPage(search.page),
  }),
  component: function TasksRoute() {
    const { page, ...filters } = tasksRoute.useSearch();
    const navigate = tasksRoute.useNavigate();
    return (
      <TasksPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const taskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tasks/$taskId',
  beforeLoad: requireAbility('tasks.read'),
  component: function TaskRoute() {
    const { taskId } = taskRoute.useParams();
    return <TaskPage taskId={taskId} />;
  },
});
