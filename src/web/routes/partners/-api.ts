import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { Partner, PartnerDetail, PartnerList, type PartnerInput, type PartnerKind, type PartnerUpdate } from '../../../shared/schemas/partners.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export interface PartnerListParams {
  q?: string;
  kind?: PartnerKind;
  countryCode?: string;
  page?: number;
  pageSize?: number;
}

export const partnersKey = ['partners'] as const;

export const partnerListQuery = (params: PartnerListParams) =>
  queryOptions({
    queryKey: [...partnersKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/partners${toQueryString({ ...params })}`, PartnerList, { signal }),
    placeholderData: keepPreviousData,
  });

export const partnerQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [...partnersKey, partnerId],
    queryFn: ({ signal }) => apiJson(`/partners/${encodeURIComponent(partnerId)}`, PartnerDetail, { signal }),
  });

/** For pickers: the first partners matching a search. */
export const partnerSearchQuery = (q: string, kind?: PartnerKind) =>
  queryOptions({
    queryKey: [...partnersKey, 'search', q, kind],
    queryFn: ({ signal }) => apiJson(`/partners${toQueryString({ q, kind, pageSize: 20 })}`, PartnerList, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnerInput) => apiJson('/partners', Partner, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersKey }),
  });
}

export function useUpdatePartner(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: PartnerUpdate) => apiJson(`/partners/${encodeURIComponent(partnerId)}`, Partner, { method: 'PATCH', body: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersKey }),
  });
}
