import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  IndicatorCatalogue,
  IndicatorRecords,
  IndicatorValues,
  ReportedValue,
  ReportedValueList,
  Scorecard,
  Target,
  TargetList,
  UnitRanking,
  type IndicatorGroupBy,
  type ReportedValueInput,
  type ReportedValueUpdate,
  type TargetInput,
  type TargetUpdate,
} from '../../../shared/schemas/indicators.js';
import { apiJson, apiVoid, toQueryString } from '../../lib/api.js';

/** The overview's filters, as in the URL; the API takes the same names. */
export interface IndicatorFilterParams {
  from?: string;
  to?: string;
  asOf?: string;
  view?: 'as_reported' | 'mapped';
  region?: string;
  field?: string;
  unitType?: string;
  unitId?: string;
}

export const indicatorValuesQuery = (code: string, params: IndicatorFilterParams & { groupBy?: IndicatorGroupBy; compare?: boolean }) =>
  queryOptions({
    queryKey: ['indicators', code, 'values', params],
    queryFn: ({ signal }) => apiJson(`/indicators/${code}/values${toQueryString({ ...params, compare: params.compare === false ? 'false' : undefined })}`, IndicatorValues, { signal }),
    placeholderData: keepPreviousData,
  });

export const indicatorRecordsQuery = (code: string, params: Record<string, string | number | undefined>) =>
  queryOptions({
    queryKey: ['indicators', code, 'records', params],
    queryFn: ({ signal }) => apiJson(`/indicators/${code}/records${toQueryString(params)}`, IndicatorRecords, { signal }),
    placeholderData: keepPreviousData,
  });

export const scorecardQuery = (params: { year: number; half?: '1' | '2'; asOf?: string }) =>
  queryOptions({
    queryKey: ['targets', 'scorecard', params],
    queryFn: ({ signal }) => apiJson(`/targets/scorecard${toQueryString(params)}`, Scorecard, { signal }),
  });

export const indicatorCatalogueQuery = queryOptions({
  queryKey: ['indicators', 'catalogue'],
  queryFn: ({ signal }) => apiJson('/indicators', IndicatorCatalogue, { signal }),
  staleTime: Infinity,
});

export type TargetListParams = {
  year?: number;
  half?: '1' | '2' | 'year';
  national?: 'true';
  unitId?: string;
  indicatorCode?: string;
  page?: number;
  pageSize?: number;
};

export const targetsKey = ['targets'] as const;

export const targetListQuery = (params: TargetListParams) =>
  queryOptions({
    queryKey: [...targetsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/targets${toQueryString(params)}`, TargetList, { signal }),
    placeholderData: keepPreviousData,
  });

export const targetQuery = (id: string) =>
  queryOptions({
    queryKey: [...targetsKey, id],
    queryFn: ({ signal }) => apiJson(`/targets/${encodeURIComponent(id)}`, Target, { signal }),
  });

export function useSaveTarget(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TargetInput | TargetUpdate) =>
      id ? apiJson(`/targets/${encodeURIComponent(id)}`, Target, { method: 'PATCH', body }) : apiJson('/targets', Target, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsKey }),
  });
}

export function useDeleteTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => apiVoid(`/targets/${encodeURIComponent(id)}${toQueryString({ version })}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsKey }),
  });
}

export type ReportedValueListParams = {
  indicatorCode?: string;
  page?: number;
  pageSize?: number;
};

export const reportedValuesKey = ['reported-values'] as const;

export const reportedValueListQuery = (params: ReportedValueListParams) =>
  queryOptions({
    queryKey: [...reportedValuesKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/reported-values${toQueryString(params)}`, ReportedValueList, { signal }),
    placeholderData: keepPreviousData,
  });

export const reportedValueQuery = (id: string) =>
  queryOptions({
    queryKey: [...reportedValuesKey, id],
    queryFn: ({ signal }) => apiJson(`/reported-values/${encodeURIComponent(id)}`, ReportedValue, { signal }),
  });

export function useSaveReportedValue(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportedValueInput | ReportedValueUpdate) =>
      id ? apiJson(`/reported-values/${encodeURIComponent(id)}`, ReportedValue, { method: 'PATCH', body }) : apiJson('/reported-values', ReportedValue, { method: 'POST', body }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: reportedValuesKey }), queryClient.invalidateQueries({ queryKey: ['indicators'] }), queryClient.invalidateQueries({ queryKey: targetsKey })]),
  });
}

export const unitRankingQuery = (unitId: string, params: { year?: number; half?: '1' | '2' }) =>
  queryOptions({
    queryKey: ['indicators', 'ranking', unitId, params],
    queryFn: ({ signal }) => apiJson(`/org-units/${encodeURIComponent(unitId)}/ranking${toQueryString(params)}`, UnitRanking, { signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
