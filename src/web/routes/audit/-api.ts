import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { AuditList, type HISTORY_ENTITIES } from '../../../shared/schemas/audit.js';

type HistoryEntity = (typeof HISTORY_ENTITIES)[number];
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

export const recordHistoryQuery = (entity: HistoryEntity, entityId: string, page: number) =>
  queryOptions({
    queryKey: ['audit', 'history', entity, entityId, page],
    queryFn: ({ signal }) => apiJson(`/history/${entity}/${encodeURIComponent(entityId)}${toQueryString({ page, pageSize: 20 })}`, AuditList, { signal }),
    placeholderData: keepPreviousData,
  });
