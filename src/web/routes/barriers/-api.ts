import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { Barrier, BarrierList, type BarrierInput, type BarrierListQuery, type BarrierStatusChangeInput } from '../../../shared/schemas/barriers.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export type BarrierListParams = Partial<BarrierListQuery>;

export const barriersKey = ['barriers'] as const;

export const barrierListQuery = (params: BarrierListParams) =>
  queryOptions({
    queryKey: [...barriersKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/barriers${toQueryString({ ...params })}`, BarrierList, { signal }),
    placeholderData: keepPreviousData,
  });

export const barrierQuery = (id: string) =>
  queryOptions({
    queryKey: [...barriersKey, id],
    queryFn: ({ signal }) => apiJson(`/barriers/${encodeURIComponent(id)}`, Barrier, { signal }),
  });

export function useCreateBarrier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BarrierInput) => apiJson('/barriers', Barrier, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: barriersKey }),
  });
}

export function useChangeBarrierStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BarrierStatusChangeInput) => apiJson(`/barriers/${encodeURIComponent(id)}/status`, Barrier, { method: 'POST', body: input }),
    onSuccess: (barrier) => {
      queryClient.setQueryData(barrierQuery(id).queryKey, barrier);
      return queryClient.invalidateQueries({ queryKey: [...barriersKey, 'list'] });
    },
  });
}
