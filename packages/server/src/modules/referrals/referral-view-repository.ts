import { allowedTransitions, REFERRAL_STATUSES, type Referral } from '@kith/shared';
import { asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { people, referralReasons, referrals, referralTransitions, users } from '../../db/schema/index.ts';

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

/** One page of referrals with the total matching `where`. */
export async function referralViewPage(
  db: DbOrTx,
  where: SQL | undefined,
  page: PageRequest,
  order: ReferralOrder,
): Promise<Page<Referral>> {
  const [totalRow] = await db.select({ n: count() }).from(referrals).where(where);
  return pageResult(await referralViews(db, where, false, page, order), totalRow?.n ?? 0, page);
}

/** Referrals as the API shows them: with the person's key fields, reasons and worker name. */
export async function referralViews(
  db: DbOrTx,
  where: SQL | undefined,
  withTransitions = false,
  page?: PageRequest,
  order: ReferralOrder = 'newest',
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
      },
      workerName: worker.displayName,
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .leftJoin(worker, eq(worker.id, referrals.assignedWorkerId))
    .where(where)
    .orderBy(...orderOf(order))
    .$dynamic();
  // Without a page: one record, or one person's referrals (a handful of episodes).
  const rows = await (page ? query.limit(page.pageSize).offset(offsetOf(page)) : query);
  const reasons = await db.select().from(referralReasons);
  const reasonOf = new Map(reasons.map((r) => [r.code, r]));
  const transitions =
    withTransitions && rows.length > 0
      ? await transitionsOf(
          db,
          rows.map((r) => r.referral.id),
        )
      : [];
  return rows.map(({ referral: r, person, workerName }) => ({
    id: r.id,
    organisationId: r.organisationId,
    person,
    source: r.source,
    status: r.status,
    reasons: r.reasons.map((code) => {
      const known = reasonOf.get(code);
      return { code, label: known?.label ?? code, snomedCode: known?.snomedCode ?? null };
    }),
    notes: r.notes,
    urgency: r.urgency,
    complexity: r.complexity,
    riskFlags: r.riskFlags as Referral['riskFlags'],
    unverified: r.unverified,
    referrerUserId: r.referrerUserId,
    referrerName: r.referrerName,
    assignedWorkerId: r.assignedWorkerId,
    assignedWorkerName: workerName,
    failedContactAttempts: r.failedContactAttempts,
    consentToReferral: r.consentToReferral,
    consentToDataSharing: r.consentToDataSharing,
    consentRecordedAt: r.consentRecordedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    allowedTransitions: [...allowedTransitions(r.status)],
    ...(withTransitions
      ? { transitions: transitions.filter((t) => t.referralId === r.id).map(({ referralId: _, ...t }) => t) }
      : {}),
  }));
}

export async function referralView(db: DbOrTx, id: string): Promise<Referral> {
  const [view] = await referralViews(db, eq(referrals.id, id), true);
  if (!view) throw new Error(`referral ${id} vanished`);
  return view;
}

async function transitionsOf(db: DbOrTx, referralIds: string[]) {
  const rows = await db
    .select({ t: referralTransitions, actorName: users.displayName })
    .from(referralTransitions)
    .leftJoin(users, eq(users.id, referralTransitions.actorUserId))
    .where(inArray(referralTransitions.referralId, referralIds))
    .orderBy(asc(referralTransitions.at));
  return rows.map(({ t, actorName }) => ({
    referralId: t.referralId,
    from: t.fromStatus,
    to: t.toStatus,
    reason: t.reason,
    actorName,
    at: t.at.toISOString(),
  }));
}
