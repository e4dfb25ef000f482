import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ConfirmationRequest,
  Outcome,
  OutcomeList,
  OutcomeTotals,
  type ConfirmationStatus,
  type OutcomeInput,
  type OutcomeKind,
  type OutcomeUpdate,
} from '../../../shared/schemas/outcomes.js';
import type { ActivityView } from '../../../shared/schemas/activities.js';
import { apiJson, apiVoid, toQueryString } from '../../lib/api.js';
import { activitiesKey } from '../activities/-api.js';
import { toApiRange } from '../../lib/dates.js';

/** Filters of the totals and of the list each total drills down to (the URL search of /outcomes). */
export interface OutcomeFilters {
  q?: string;
  unitId?: string;
  countryCode?: string;
  from?: string;
  to?: string;
  view?: ActivityView;
  kind?: OutcomeKind;
  currency?: string;
  confirmedOnly?: 'true';
}

export interface OutcomeListParams extends OutcomeFilters {
  activityId?: string;
  confirmationStatus?: ConfirmationStatus;
  counted?: 'true';
  page?: number;
  pageSize?: number;
}

export const outcomesKey = ['outcomes'] as const;

export const outcomeListQuery = (params: OutcomeListParams) =>
  queryOptions({
    queryKey: [...outcomesKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/outcomes${toQueryString(toApiRange(params))}`, OutcomeList, { signal }),
    placeholderData: keepPreviousData,
  });

export const outcomeTotalsQuery = (params: OutcomeFilters) =>
  queryOptions({
    queryKey: [...outcomesKey, 'totals', params],
    queryFn: ({ signal }) => apiJson(`/outcomes/totals${toQueryString(toApiRange(params))}`, OutcomeTotals, { signal }),
    placeholderData: keepPreviousData,
  });

/** An activity's outcomes (one page is plenty). */
export const activityOutcomesQuery = (activityId: string) => outcomeListQuery({ activityId, pageSize: 200 });

function useInvalidateOutcomes() {
  const queryClient = useQueryClient();
  // Outcome counts and the "no result" flag of activities change with them.
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: outcomesKey }), queryClient.invalidateQueries({ queryKey: activitiesKey })]);
}

export function useCreateOutcome() {
  const invalidate = useInvalidateOutcomes();
  return useMutation({
    mutationFn: (input: OutcomeInput) => apiJson('/outcomes', Outcome, { method: 'POST', body: input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateOutcome(outcomeId: string) {
  const invalidate = useInvalidateOutcomes();
  return useMutation({
    mutationFn: (update: OutcomeUpdate) => apiJson(`/outcomes/${encodeURIComponent(outcomeId)}`, Outcome, { method: 'PATCH', body: update }),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteOutcome() {
  const invalidate = useInvalidateOutcomes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiVoid(`/outcomes/${encodeURIComponent(id)}${toQueryString({ version })}`, { method: 'DELETE' }),
    onSuccess: () => invalidate(),
  });
}

/** Sends (or sends again) the single-use confirmation link to the outcome's contact. */
export function useRequestConfirmation() {
  const invalidate = useInvalidateOutcomes();
  return useMutation({
    mutationFn: (outcomeId: string) =>
      apiJson(`/outcomes/${encodeURIComponent(outcomeId)}/confirmation-requests`, ConfirmationRequest, { method: 'POST' }),
    onSuccess: () => invalidate(),
  });
}
