import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { Report, ReportChanges, ReportList, ReportSummary, type ReportInput, type ReportNarrativeUpdate, type ReportReturn, type ReportTemplate } from '../../../shared/schemas/reports.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export const reportsKey = ['reports'] as const;

/** Polls while a report is generating, so its progress moves. */
const whileGenerating = (data: { status: string } | { items: { status: string }[] } | undefined) =>
  data && ('items' in data ? data.items.some((r) => r.status === 'generating') : data.status === 'generating') ? 1000 : false;

export const reportListQuery = (params: { page?: number; template?: ReportTemplate; unitId?: string; period?: string } = {}) =>
  queryOptions({
    queryKey: [...reportsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/reports${toQueryString({ ...params, pageSize: 50 })}`, ReportList, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => whileGenerating(query.state.data),
  });

export const reportQuery = (reportId: string) =>
  queryOptions({
    queryKey: [...reportsKey, reportId],
    queryFn: ({ signal }) => apiJson(`/reports/${encodeURIComponent(reportId)}`, Report, { signal }),
    refetchInterval: (query) => whileGenerating(query.state.data),
  });

export const reportChangesQuery = (reportId: string) =>
  queryOptions({
    queryKey: [...reportsKey, reportId, 'changes'],
    queryFn: ({ signal }) => apiJson(`/reports/${encodeURIComponent(reportId)}/changes`, ReportChanges, { signal }),
  });

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => apiJson('/reports', ReportSummary, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey }),
  });
}

export function useUpdateNarrative(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportNarrativeUpdate) => apiJson(`/reports/${encodeURIComponent(reportId)}`, Report, { method: 'PATCH', body: input }),
    onSuccess: (report) => queryClient.setQueryData([...reportsKey, reportId], report),
  });
}

export function useTransition(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, version }: { step: 'review' | 'issue'; version: number }) =>
      apiJson(`/reports/${encodeURIComponent(reportId)}/${step}`, Report, { method: 'POST', body: { version } }),
    onSuccess: (report) => {
      queryClient.setQueryData([...reportsKey, reportId], report);
      void queryClient.invalidateQueries({ queryKey: [...reportsKey, 'list'] });
    },
  });
}

/** A reviewed report back to draft, with the reason. */
export function useReturnToDraft(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportReturn) => apiJson(`/reports/${encodeURIComponent(reportId)}/return`, Report, { method: 'POST', body: input }),
    onSuccess: (report) => {
      queryClient.setQueryData([...reportsKey, reportId], report);
      void queryClient.invalidateQueries({ queryKey: [...reportsKey, 'list'] });
    },
  });
}

/** A draft's figures computed again; the report polls its progress until the job is done. */
export function useRegenerate(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiJson(`/reports/${encodeURIComponent(reportId)}/regenerate`, ReportSummary, { method: 'POST', body: { version } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey }),
  });
}
