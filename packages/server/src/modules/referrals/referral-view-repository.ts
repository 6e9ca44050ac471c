import { allowedTransitions, type Referral } from '@kith/shared';
import { asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { people, referralReasons, referrals, referralTransitions, users } from '../../db/schema/index.ts';

const worker = alias(users, 'worker');

/** Referrals as the API shows them: with the person's key fields, reasons and worker name. */
export async function referralViews(db: DbOrTx, where: SQL | undefined, withTransitions = false): Promise<Referral[]> {
  const rows = await db
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
    .orderBy(desc(referrals.createdAt))
    .limit(500);
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
