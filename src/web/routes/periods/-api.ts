import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CompletenessBoard,
  Period,
  PeriodList,
  ReminderResult,
  Submission,
  SubmissionList,
  type CompletenessStatus,
  type PeriodInput,
  type PeriodKind,
  type PeriodUpdate,
  type SubmissionStatus,
  type Timeliness,
} from '../../../shared/schemas/periods.js';
import { apiJson, toQueryString } from '../../lib/api.js';
import { fromApiRange } from '../../lib/dates.js';

export const periodsKey = ['periods'] as const;

export const periodListQuery = (params: { kind?: PeriodKind; year?: number; open?: 'true' | 'false'; page?: number; pageSize?: number } = {}) =>
  queryOptions({
    queryKey: [...periodsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/periods${toQueryString({ ...params })}`, PeriodList, { signal }),
    placeholderData: keepPreviousData,
  });

/** Every period (newest first), for period pickers. */
export const allPeriodsQuery = periodListQuery({ pageSize: 200 });

export const periodQuery = (periodId: string) =>
  queryOptions({
    queryKey: [...periodsKey, periodId],
    queryFn: ({ signal }) => apiJson(`/periods/${encodeURIComponent(periodId)}`, Period, { signal }),
  });

export const completenessQuery = (periodId: string, params: { type?: 'mission' | 'province'; status?: CompletenessStatus; timeliness?: Timeliness }) =>
  queryOptions({
    queryKey: [...periodsKey, periodId, 'completeness', params],
    queryFn: ({ signal }) => apiJson(`/periods/${encodeURIComponent(periodId)}/completeness${toQueryString({ ...params })}`, CompletenessBoard, { signal }),
    placeholderData: keepPreviousData,
  });

export const submissionListQuery = (periodId: string, params: { status?: SubmissionStatus; page?: number; pageSize?: number } = {}) =>
  queryOptions({
    queryKey: [...periodsKey, periodId, 'submissions', params],
    queryFn: ({ signal }) => apiJson(`/periods/${encodeURIComponent(periodId)}/submissions${toQueryString({ ...params })}`, SubmissionList, { signal }),
  });

export const submissionQuery = (periodId: string, submissionId: string) =>
  queryOptions({
    queryKey: [...periodsKey, periodId, 'submission', submissionId],
    queryFn: ({ signal }) =>
      apiJson(`/periods/${encodeURIComponent(periodId)}/submissions/${encodeURIComponent(submissionId)}`, Submission, { signal }),
  });

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PeriodInput) => apiJson('/periods', Period, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodsKey }),
  });
}

export function useUpdatePeriod(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: PeriodUpdate) => apiJson(`/periods/${encodeURIComponent(periodId)}`, Period, { method: 'PATCH', body: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodsKey }),
  });
}

export function useRemind(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitIds?: string[]) =>
      apiJson(`/periods/${encodeURIComponent(periodId)}/reminders`, ReminderResult, { method: 'POST', body: unitIds ? { unitIds } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...periodsKey, periodId, 'completeness'] }),
  });
}

export function useStartSubmission(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { unitId?: string; summary?: string }) =>
      apiJson(`/periods/${encodeURIComponent(periodId)}/submissions`, Submission, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...periodsKey, periodId] }),
  });
}

export type SubmissionAction =
  | { action: 'update'; summary: string }
  | { action: 'submit'; summary?: string }
  | { action: 'approve' }
  | { action: 'return'; comment: string }
  | { action: 'reopen'; reason: string };

/** Every transition of a unit's report; all send the version read (409 when stale). */
export function useSubmissionAction(periodId: string, submissionId: string) {
  const queryClient = useQueryClient();
  const base = `/periods/${encodeURIComponent(periodId)}/submissions/${encodeURIComponent(submissionId)}`;
  return useMutation({
    mutationFn: ({ version, ...input }: SubmissionAction & { version: number }) => {
      const { action, ...body } = input;
      if (action === 'update') return apiJson(base, Submission, { method: 'PATCH', body: { ...body, version } });
      return apiJson(`${base}/${action}`, Submission, { method: 'POST', body: { ...body, version } });
    },
    onSuccess: (submission) => {
      queryClient.setQueryData(submissionQuery(periodId, submissionId).queryKey, submission);
      // Locks change what may be edited: activities and outcomes read again.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: periodsKey }),
        queryClient.invalidateQueries({ queryKey: ['activities'] }),
        queryClient.invalidateQueries({ queryKey: ['outcomes'] }),
      ]);
    },
  });
}

/** Turns a drill-down href of the API (`/api/v1/activities?…`) into the web page's search. */
export function drillDown(href: string): { to: '/activities' | '/outcomes/list'; search: Record<string, string> } {
  const url = new URL(href, 'http://x');
  const search = fromApiRange(Object.fromEntries(url.searchParams.entries()));
  return { to: url.pathname.endsWith('/outcomes') ? '/outcomes/list' : '/activities', search };
}
