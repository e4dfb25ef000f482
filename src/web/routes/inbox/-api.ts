import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { Inbox, Notification, NotificationList, ReadAllResult } from '../../../shared/schemas/notifications.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export const inboxKey = ['inbox'] as const;

export const inboxQuery = queryOptions({
  queryKey: [...inboxKey, 'summary'],
  queryFn: ({ signal }) => apiJson('/inbox', Inbox, { signal }),
});

export const notificationListQuery = (params: { unread?: 'true' | 'false'; page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: [...inboxKey, 'notifications', params],
    queryFn: ({ signal }) => apiJson(`/notifications${toQueryString({ ...params })}`, NotificationList, { signal }),
    placeholderData: keepPreviousData,
  });

/** For the badge in the navigation: refreshed every minute while the app is open. */
export const unreadCountQuery = queryOptions({
  queryKey: [...inboxKey, 'unread'],
  queryFn: ({ signal }) => apiJson(`/notifications${toQueryString({ unread: 'true', pageSize: 1 })}`, NotificationList, { signal }),
  select: (data) => data.unreadCount,
  refetchInterval: 60_000,
});

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      apiJson(`/notifications/${encodeURIComponent(notificationId)}/read`, Notification, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiJson('/notifications/read-all', ReadAllResult, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}
