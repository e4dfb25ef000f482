import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { IndicatorRecords, IndicatorValues, Scorecard, type IndicatorGroupBy } from '../../../shared/schemas/indicators.js';
import { apiJson, toQueryString } from '../../lib/api.js';

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
