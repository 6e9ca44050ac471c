import type { Reminder } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const remindersKey = ['reminders'] as const;

/** `GET /api/reminders`: the signed-in user's reminders, e.g. a referral nobody has answered. */
export function useReminders() {
  return useQuery({
    queryKey: remindersKey,
    queryFn: ({ signal }) => api.get<{ items: Reminder[] }>('/api/reminders', undefined, signal),
    select: (list) => list.items,
  });
}

/** `POST /api/reminders/:id/dismiss`: it leaves the list at once, then the list is read again. */
export function useDismissReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/api/reminders/${encodeURIComponent(id)}/dismiss`),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<{ items: Reminder[] }>(remindersKey, (list) =>
        list ? { items: list.items.filter((reminder) => reminder.id !== id) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: remindersKey });
    },
  });
}
