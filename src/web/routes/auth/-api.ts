import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { Me, SessionState, type LoginInput } from '../../../shared/schemas/auth.js';
import type { Locale } from '../../../shared/schemas/users.js';
import { apiJson, apiVoid } from '../../lib/api.js';
import { adoptServerTimeZone } from '../../lib/format.js';

export const meKey = ['me'] as const;

/** The signed-in user and abilities, or null when signed out (asked without a 401, so the console stays clean). */
export const meQuery = queryOptions({
  queryKey: meKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    const session = await apiJson('/auth/session', SessionState, { signal });
    adoptServerTimeZone(session.timeZone);
    return session.me;
  },
  staleTime: 60_000,
  retry: false,
});

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => apiJson('/auth/login', Me, { method: 'POST', body: input }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiVoid('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}

/** Saves the interface language on the account, so server-made documents use it too. */
export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => apiJson('/me', Me, { method: 'PATCH', body: { locale } }),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}

/** Whether records invented for the demonstration are loaded (asked once; the banner on every page says so). */
export const demoDataQuery = queryOptions({
  queryKey: ['session', 'demo-data'] as const,
  queryFn: async ({ signal }): Promise<boolean> => (await apiJson('/auth/session', SessionState, { signal })).demoData,
  staleTime: Infinity,
  retry: false,
});
