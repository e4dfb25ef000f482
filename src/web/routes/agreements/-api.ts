import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Agreement,
  AgreementDetail,
  AgreementList,
  AgreementStats,
  type AgreementPublication,
  type AgreementField,
  type AgreementInput,
  type AgreementKind,
  type AgreementStatus,
  type AgreementStatusChange,
  type AgreementUpdate,
} from '../../../shared/schemas/agreements.js';
import { CommitmentList, SplitResult, type CommitmentBulkInput, type SplitInput } from '../../../shared/schemas/commitments.js';
import { apiJson, toQueryString } from '../../lib/api.js';
import { toApiRange } from '../../lib/dates.js';

export interface AgreementFilterParams {
  kind?: AgreementKind;
  field?: AgreementField;
  status?: AgreementStatus;
  partnerId?: string;
  unitId?: string;
  engagementId?: string;
  from?: string;
  to?: string;
  localInternational?: 'true' | 'false';
  countryCode?: string;
}

export interface AgreementListParams extends AgreementFilterParams {
  q?: string;
  page?: number;
  pageSize?: number;
}

export type StatsGroup = 'kind' | 'field' | 'partner' | 'unit' | 'month' | 'facilitator' | 'region';

export const agreementsKey = ['agreements'] as const;

export const agreementListQuery = (params: AgreementListParams) =>
  queryOptions({
    queryKey: [...agreementsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/agreements${toQueryString(toApiRange(params))}`, AgreementList, { signal }),
    placeholderData: keepPreviousData,
  });

export const agreementStatsQuery = (params: AgreementFilterParams & { groupBy: StatsGroup }) =>
  queryOptions({
    queryKey: [...agreementsKey, 'stats', params],
    queryFn: ({ signal }) => apiJson(`/agreements/stats${toQueryString(toApiRange(params))}`, AgreementStats, { signal }),
    placeholderData: keepPreviousData,
  });

export const agreementQuery = (agreementId: string) =>
  queryOptions({
    queryKey: [...agreementsKey, agreementId],
    queryFn: ({ signal }) => apiJson(`/agreements/${encodeURIComponent(agreementId)}`, AgreementDetail, { signal }),
  });

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgreementInput) => apiJson('/agreements', Agreement, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementsKey }),
  });
}

export function useUpdateAgreement(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: AgreementUpdate) =>
      apiJson(`/agreements/${encodeURIComponent(agreementId)}`, Agreement, { method: 'PATCH', body: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementsKey }),
  });
}

export function useChangeAgreementStatus(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AgreementStatusChange) =>
      apiJson(`/agreements/${encodeURIComponent(agreementId)}/status`, AgreementDetail, { method: 'POST', body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementsKey }),
  });
}

export function useSplitText() {
  return useMutation({
    mutationFn: (input: SplitInput) => apiJson('/commitments/split', SplitResult, { method: 'POST', body: input }),
  });
}

export function useBulkCommitments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommitmentBulkInput) => apiJson('/commitments/bulk', CommitmentList.pick({ items: true }), { method: 'POST', body: input }),
    // The commitments' sources show them as promised: an engagement's or a source document's page lists them at once.
    onSuccess: () => Promise.all([['commitments'], ['engagements'], ['source-documents']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export function useSetPublication(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgreementPublication) =>
      apiJson(`/agreements/${encodeURIComponent(agreementId)}/publication`, AgreementDetail, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementsKey }),
  });
}
