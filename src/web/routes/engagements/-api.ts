import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { PromisedVsDelivered } from '../../../shared/schemas/dashboard.js';
import { Engagement, EngagementList, type EngagementInput, type EngagementType, type EngagementUpdate } from '../../../shared/schemas/engagements.js';
import { apiJson, toQueryString } from '../../lib/api.js';
import { toApiRange } from '../../lib/dates.js';

export interface EngagementListParams {
  q?: string;
  type?: EngagementType;
  from?: string;
  to?: string;
  countryCode?: string;
  partnerId?: string;
  unitId?: string;
  page?: number;
  pageSize?: number;
}

export const engagementsKey = ['engagements'] as const;

export const engagementListQuery = (params: EngagementListParams) =>
  queryOptions({
    queryKey: [...engagementsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/engagements${toQueryString(toApiRange(params))}`, EngagementList, { signal }),
    placeholderData: keepPreviousData,
  });

export const engagementQuery = (engagementId: string) =>
  queryOptions({
    queryKey: [...engagementsKey, engagementId],
    queryFn: ({ signal }) => apiJson(`/engagements/${encodeURIComponent(engagementId)}`, Engagement, { signal }),
  });

/** Search for pickers. */
export const engagementSearchQuery = (q: string) =>
  queryOptions({
    queryKey: [...engagementsKey, 'search', q],
    queryFn: ({ signal }) => apiJson(`/engagements${toQueryString({ q, pageSize: 20 })}`, EngagementList, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const promisedVsDeliveredQuery = (engagementId: string) =>
  queryOptions({
    queryKey: [...engagementsKey, engagementId, 'promised-vs-delivered'],
    queryFn: ({ signal }) =>
      apiJson(`/engagements/${encodeURIComponent(engagementId)}/promised-vs-delivered`, PromisedVsDelivered, { signal }),
  });

export function useCreateEngagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EngagementInput) => apiJson('/engagements', Engagement, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementsKey }),
  });
}

export function useUpdateEngagement(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: EngagementUpdate) =>
      apiJson(`/engagements/${encodeURIComponent(engagementId)}`, Engagement, { method: 'PATCH', body: update }),
    onSuccess: (saved) => {
      queryClient.setQueryData(engagementQuery(engagementId).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: [...engagementsKey, 'list'] });
    },
  });
}
