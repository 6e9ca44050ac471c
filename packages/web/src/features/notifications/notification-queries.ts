import type {
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  NotificationsMarkedRead,
  UnreadNotificationCount,
} from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const notificationsKey = ['notifications'] as const;
/** The badge's query key (tests fill it in). */
export const unreadCountKey = [...notificationsKey, 'unread-count'] as const;
const preferencesKey = ['notification-preferences'] as const;

/** How often the header badge asks for the unread count (it also asks when the window regains focus). */
export const UNREAD_POLL_MS = 60_000;

/** `GET /api/notifications/unread-count`, for the header badge. */
export function useUnreadNotificationCount(enabled: boolean) {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) => api.get<UnreadNotificationCount>('/api/notifications/unread-count', undefined, signal),
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** `GET /api/notifications`: a page of mine, newest first, optionally the unread only. */
export function useNotifications(page: number, options: { unreadOnly?: boolean; pageSize?: number } = {}) {
  const unreadOnly = options.unreadOnly ?? false;
  const pageSize = options.pageSize ?? 50;
  return useQuery({
    queryKey: [...notificationsKey, 'list', { page, unreadOnly, pageSize }],
    queryFn: ({ signal }) =>
      api.get<NotificationPage>('/api/notifications', { page, pageSize, unreadOnly: String(unreadOnly) }, signal),
  });
}

/** `POST /api/notifications/:id/read`; the list and the badge are read again after. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** `POST /api/notifications/read-all`. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NotificationsMarkedRead>('/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** `GET /api/notifications/preferences`: my email choice per kind. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => api.get<NotificationPreferences>('/api/notifications/preferences', undefined, signal),
  });
}

/** `PUT /api/notifications/preferences`. */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: NotificationPreferencesUpdate) =>
      api.put<NotificationPreferences>('/api/notifications/preferences', update),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}
