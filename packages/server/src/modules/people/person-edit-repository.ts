import type { PersonInput } from '@kith/shared';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { PersonRecord } from '../../access/person-gate-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { people, personVersions, users } from '../../db/schema/index.ts';
import { personColumns } from './person-repository.ts';
import { type PersonSnapshot, snapshotOf } from './person-snapshot.ts';

/** The person's row, locked until the transaction ends, so two edits are applied one after the other. */
export async function lockPerson(db: DbOrTx, personId: string): Promise<PersonRecord | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, personId)).for('update').limit(1);
  return row;
}

/** Another record in the PCN holding this NHS number (the number is unique per PCN). */
export async function otherHolderOfNhsNumber(
  db: DbOrTx,
  { organisationId, personId, nhsNumber }: { organisationId: string; personId: string; nhsNumber: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.nhsNumber, nhsNumber), ne(people.id, personId)))
    .limit(1);
  return row !== undefined;
}

/**
 * Writes the edited record as the next version: fields the edit leaves out keep their value, null
 * clears one. Consent to be contacted is stamped when it is given or withdrawn.
 */
export async function saveNextVersion(db: DbOrTx, current: PersonRecord, input: PersonInput, now: Date): Promise<PersonRecord> {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const columns = personColumns({ ...snapshotOf(current), ...given } as PersonInput);
  const consentChanged = columns.contactConsent !== current.contactConsent;
  const [row] = await db
    .update(people)
    .set({
      ...columns,
      contactConsentRecordedAt: consentChanged ? now : current.contactConsentRecordedAt,
      version: current.version + 1,
      updatedAt: now,
    })
    .where(and(eq(people.id, current.id), eq(people.version, current.version)))
    .returning();
  if (!row) throw new Error('the locked person row was not updated');
  return row;
}

/**
 * Keeps a version's content, never changed afterwards. A record saved before versions were kept
 * (or made by intake) gets its snapshot on its first edit, with no known author.
 */
export async function keepVersion(db: DbOrTx, row: PersonRecord, savedBy: string | null): Promise<void> {
  await db
    .insert(personVersions)
    .values({ personId: row.id, version: row.version, snapshot: snapshotOf(row), savedBy, savedAt: row.updatedAt })
    .onConflictDoNothing();
}

/** One kept version with the name of whoever saved it. */
export interface StoredVersion {
  version: number;
  snapshot: PersonSnapshot;
  savedAt: Date;
  savedByName: string | null;
}

/** Every kept version of the person, newest first. */
export async function findVersions(db: DbOrTx, personId: string): Promise<StoredVersion[]> {
  const rows = await db
    .select({
      version: personVersions.version,
      snapshot: personVersions.snapshot,
      savedAt: personVersions.savedAt,
      savedByName: users.displayName,
    })
    .from(personVersions)
    .leftJoin(users, eq(users.id, personVersions.savedBy))
    .where(eq(personVersions.personId, personId))
    .orderBy(desc(personVersions.version));
  return rows.map((row) => ({ ...row, snapshot: row.snapshot as PersonSnapshot }));
}

/** Who saved the version the record is at now, for the message of a refused stale edit. */
export async function latestVersionAuthor(db: DbOrTx, personId: string, version: number): Promise<string | null> {
  const [row] = await db
    .select({ name: users.displayName })
    .from(personVersions)
    .innerJoin(users, eq(users.id, personVersions.savedBy))
    .where(and(eq(personVersions.personId, personId), eq(personVersions.version, version)))
    .limit(1);
  return row?.name ?? null;
}
