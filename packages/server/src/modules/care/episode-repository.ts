import type { ReferralStatus, SnomedCodeUse } from '@kith/shared';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  contacts,
  organisations,
  people,
  referralReasons,
  referrals,
  referralTransitions,
  snomedCodes,
  users,
} from '../../db/schema/index.ts';
import type { SnomedConcept } from './snomed-codes.ts';

/**
 * Referral-level queries of the care pathway: the status lock, discharge, and what the message
 * back is assembled from. Callers have already passed the referral gate.
 */

/**
 * The referral's status, share-locked until the transaction ends, so a discharge cannot
 * commit in the middle of a plan or measure being saved.
 */
export async function lockReferralStatus(db: DbOrTx, referralId: string): Promise<ReferralStatus | undefined> {
  const [row] = await db
    .select({ status: referrals.status })
    .from(referrals)
    .where(eq(referrals.id, referralId))
    .for('share')
    .limit(1);
  return row?.status;
}

export async function findPersonIdentity(
  db: DbOrTx,
  personId: string,
): Promise<{ givenName: string; familyName: string; nhsNumber: string | null; dateOfBirth: string | null } | undefined> {
  const [row] = await db
    .select({
      givenName: people.givenName,
      familyName: people.familyName,
      nhsNumber: people.nhsNumber,
      dateOfBirth: people.dateOfBirth,
    })
    .from(people)
    .where(eq(people.id, personId))
    .limit(1);
  return row;
}

/**
 * The latest transition into `status` (for a closed referral: when and why it closed), or
 * undefined when there is none.
 */
export async function findLatestTransitionTo(
  db: DbOrTx,
  referralId: string,
  status: ReferralStatus,
): Promise<{ at: Date; reason: string | null } | undefined> {
  const [row] = await db
    .select({ at: referralTransitions.at, reason: referralTransitions.reason })
    .from(referralTransitions)
    .where(and(eq(referralTransitions.referralId, referralId), eq(referralTransitions.toStatus, status)))
    .orderBy(desc(referralTransitions.at))
    .limit(1);
  return row;
}

/** Whether the person was reached at least once in this episode. */
export async function hasSuccessfulContact(db: DbOrTx, referralId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.referralId, referralId), eq(contacts.successful, true)))
    .limit(1);
  return row !== undefined;
}

/**
 * SNOMED CT codes of the given referral reasons that have one, retired reasons included (the
 * reason applied when the referral was made). The term shown is the reason's label: the table
 * holds no SNOMED description.
 */
export async function reasonSnomedCodes(db: DbOrTx, reasonCodes: string[]): Promise<SnomedConcept[]> {
  if (reasonCodes.length === 0) return [];
  const rows = await db
    .select({ code: snomedCodes.code, term: snomedCodes.term, verified: snomedCodes.verified, active: snomedCodes.active })
    .from(referralReasons)
    .innerJoin(snomedCodes, eq(snomedCodes.code, referralReasons.snomedCode))
    .where(inArray(referralReasons.code, reasonCodes))
    .orderBy(asc(referralReasons.sortOrder), asc(referralReasons.code));
  return rows.map(({ active, ...row }) => ({ ...row, verified: row.verified && active, use: 'referral_reason' as const }));
}

/** The active code for each use, in the order the uses are given (a use with no active code is left out). */
export async function codesForUses(db: DbOrTx, uses: readonly SnomedCodeUse[]): Promise<SnomedConcept[]> {
  if (uses.length === 0) return [];
  const rows = await db
    .select({ code: snomedCodes.code, term: snomedCodes.term, verified: snomedCodes.verified, use: snomedCodes.use })
    .from(snomedCodes)
    .where(and(inArray(snomedCodes.use, [...uses]), eq(snomedCodes.active, true)));
  return uses.flatMap((use) => rows.filter((row) => row.use === use));
}

/** Who the message back is from: the PCN that holds the referral and the link worker assigned to it. */
export async function findSenders(
  db: DbOrTx,
  referral: { organisationId: string; assignedWorkerId: string | null },
): Promise<{ pcnName: string; linkWorkerName: string | null }> {
  const [pcn] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, referral.organisationId))
    .limit(1);
  const [worker] = referral.assignedWorkerId
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, referral.assignedWorkerId)).limit(1)
    : [];
  return { pcnName: pcn?.name ?? '', linkWorkerName: worker?.name ?? null };
}
