import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  DueDateChange,
  DueDateChangeList,
  Task,
  TaskList,
  TaskTimeline,
  type DueDateChangeInput,
  type DueDateDecisionInput,
  type TaskInput,
  type TaskStatus,
  type TaskStatusChange,
  type TaskUpdate,
} from '../../../shared/schemas/tasks.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export interface TaskListParams {
  q?: string;
  commitmentId?: string;
  parentTaskId?: string;
  unitId?: string;
  responsibleUnitId?: string;
  assigningUnitId?: string;
  status?: TaskStatus;
  overdue?: 'true' | 'false';
  dueFrom?: string;
  dueTo?: string;
  page?: number;
  pageSize?: number;
}

export const tasksKey = ['tasks'] as const;
const path = (taskId: string) => `/tasks/${encodeURIComponent(taskId)}`;

export const taskListQuery = (params: TaskListParams) =>
  queryOptions({
    queryKey: [...tasksKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/tasks${toQueryString({ ...params })}`, TaskList, { signal }),
    placeholderData: keepPreviousData,
  });

export const taskQuery = (taskId: string) =>
  queryOptions({ queryKey: [...tasksKey, taskId], queryFn: ({ signal }) => apiJson(path(taskId), Task, { signal }) });

export const taskTimelineQuery = (taskId: string) =>
  queryOptions({ queryKey: [...tasksKey, taskId, 'timeline'], queryFn: ({ signal }) => apiJson(`${path(taskId)}/timeline`, TaskTimeline, { signal }) });

export const dueDateChangesQuery = (taskId: string) =>
  queryOptions({
    queryKey: [...tasksKey, taskId, 'due-date-changes'],
    queryFn: ({ signal }) => apiJson(`${path(taskId)}/due-date-changes`, DueDateChangeList, { signal }),
  });

/** Whatever changed on a task also moves commitments, the dashboard, the inbox and what the sources show as delivered. */
function invalidateAround(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    [tasksKey, ['commitments'], ['dashboard'], ['inbox'], ['engagements'], ['source-documents']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TaskInput) => apiJson('/tasks', Task, { method: 'POST', body: input }),
    onSuccess: () => invalidateAround(queryClient),
  });
}

export function useUpdateTask(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: TaskUpdate) => apiJson(path(taskId), Task, { method: 'PATCH', body: update }),
    onSuccess: () => invalidateAround(queryClient),
  });
}

export function useChangeTaskStatus(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: TaskStatusChange) => apiJson(`${path(taskId)}/status`, Task, { method: 'POST', body: change }),
    onSuccess: () => invalidateAround(queryClient),
  });
}

export function useRequestDueDateChange(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DueDateChangeInput) => apiJson(`${path(taskId)}/due-date-changes`, DueDateChange, { method: 'POST', body: input }),
    onSuccess: () => invalidateAround(queryClient),
  });
}

export function useDecideDueDateChange(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changeId, ...input }: DueDateDecisionInput & { changeId: string }) =>
      apiJson(`${path(taskId)}/due-date-changes/${encodeURIComponent(changeId)}/decision`, DueDateChange, { method: 'POST', body: input }),
    onSuccess: () => invalidateAround(queryClient),
  });
}
