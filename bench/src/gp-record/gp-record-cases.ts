import type { Database } from '@kith/server/db/client.ts';
import { organisations, people, referrals, users } from '@kith/server/db/schema/index.ts';
import { DEMO_PRACTICE_MESH_MAILBOXES } from '@kith/server/modules/demo-data/demo-gp-record.ts';
import { eq } from 'drizzle-orm';
import { nhsNumberFor } from '../pathway/nhs-numbers.ts';

/** A block of synthetic NHS numbers of this bench's own (the pathway bench uses 4, 6 and 7). */
const NHS_NUMBER_BLOCK = 8;

export interface DischargeCases {
  workerEmail: string;
  practice: { id: string; odsCode: string; mailboxId: string };
  referralIds: string[];
}

async function idOf<T extends { id: string }>(rows: Promise<T[]>, what: string): Promise<string> {
  const [row] = await rows;
  if (!row) throw new Error(`the demo data has no ${what}`);
  return row.id;
}

/**
 * `count` active cases of the demo link worker, each a new synthetic person registered with the
 * demo practice Willow Lane (Y9C01), whose MESH mailbox the demo data puts in the directory: what
 * a discharge needs to reach a GP record. Written straight to the tables (the rows intake, triage
 * and allocation would leave), so only the discharge is the API's work.
 */
export async function createDischargeCases(database: Database, count: number): Promise<DischargeCases> {
  const db = database.db;
  const mailbox = DEMO_PRACTICE_MESH_MAILBOXES[0];
  if (!mailbox) throw new Error('the demo has no practice mailbox');
  const workerEmail = 'linkworker@kith.example';
  const workerId = await idOf(db.select({ id: users.id }).from(users).where(eq(users.email, workerEmail)), workerEmail);
  const referrerId = await idOf(
    db.select({ id: users.id }).from(users).where(eq(users.email, 'referrer@kith.example')),
    'referrer@kith.example',
  );
  const [practice] = await db
    .select({ id: organisations.id, pcnId: organisations.parentId })
    .from(organisations)
    .where(eq(organisations.odsCode, mailbox.odsCode));
  if (!practice?.pcnId) throw new Error(`the demo data has no practice ${mailbox.odsCode} under a PCN`);
  const pcnId = practice.pcnId;
  const referralIds = await db.transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [person] = await tx
        .insert(people)
        .values({
          organisationId: pcnId,
          nhsNumber: nhsNumberFor(NHS_NUMBER_BLOCK, i),
          givenName: 'Bench',
          familyName: `Person ${i + 1}`,
          dateOfBirth: '1950-01-01',
          registeredPracticeId: practice.id,
        })
        .returning({ id: people.id });
      if (!person) throw new Error('insert returned no person');
      const [referral] = await tx
        .insert(referrals)
        .values({
          organisationId: pcnId,
          personId: person.id,
          source: 'gp_practice',
          status: 'active',
          reasons: ['loneliness'],
          referrerUserId: referrerId,
          assignedWorkerId: workerId,
          consentToReferral: true,
          consentToDataSharing: true,
        })
        .returning({ id: referrals.id });
      if (!referral) throw new Error('insert returned no referral');
      ids.push(referral.id);
    }
    return ids;
  });
  return { workerEmail, practice: { id: practice.id, odsCode: mailbox.odsCode, mailboxId: mailbox.id }, referralIds };
}
