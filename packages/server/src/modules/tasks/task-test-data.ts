import type { TestReferral } from '../../../test/pathway-test-data.ts';
import type { Db } from '../../db/client.ts';
import type { ActionRow } from '../../db/schema/care.ts';
import { carePlans, onwardReferrals, outcomeMeasures, referralTransitions, supervisionSessions } from '../../db/schema/index.ts';
import { createTestOnwardService } from '../onward-referrals/onward-test-data.ts';
import { addDays } from './task-due-rules.ts';

/**
 * The records generated tasks come from, written straight to the tables so each test sets
 * exactly the dates it needs (relative to the UK `today` the list is read on).
 */

const DAY_MS = 86_400_000;

/** The instant `days` days before now. */
export function daysAgo(days: number): Date {
  return new Date(Date.now() - days * DAY_MS);
}

/** A move of the referral into `toStatus`, `days` days ago (allocation and activation dates). */
export async function recordTestTransition(
  db: Db,
  referralId: string,
  toStatus: 'allocated' | 'active',
  days: number,
): Promise<void> {
  await db.insert(referralTransitions).values({ referralId, toStatus, at: daysAgo(days) });
}

/** Writes (or replaces) the referral's care plan with these actions and review date. */
export async function setTestCarePlan(
  db: Db,
  referralId: string,
  plan: { reviewDate: string | null; actions?: ActionRow[] },
): Promise<void> {
  const values = { referralId, version: 1, whatMatters: '', goals: [], actions: plan.actions ?? [], reviewDate: plan.reviewDate };
  await db
    .insert(carePlans)
    .values(values)
    .onConflictDoUpdate({ target: carePlans.referralId, set: { actions: values.actions, reviewDate: values.reviewDate } });
}

/** An outcome measure at `timepoint`, taken `days` days ago. */
export async function recordTestMeasure(
  db: Db,
  referral: TestReferral,
  timepoint: 'baseline' | 'review' | 'discharge',
  days = 0,
): Promise<void> {
  await db.insert(outcomeMeasures).values({
    referralId: referral.id,
    personId: referral.personId,
    instrument: 'ucla3',
    timepoint,
    items: [2, 2, 2],
    rawTotal: 6,
    recordedAt: daysAgo(days),
  });
}

/** An onward referral the worker sent `days` days ago, still awaiting the provider's answer. */
export async function sendTestOnwardReferral(
  db: Db,
  options: { organisationId: string; referral: TestReferral; requestedBy: string; days: number },
): Promise<string> {
  const service = await createTestOnwardService(db, { kithOrganisationId: null });
  const [row] = await db
    .insert(onwardReferrals)
    .values({
      organisationId: options.organisationId,
      personId: options.referral.personId,
      referralId: options.referral.id,
      serviceId: service.serviceId,
      providerOrganizationId: service.directoryOrganisationId,
      sharedFields: [],
      shared: {},
      consentRecordedBy: options.requestedBy,
      requestedBy: options.requestedBy,
      createdAt: daysAgo(options.days),
    })
    .returning({ id: onwardReferrals.id });
  if (!row) throw new Error('insert returned no onward referral');
  return row.id;
}

/** A supervision session the worker attended as supervisee, `days` days before `today`. */
export async function recordTestSupervision(
  db: Db,
  options: { pcnId: string; supervisorUserId: string; superviseeUserId: string; today: string; days: number },
): Promise<void> {
  await db.insert(supervisionSessions).values({
    pcnId: options.pcnId,
    type: 'clinical_gp',
    heldOn: addDays(options.today, -options.days),
    supervisorUserId: options.supervisorUserId,
    superviseeUserId: options.superviseeUserId,
    createdBy: options.supervisorUserId,
  });
}
