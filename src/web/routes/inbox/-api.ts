import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Inbox, Notification, NotificationList, ReadAllResult } from '../../../shared/schemas/notifications.js';
import { apiJson, toQueryString } from '../../lib/api.js';
import { meKey, meQuery } from '../auth/-api.js';

export const inboxKey = ['inbox'] as const;

export const inboxQuery = queryOptions({
  queryKey: [...inboxKey, 'summary'],
  queryFn: ({ signal }) => apiJson('/inbox', Inbox, { signal }),
});

/** Notifications worded in `lang`, the language the reader uses now. */
export const notificationListQuery = (params: { unread?: 'true' | 'false'; page?: number; pageSize?: number; lang: string }) =>
  queryOptions({
    queryKey: [...inboxKey, 'notifications', params],
    queryFn: ({ signal }) => apiJson(`/notifications${toQueryString({ ...params })}`, NotificationList, { signal }),
    placeholderData: keepPreviousData,
  });

const UNREAD_POLL_MS = 60_000;

/** Fallback for a server whose `/me` has no `unreadNotifications`. */
const unreadCountQuery = queryOptions({
  queryKey: [...inboxKey, 'unread'],
  queryFn: ({ signal }) => apiJson(`/notifications${toQueryString({ unread: 'true', pageSize: 1 })}`, NotificationList, { signal }),
  select: (data) => data.unreadCount,
  refetchInterval: UNREAD_POLL_MS,
});

const unreadFromMe = (me: unknown): number | undefined =>
  typeof me === 'object' && me !== null && 'unreadNotifications' in me && typeof me.unreadNotifications === 'number'
    ? me.unreadNotifications
    : undefined;

/**
 * The unread notification count for the bell and the menu badge, refreshed every minute while the app is
 * open: from `/me` when it carries the count (one request), else from the notification list.
 */
export function useUnreadCount(): number | undefined {
  const me = useQuery({
    ...meQuery,
    refetchInterval: (query) => (unreadFromMe(query.state.data) === undefined ? false : UNREAD_POLL_MS),
  });
  const fromMe = unreadFromMe(me.data);
  const list = useQuery({ ...unreadCountQuery, enabled: me.isSuccess && fromMe === undefined });
  return fromMe ?? list.data;
}

/** After reading notifications: the inbox and the count (which may live on `/me`). */
const refreshInbox = (queryClient: ReturnType<typeof useQueryClient>) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: inboxKey }), queryClient.invalidateQueries({ queryKey: meKey })]);

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      apiJson(`/notifications/${encodeURIComponent(notificationId)}/read`, Notification, { method: 'POST' }),
    onSuccess: () => refreshInbox(queryClient),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiJson('/notifications/read-all', ReadAllResult, { method: 'POST' }),
    onSuccess: () => refreshInbox(queryClient),
  });
}
