import type { OrganisationKind, ReferralStatus } from '@kith/shared';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, organisations, referrals, referralTransitions, users, vcsePcnLinks } from '../../db/schema/index.ts';
import type { ReferralRow } from './referral-access.ts';

export type NewReferral = typeof referrals.$inferInsert;
/** Columns a change writes besides `updatedAt`, which every change stamps. */
export type ReferralChanges = Partial<Omit<NewReferral, 'id' | 'updatedAt'>>;

export async function findReferral(db: DbOrTx, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id)).limit(1);
  return row;
}

/** The referral, locked until the transaction ends (parallel writers to it wait their turn). */
export async function lockReferral(tx: DbOrTx, id: string): Promise<ReferralRow | undefined> {
  const [row] = await tx.select().from(referrals).where(eq(referrals.id, id)).for('update');
  return row;
}

export async function statusOf(db: DbOrTx, id: string): Promise<ReferralStatus | undefined> {
  const [row] = await db.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, id));
  return row?.status;
}

export async function insertReferral(tx: DbOrTx, values: NewReferral): Promise<ReferralRow> {
  const [row] = await tx.insert(referrals).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateReferral(tx: DbOrTx, id: string, changes: ReferralChanges): Promise<void> {
  await tx
    .update(referrals)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(referrals.id, id));
}

/**
 * Compare-and-set: writes `changes` only if the referral still has the status and the assignee
 * `seen` was read with. False when someone else changed it meanwhile (nothing is written).
 */
export async function updateReferralIfUnchanged(
  tx: DbOrTx,
  seen: Pick<ReferralRow, 'id' | 'status' | 'assignedWorkerId'>,
  changes: ReferralChanges,
): Promise<boolean> {
  const updated = await tx
    .update(referrals)
    .set({ ...changes, updatedAt: new Date() })
    .where(
      and(
        eq(referrals.id, seen.id),
        eq(referrals.status, seen.status),
        seen.assignedWorkerId === null
          ? isNull(referrals.assignedWorkerId)
          : eq(referrals.assignedWorkerId, seen.assignedWorkerId),
      ),
    )
    .returning({ id: referrals.id });
  return updated.length > 0;
}

/** Compare-and-set on the status alone: false (nothing written) if the status moved meanwhile. */
export async function updateReferralIfStatus(
  tx: DbOrTx,
  seen: Pick<ReferralRow, 'id' | 'status'>,
  changes: ReferralChanges,
): Promise<boolean> {
  const updated = await tx
    .update(referrals)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(referrals.id, seen.id), eq(referrals.status, seen.status)))
    .returning({ id: referrals.id });
  return updated.length > 0;
}

export async function insertTransition(
  tx: DbOrTx,
  values: {
    referralId: string;
    /** Null on a referral's first row, which has no previous state. */
    fromStatus: ReferralStatus | null;
    toStatus: ReferralStatus;
    actorUserId: string | null;
    reason: string | null;
  },
): Promise<void> {
  await tx.insert(referralTransitions).values(values);
}

/** An organisation's kind and whether it is active, to check where a referral is sent. */
export async function findOrganisationKind(
  db: DbOrTx,
  id: string,
): Promise<{ kind: OrganisationKind; active: boolean } | undefined> {
  const [row] = await db
    .select({ kind: organisations.kind, active: organisations.active })
    .from(organisations)
    .where(eq(organisations.id, id))
    .limit(1);
  return row;
}

/** The organisations that refer into a PCN: its practices and the VCSE agencies that serve it. */
export async function referringOrganisationsOf(
  db: DbOrTx,
  pcnId: string,
): Promise<{ practiceIds: string[]; agencyIds: string[] }> {
  const practices = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.parentId, pcnId));
  const agencies = await db.select({ id: vcsePcnLinks.vcseId }).from(vcsePcnLinks).where(eq(vcsePcnLinks.pcnId, pcnId));
  return { practiceIds: practices.map((p) => p.id), agencyIds: agencies.map((a) => a.id) };
}

/** Active users with a link worker membership in any of `organisationIds`. */
export async function activeLinkWorkers(db: DbOrTx, organisationIds: string[]): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, and(eq(users.id, memberships.userId), eq(users.active, true)))
    .where(and(inArray(memberships.organisationId, organisationIds), eq(memberships.role, 'link_worker')));
}

/** The referrals assigned to `workerIds` whose status is one of `statuses`, with complexity. */
export async function assignedCases(
  db: DbOrTx,
  workerIds: string[],
  statuses: readonly ReferralStatus[],
): Promise<{ workerId: string | null; complexity: ReferralRow['complexity'] }[]> {
  return db
    .select({ workerId: referrals.assignedWorkerId, complexity: referrals.complexity })
    .from(referrals)
    .where(and(inArray(referrals.assignedWorkerId, workerIds), inArray(referrals.status, [...statuses])));
}
