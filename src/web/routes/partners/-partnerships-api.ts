import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PartnershipChange, type PartnershipChangeInput, type PartnershipChangeUpdate } from '../../../shared/schemas/partners.js';
import { apiJson, apiVoid } from '../../lib/api.js';
import { partnersKey } from './-api.js';

/** Records, corrects or removes a partnership change; the partner and country pages reload. */
export function usePartnershipChangeMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => Promise.all([queryClient.invalidateQueries({ queryKey: partnersKey }), queryClient.invalidateQueries({ queryKey: ['countries'] })]);
  return {
    create: useMutation({ mutationFn: (input: PartnershipChangeInput) => apiJson('/partnership-changes', PartnershipChange, { method: 'POST', body: input }), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, update }: { id: string; update: PartnershipChangeUpdate }) => apiJson(`/partnership-changes/${encodeURIComponent(id)}`, PartnershipChange, { method: 'PATCH', body: update }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) => apiVoid(`/partnership-changes/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
