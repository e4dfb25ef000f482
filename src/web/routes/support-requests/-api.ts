import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type SupportRequest,
  SupportRequestDetail,
  SupportRequestList,
  type SupportRequestInput,
  type SupportRequestStatus,
} from '../../../shared/schemas/support-requests.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export interface SupportRequestListParams {
  q?: string;
  status?: SupportRequestStatus;
  direction?: 'sent' | 'received';
  page?: number;
  pageSize?: number;
}

/** Who asked: the requesting unit's name, or the company's when a business user asked. */
export const requesterName = (request: Pick<SupportRequest, 'requestingUnit' | 'requestingBusiness'>) =>
  request.requestingUnit?.name ?? request.requestingBusiness?.name ?? { vi: '', en: '' };

export const supportRequestsKey = ['supportRequests'] as const;

export const supportRequestListQuery = (params: SupportRequestListParams) =>
  queryOptions({
    queryKey: [...supportRequestsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/support-requests${toQueryString({ ...params })}`, SupportRequestList, { signal }),
    placeholderData: keepPreviousData,
  });

export const supportRequestQuery = (id: string) =>
  queryOptions({
    queryKey: [...supportRequestsKey, id],
    queryFn: ({ signal }) => apiJson(`/support-requests/${encodeURIComponent(id)}`, SupportRequestDetail, { signal }),
  });

export function useCreateSupportRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SupportRequestInput) => apiJson('/support-requests', SupportRequestDetail, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportRequestsKey }),
  });
}

export type SupportRequestAction = 'accept' | 'decline' | 'answer' | 'close';

export function useSupportRequestAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, answer, version }: { action: SupportRequestAction; answer?: string; version: number }) =>
      apiJson(`/support-requests/${encodeURIComponent(id)}/${action}`, SupportRequestDetail, {
        method: 'POST',
        body: action === 'close' ? { version } : { ...(answer ? { answer } : {}), version },
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData(supportRequestQuery(id).queryKey, detail);
      return queryClient.invalidateQueries({ queryKey: [...supportRequestsKey, 'list'] });
    },
  });
}
