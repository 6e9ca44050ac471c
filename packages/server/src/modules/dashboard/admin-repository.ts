import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { toCount, uuidList } from './dashboard-sql.ts';

/** The administrator's figures: the email outbox and the accounts in their scope. */

/** Emails not yet sent: waiting for their first try, and those whose last try failed (they keep their error). */
export async function outboxCounts(db: DbOrTx): Promise<{ waiting: number; failed: number }> {
  const result = await db.execute<{ waiting: number | string; failed: number | string }>(sql`
    SELECT count(*) FILTER (WHERE error IS NULL) AS waiting, count(*) FILTER (WHERE error IS NOT NULL) AS failed
    FROM outbox_emails WHERE sent_at IS NULL`);
  const row = result.rows[0];
  return { waiting: toCount(row?.waiting), failed: toCount(row?.failed) };
}

/** Accounts with a membership in these organisations — the users list's rule (user-repository.ts) — and how many are active. */
export async function userCounts(db: DbOrTx, organisationIds: string[]): Promise<{ total: number; active: number }> {
  const result = await db.execute<{ total: number | string; active: number | string }>(sql`
    SELECT count(*) AS total, count(*) FILTER (WHERE u.active) AS active
    FROM users u
    WHERE u.id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id = ANY(${uuidList(organisationIds)}))`);
  const row = result.rows[0];
  return { total: toCount(row?.total), active: toCount(row?.active) };
}
