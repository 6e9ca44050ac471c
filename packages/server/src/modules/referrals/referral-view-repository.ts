import { REFERRAL_STATUSES, type Referral, type ReferralStatus } from '@kith/shared';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { people, referralReasons, referrals, referralTransitions, users } from '../../db/schema/index.ts';
import { type TransitionRow, toReferral } from './referral-view.ts';

const worker = alias(users, 'worker');

/**
 * How a list of referrals is ordered; the id comes last in both so pages never overlap or skip.
 * `queue`: pathway status order (received first), then most urgent, then longest waiting.
 * `newest`: newest first (a referrer's own list, a person's episodes).
 */
export type ReferralOrder = 'queue' | 'newest';

const statusRank = sql`array_position(ARRAY[${sql.join(
  REFERRAL_STATUSES.map((status) => sql`${status}`),
  sql`, `,
)}]::text[], ${referrals.status}::text)`;
const urgencyRank = sql`CASE ${referrals.urgency} WHEN 'urgent' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END`;

function orderOf(order: ReferralOrder) {
  return order === 'queue'
    ? [asc(statusRank), asc(urgencyRank), asc(referrals.createdAt), asc(referrals.id)]
    : [desc(referrals.createdAt), desc(referrals.id)];
}

/** Which referrals a list shows; every field given must match. */
export interface ReferralFilter {
  organisationIds?: string[];
  referrerUserId?: string;
  assignedWorkerId?: string;
  status?: ReferralStatus | undefined;
}

/** One page of referrals matching `filter`, with the total. */
export async function referralViewPage(
  db: DbOrTx,
  filter: ReferralFilter,
  page: PageRequest,
  order: ReferralOrder,
): Promise<Page<Referral>> {
  const where = and(
    filter.organisationIds ? inArray(referrals.organisationId, filter.organisationIds) : undefined,
    filter.referrerUserId ? eq(referrals.referrerUserId, filter.referrerUserId) : undefined,
    filter.assignedWorkerId ? eq(referrals.assignedWorkerId, filter.assignedWorkerId) : undefined,
    filter.status ? eq(referrals.status, filter.status) : undefined,
  );
  const [totalRow] = await db.select({ n: count() }).from(referrals).where(where);
  return pageResult(await referralViews(db, where, { page, order }), totalRow?.n ?? 0, page);
}

export interface ReferralViewsOptions {
  /** With each referral's status history (one record's view). */
  withTransitions?: boolean;
  /** Without a page: one record, or one person's referrals (a handful of episodes). */
  page?: PageRequest;
  order?: ReferralOrder;
}

/** Referrals as the API shows them: with the person's key fields, reasons and worker name. */
export async function referralViews(
  db: DbOrTx,
  where: SQL | undefined,
  { withTransitions = false, page, order = 'newest' }: ReferralViewsOptions = {},
): Promise<Referral[]> {
  const query = db
    .select({
      referral: referrals,
      person: {
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        nhsNumber: people.nhsNumber,
        dateOfBirth: people.dateOfBirth,
        postcode: people.postcode,
        accessibleFormats: people.accessibleFormats,
      },
      workerName: worker.displayName,
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .leftJoin(worker, eq(worker.id, referrals.assignedWorkerId))
    .where(where)
    .orderBy(...orderOf(order))
    .$dynamic();
  const rows = await (page ? query.limit(page.pageSize).offset(offsetOf(page)) : query);
  const reasons = await db.select().from(referralReasons);
  const reasonOf = new Map(reasons.map((r) => [r.code, r]));
  const transitions = withTransitions
    ? await transitionsOf(
        db,
        rows.map((r) => r.referral.id),
      )
    : undefined;
  return rows.map((row) => toReferral(row, reasonOf, transitions));
}

export async function referralView(db: DbOrTx, id: string): Promise<Referral> {
  const [view] = await referralViews(db, eq(referrals.id, id), { withTransitions: true });
  if (!view) throw new Error(`referral ${id} vanished`);
  return view;
}

async function transitionsOf(db: DbOrTx, referralIds: string[]): Promise<TransitionRow[]> {
  if (referralIds.length === 0) return [];
  const rows = await db
    .select({ t: referralTransitions, actorName: users.displayName })
    .from(referralTransitions)
    .leftJoin(users, eq(users.id, referralTransitions.actorUserId))
    .where(inArray(referralTransitions.referralId, referralIds))
    .orderBy(asc(referralTransitions.at));
  return rows.map(({ t, actorName }) => ({ ...t, actorName }));
}
