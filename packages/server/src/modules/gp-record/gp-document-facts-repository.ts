import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { letters, organisations, people, referralReasons } from '../../db/schema/index.ts';
import type { GpDocumentFacts } from '../../interop/fhir/gp-document/gp-document-facts.ts';

/** The queries the prepare job gathers a document's facts with (the message back has the rest). */

/** The person as the document names them, and where they are registered. */
export type DocumentPerson = GpDocumentFacts['person'] & { registeredPracticeId: string | null };

export async function findDocumentPerson(db: DbOrTx, personId: string): Promise<DocumentPerson | undefined> {
  const [row] = await db
    .select({
      id: people.id,
      nhsNumber: people.nhsNumber,
      givenName: people.givenName,
      familyName: people.familyName,
      dateOfBirth: people.dateOfBirth,
      sex: people.sex,
      registeredPracticeId: people.registeredPracticeId,
    })
    .from(people)
    .where(eq(people.id, personId))
    .limit(1);
  return row;
}

export async function findOrganisationIdentity(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; name: string; odsCode: string | null } | undefined> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, odsCode: organisations.odsCode })
    .from(organisations)
    .where(eq(organisations.id, id))
    .limit(1);
  return row;
}

/** The referral's reasons with their labels, in the pick list's order (retired reasons included). */
export async function findReasonLabels(db: DbOrTx, codes: string[]): Promise<Array<{ code: string; label: string }>> {
  if (codes.length === 0) return [];
  return db
    .select({ code: referralReasons.code, label: referralReasons.label })
    .from(referralReasons)
    .where(inArray(referralReasons.code, codes))
    .orderBy(asc(referralReasons.sortOrder), asc(referralReasons.code));
}

/** A kept letter's title and PDF (the one made for an earlier generation of the document). */
export async function findLetterContent(db: DbOrTx, id: string): Promise<{ title: string; pdf: Buffer } | undefined> {
  const [row] = await db.select({ title: letters.title, pdf: letters.pdf }).from(letters).where(eq(letters.id, id)).limit(1);
  return row;
}
