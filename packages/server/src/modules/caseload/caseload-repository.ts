import { OPEN_CASE_STATUSES } from '@kith/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { carePlans, people, referrals } from '../../db/schema/index.ts';

/** One open case as read for the caseload: the referral, the person's name and the plan, if any. */
export interface CaseloadRow {
  r: typeof referrals.$inferSelect;
  givenName: string;
  familyName: string;
  plan: typeof carePlans.$inferSelect | null;
}

/**
 * A worker's open cases — one indexed query (worker, status) joined to the person and plan.
 * `organisationIds` limits them to a supervisor's scope; null when the worker reads their own.
 */
export async function listOpenCases(db: DbOrTx, workerId: string, organisationIds: string[] | null): Promise<CaseloadRow[]> {
  return db
    .select({ r: referrals, givenName: people.givenName, familyName: people.familyName, plan: carePlans })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .leftJoin(carePlans, eq(carePlans.referralId, referrals.id))
    .where(
      and(
        eq(referrals.assignedWorkerId, workerId),
        inArray(referrals.status, [...OPEN_CASE_STATUSES]),
        organisationIds ? inArray(referrals.organisationId, organisationIds) : undefined,
      ),
    );
}
