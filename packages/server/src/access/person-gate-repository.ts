import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { people, referrals } from '../db/schema/index.ts';

/** A person's record as stored; each caller shapes what it shows (e.g. `people/person-view.ts`). */
export type PersonRecord = typeof people.$inferSelect;

/** The person with this id, whoever holds the record: `person-gate.ts` decides who may see it. */
export async function findPersonRecord(db: DbOrTx, personId: string): Promise<PersonRecord | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, personId)).limit(1);
  return row;
}

/** The person a referral (episode) is for; undefined when there is no such referral. */
export async function findReferralPersonId(db: DbOrTx, referralId: string): Promise<string | undefined> {
  const [row] = await db.select({ personId: referrals.personId }).from(referrals).where(eq(referrals.id, referralId)).limit(1);
  return row?.personId;
}
