import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiToken, ApiTokenCreated, type PasswordChange } from '../../../shared/schemas/auth.js';
import { NotificationPreferences, type NotificationPreference } from '../../../shared/schemas/notifications.js';
import { apiJson, apiVoid } from '../../lib/api.js';

const tokensKey = ['me', 'tokens'] as const;

export const tokensQuery = queryOptions({
  queryKey: tokensKey,
  queryFn: ({ signal }) => apiJson('/me/tokens', z.object({ items: z.array(ApiToken) }), { signal }),
  select: (data) => data.items,
});

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: PasswordChange) => apiVoid('/me/password', { method: 'POST', body: input }),
    // A wrong current password must not be taken for an expired session.
    meta: { expectsUnauthenticated: true },
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresInDays?: number }) =>
      apiJson('/me/tokens', ApiTokenCreated, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => apiVoid(`/me/tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

const preferencesKey = ['me', 'notification-preferences'] as const;

export const notificationPreferencesQuery = queryOptions({
  queryKey: preferencesKey,
  queryFn: ({ signal }) => apiJson('/me/notification-preferences', NotificationPreferences, { signal }),
  select: (data) => data.items,
});

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: NotificationPreference[]) => apiJson('/me/notification-preferences', NotificationPreferences, { method: 'PUT', body: { items } }),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}
