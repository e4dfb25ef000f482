import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { DashboardRecords, ImplementationDashboard, type DashboardGroupBy, type DashboardMetric } from '../../../shared/schemas/dashboard.js';
import { apiJson, toQueryString } from '../../lib/api.js';
import { toApiRange } from '../../lib/dates.js';

/** As in the URL: `to` is the last day of the period (inclusive). */
export interface DashboardFilterParams {
  from?: string;
  to?: string;
  unitId?: string;
  partnerId?: string;
  field?: string;
}


export const dashboardQuery = (params: DashboardFilterParams & { groupBy: DashboardGroupBy }) =>
  queryOptions({
    queryKey: ['dashboard', 'implementation', params],
    queryFn: ({ signal }) => apiJson(`/dashboard/implementation${toQueryString(toApiRange(params))}`, ImplementationDashboard, { signal }),
    placeholderData: keepPreviousData,
  });

export interface DashboardRecordsParams extends DashboardFilterParams {
  metric: DashboardMetric;
  groupBy?: DashboardGroupBy;
  groupKey?: string;
  page?: number;
  pageSize?: number;
}

export const dashboardRecordsQuery = (params: DashboardRecordsParams) =>
  queryOptions({
    queryKey: ['dashboard', 'records', params],
    queryFn: ({ signal }) => apiJson(`/dashboard/implementation/records${toQueryString(toApiRange(params))}`, DashboardRecords, { signal }),
    placeholderData: keepPreviousData,
  });
