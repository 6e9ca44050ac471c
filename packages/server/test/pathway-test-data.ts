import type { ReferralStatus } from '@kith/shared';
import type { Db } from '../src/db/client.ts';
import { contacts, people, referralReasons, referrals, snomedCodes } from '../src/db/schema/index.ts';

/**
 * Pathway test data written straight to the tables, so care tests do not depend on the
 * referral intake API: a person in the PCN and a referral already at the wanted status.
 */

/** A random NHS number that passes the Modulus 11 check (NHS Data Dictionary, "NHS NUMBER"). */
export function randomNhsNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
    const sum = digits.reduce((total, digit, i) => total + digit * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10 || new Set(digits).size === 1) continue;
    return `${digits.join('')}${check === 11 ? 0 : check}`;
  }
}

export interface TestReferral {
  id: string;
  personId: string;
  nhsNumber: string;
  givenName: string;
  familyName: string;
}

export async function createTestReferral(
  db: Db,
  options: {
    organisationId: string;
    assignedWorkerId: string | null;
    referrerUserId: string | null;
    status?: ReferralStatus;
    reasons?: string[];
  },
): Promise<TestReferral> {
  const nhsNumber = randomNhsNumber();
  const [person] = await db
    .insert(people)
    .values({ organisationId: options.organisationId, nhsNumber, givenName: 'Ada', familyName: `Test-${nhsNumber.slice(0, 4)}` })
    .returning();
  if (!person) throw new Error('insert returned no person');
  const [referral] = await db
    .insert(referrals)
    .values({
      organisationId: options.organisationId,
      personId: person.id,
      source: 'gp_practice',
      status: options.status ?? 'active',
      reasons: options.reasons ?? ['loneliness'],
      referrerUserId: options.referrerUserId,
      assignedWorkerId: options.assignedWorkerId,
      consentToReferral: true,
      consentToDataSharing: true,
    })
    .returning({ id: referrals.id });
  if (!referral) throw new Error('insert returned no referral');
  return { id: referral.id, personId: person.id, nhsNumber, givenName: person.givenName, familyName: person.familyName };
}

/** A contact, or a failed attempt at one, with the person of `referral`. */
export async function recordTestContact(
  db: Db,
  referral: TestReferral,
  options: { successful: boolean; workerUserId: string | null },
): Promise<void> {
  await db.insert(contacts).values({
    referralId: referral.id,
    personId: referral.personId,
    workerUserId: options.workerUserId,
    occurredAt: new Date(),
    mode: 'phone',
    successful: options.successful,
  });
}

/**
 * A referral reason carrying a SNOMED CT code. The seeded reasons have none. It is created
 * retired (`active: false`) so it never shows in pick lists other tests may assert on; the
 * concept id is made up for the test, not a real SNOMED CT concept.
 */
export async function createTestReasonWithSnomed(db: Db): Promise<{ code: string; label: string; snomedCode: string }> {
  const suffix = crypto.randomUUID().replaceAll('-', '').slice(0, 10);
  const reason = {
    code: `test_${suffix}`,
    label: `Test reason ${suffix}`,
    snomedCode: `9${String(crypto.getRandomValues(new Uint32Array(1))[0]).padStart(10, '0')}101`,
  };
  // The code must be reference data first (`referral_reasons.snomed_code` references it); left
  // unverified, as an admin-typed code is until someone confirms it.
  await db
    .insert(snomedCodes)
    .values({ code: reason.snomedCode, term: reason.label, use: 'referral_reason', verified: false })
    .onConflictDoNothing();
  await db.insert(referralReasons).values({ ...reason, active: false });
  return reason;
}
