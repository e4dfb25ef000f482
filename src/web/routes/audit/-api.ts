import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { AuditList } from '../../../shared/schemas/audit.js';
import { apiJson, toQueryString } from '../../lib/api.js';
import { toApiRange } from '../../lib/dates.js';

export interface AuditListParams {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export const auditListQuery = (params: AuditListParams) =>
  queryOptions({
    queryKey: ['audit', 'list', params],
    queryFn: ({ signal }) => apiJson(`/audit${toQueryString(toApiRange(params))}`, AuditList, { signal }),
    placeholderData: keepPreviousData,
  });
