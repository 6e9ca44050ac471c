import type { Reminder } from '@kith/shared';
import type { ReminderRow } from './reminder-repository.ts';

export function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    // The table holds a free-text kind so new kinds need no migration; the API lists the known ones.
    kind: row.kind as Reminder['kind'],
    message: row.message,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
  };
}
