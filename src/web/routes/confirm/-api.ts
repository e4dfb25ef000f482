import { queryOptions, useMutation } from '@tanstack/react-query';
import { ConfirmationClaim, ConfirmationResult, type ConfirmationDecision } from '../../../shared/schemas/outcomes.js';
import { ApiError, apiJson } from '../../lib/api.js';

const path = (token: string) => `/confirmations/${encodeURIComponent(token)}`;

export const claimQuery = (token: string) =>
  queryOptions({
    queryKey: ['confirmations', token],
    queryFn: ({ signal }) => apiJson(path(token), ConfirmationClaim, { signal }),
    retry: false,
    staleTime: Infinity,
  });

export function useDecide(token: string) {
  return useMutation({
    mutationFn: (decision: ConfirmationDecision) => apiJson(path(token), ConfirmationResult, { method: 'POST', body: decision }),
  });
}

export type LinkProblem = 'unknown' | 'used' | 'replaced' | 'expired' | 'gone';

/** Why a link no longer works: 404 unknown; 410 used, replaced or expired (named in `fields.token`, else in the message). */
export function linkProblem(error: unknown): LinkProblem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'not_found') return 'unknown';
  if (error.code !== 'gone') return null;
  const reason = error.fields.token;
  if (reason === 'used' || reason === 'replaced' || reason === 'expired') return reason;
  if (/already been used/i.test(error.message)) return 'used';
  if (/replaced/i.test(error.message)) return 'replaced';
  if (/expired/i.test(error.message)) return 'expired';
  return 'gone';
}
