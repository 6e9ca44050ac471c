import { OPEN_CASE_STATUSES, type ReferralStatus } from '@kith/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryTaxonomyTerms, referrals } from '../../db/schema/index.ts';

/**
 * What a person's record says about their needs, for the care team side only (the provider
 * side never reaches this file): the reasons of the referrals still open.
 */

/** Referrals that are still being worked: on a caseload, or waiting in the queue for one. */
export const NEED_BEARING_STATUSES: readonly ReferralStatus[] = ['received', 'triaged', ...OPEN_CASE_STATUSES];

/** Distinct reason codes of the person's open referrals, oldest referral first. */
export async function openReasonCodes(db: DbOrTx, personId: string): Promise<string[]> {
  const rows = await db
    .select({ reasons: referrals.reasons })
    .from(referrals)
    .where(and(eq(referrals.personId, personId), inArray(referrals.status, [...NEED_BEARING_STATUSES])))
    .orderBy(asc(referrals.createdAt));
  return [...new Set(rows.flatMap((r) => r.reasons))];
}

/** Need terms whose `code` is one of the given referral reason codes, in taxonomy name order. */
export async function needTermsForCodes(db: DbOrTx, codes: string[]): Promise<{ id: string; name: string }[]> {
  if (codes.length === 0) return [];
  return db
    .select({ id: directoryTaxonomyTerms.id, name: directoryTaxonomyTerms.name })
    .from(directoryTaxonomyTerms)
    .where(inArray(directoryTaxonomyTerms.code, codes))
    .orderBy(asc(directoryTaxonomyTerms.name));
}
