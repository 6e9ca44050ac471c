import { and, asc, eq } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { carePlans, referrals } from '../../db/schema/index.ts';
import { createReferralLetter } from './letter-service.ts';

/**
 * Demo letters, made the way the link worker makes them (so the PDFs are real): the person's
 * copy of a care plan, one in large print, and a discharge letter, on the demo PCN's people.
 * Call after the demo referrals are loaded.
 */
export async function loadDemoLetters(db: Db, pcn: string, now: Date): Promise<number> {
  const linkWorker = await contextForUser(db, 'linkworker@kith.example');
  const withPlan = await db
    .select({ id: referrals.id })
    .from(referrals)
    .innerJoin(carePlans, eq(carePlans.referralId, referrals.id))
    .where(and(eq(referrals.organisationId, pcn), eq(referrals.status, 'active')))
    .orderBy(asc(referrals.createdAt), asc(referrals.id))
    .limit(2);
  const [discharged] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.organisationId, pcn), eq(referrals.status, 'discharged')))
    .orderBy(asc(referrals.createdAt), asc(referrals.id))
    .limit(1);
  let made = 0;
  for (const [index, referral] of withPlan.entries()) {
    await createReferralLetter(db, linkWorker, referral.id, { kind: 'care_plan', largePrint: index === 1 }, now);
    made += 1;
  }
  if (discharged) {
    await createReferralLetter(db, linkWorker, discharged.id, { kind: 'discharge', largePrint: false }, now);
    made += 1;
  }
  return made;
}
