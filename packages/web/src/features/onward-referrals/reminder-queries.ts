import type { ReminderPage } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const remindersKey = ['reminders'] as const;

/** Reminders shown on the home page at once; the panel says how many more there are. */
export const REMINDERS_SHOWN = 10;

/** `GET /api/reminders`: the signed-in user's newest reminders, e.g. a referral nobody has answered. */
export function useReminders() {
  return useQuery({
    queryKey: remindersKey,
    queryFn: ({ signal }) => api.get<ReminderPage>('/api/reminders', { pageSize: REMINDERS_SHOWN }, signal),
  });
}

/** `POST /api/reminders/:id/dismiss`: it leaves the list at once, then the list is read again. */
export function useDismissReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/api/reminders/${encodeURIComponent(id)}/dismiss`),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<ReminderPage>(remindersKey, (list) =>
        list ? { ...list, items: list.items.filter((reminder) => reminder.id !== id), total: list.total - 1 } : list,
      );
      void queryClient.invalidateQueries({ queryKey: remindersKey });
    },
  });
}
