import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { User, UserList, type Role, type UserInput, type UserUpdate } from '../../../shared/schemas/users.js';
import { apiJson, apiVoid, toQueryString } from '../../lib/api.js';

export interface UserListParams {
  q?: string;
  role?: Role;
  unitId?: string;
  active?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

export const usersKey = ['users'] as const;

export const userListQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: [...usersKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/users${toQueryString({ ...params })}`, UserList, { signal }),
    placeholderData: keepPreviousData,
  });

export const userQuery = (userId: string) =>
  queryOptions({
    queryKey: [...usersKey, userId],
    queryFn: ({ signal }) => apiJson(`/users/${encodeURIComponent(userId)}`, User, { signal }),
  });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) => apiJson('/users', User, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: UserUpdate) =>
      apiJson(`/users/${encodeURIComponent(userId)}`, User, { method: 'PATCH', body: update }),
    onSuccess: (user) => {
      queryClient.setQueryData(userQuery(userId).queryKey, user);
      return queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] });
    },
  });
}

export function useResetPassword(userId: string) {
  return useMutation({
    mutationFn: (password: string) =>
      apiVoid(`/users/${encodeURIComponent(userId)}/password`, { method: 'POST', body: { password } }),
  });
}
