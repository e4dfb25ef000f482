import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { Commitment, CommitmentList, type CommitmentStatus, type CommitmentUpdate } from '../../../shared/schemas/commitments.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export interface CommitmentListParams {
  q?: string;
  agreementId?: string;
  engagementId?: string;
  unitId?: string;
  countryCode?: string;
  status?: CommitmentStatus;
  overdue?: 'true' | 'false';
  dueFrom?: string;
  dueTo?: string;
  page?: number;
  pageSize?: number;
}

export const commitmentsKey = ['commitments'] as const;

export const commitmentListQuery = (params: CommitmentListParams) =>
  queryOptions({
    queryKey: [...commitmentsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/commitments${toQueryString({ ...params })}`, CommitmentList, { signal }),
    placeholderData: keepPreviousData,
  });

export const commitmentQuery = (commitmentId: string) =>
  queryOptions({
    queryKey: [...commitmentsKey, commitmentId],
    queryFn: ({ signal }) => apiJson(`/commitments/${encodeURIComponent(commitmentId)}`, Commitment, { signal }),
  });

export function useUpdateCommitment(commitmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: CommitmentUpdate) =>
      apiJson(`/commitments/${encodeURIComponent(commitmentId)}`, Commitment, { method: 'PATCH', body: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commitmentsKey }),
  });
}
