import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { Settings, type SettingsUpdate } from '../../../shared/schemas/settings.js';
import { apiJson } from '../../lib/api.js';

const settingsKey = ['settings'] as const;

export const settingsQuery = queryOptions({
  queryKey: settingsKey,
  queryFn: ({ signal }) => apiJson('/settings', Settings, { signal }),
});

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SettingsUpdate) => apiJson('/settings', Settings, { method: 'PATCH', body: input }),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}
