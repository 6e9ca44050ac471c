import type { Reminder } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import type { Page, PageRequest } from '../../db/paging.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { dismiss, listUndismissed } from './reminder-repository.ts';
import { toReminder } from './reminder-view.ts';

/**
 * A user's own reminders (raised by jobs, e.g. an onward referral not acknowledged in time).
 * Nobody reads or dismisses another user's reminders: someone else's is 404.
 */
export async function myReminders(db: Db, ctx: RequestContext, page: PageRequest): Promise<Page<Reminder>> {
  const actor = requireActor(ctx);
  const reminders = await listUndismissed(db, actor.userId, page);
  return { ...reminders, items: reminders.items.map(toReminder) };
}

export async function dismissReminder(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const actor = requireActor(ctx);
  await db.transaction(async (tx) => {
    if (!(await dismiss(tx, actor.userId, id, new Date()))) throw notFound('Reminder');
    await recordAudit(tx, ctx, { action: 'update', recordType: 'reminder', recordId: id, detail: { dismissed: true } });
  });
}
