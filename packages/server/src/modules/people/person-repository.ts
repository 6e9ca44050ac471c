import type { Person, PersonInput, Referral } from '@kith/shared';
import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { people, referrals } from '../../db/schema/index.ts';
import { escapeLike } from '../organisations/organisation-repository.ts';
import { referralViews } from '../referrals/referral-view-repository.ts';
import { toPerson } from './person-view.ts';

/** What a likely duplicate shares with the details given. */
export interface LikelyMatchKey {
  organisationId: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string;
}

/** Column values from validated input; absent optional fields become null. */
export function personColumns(input: PersonInput) {
  return {
    nhsNumber: input.nhsNumber ?? null,
    givenName: input.givenName,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth ?? null,
    sex: input.sex ?? null,
    genderIdentity: input.genderIdentity ?? null,
    ethnicCategory: input.ethnicCategory ?? null,
    addressLine1: input.addressLine1 ?? null,
    addressLine2: input.addressLine2 ?? null,
    town: input.town ?? null,
    postcode: input.postcode ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    preferredContactMethod: input.preferredContactMethod ?? null,
    preferredContactTimes: input.preferredContactTimes || null,
    contactConsent: input.contactConsent ?? false,
    interpreterNeeded: input.interpreterNeeded ?? false,
    language: input.language ?? null,
    accessibleFormats: input.accessibleFormats ?? [],
    registeredPracticeId: input.registeredPracticeId ?? null,
  };
}

export async function insertPerson(db: DbOrTx, organisationId: string, input: PersonInput): Promise<Person> {
  const [row] = await db
    .insert(people)
    .values({ organisationId, ...personColumns(input), contactConsentRecordedAt: input.contactConsent ? new Date() : null })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toPerson(row);
}

export async function findByNhsNumber(db: DbOrTx, organisationId: string, nhsNumber: string): Promise<Person | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.nhsNumber, nhsNumber)))
    .limit(1);
  return row ? toPerson(row) : undefined;
}

/** Same surname (any case), date of birth and postcode in one PCN: probably the same person. */
export async function findLikelyMatches(
  db: DbOrTx,
  { organisationId, familyName, dateOfBirth, postcode }: LikelyMatchKey,
): Promise<Person[]> {
  const rows = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.organisationId, organisationId),
        ilike(people.familyName, escapeLike(familyName)),
        eq(people.dateOfBirth, dateOfBirth),
        eq(people.postcode, postcode),
      ),
    )
    .limit(10);
  return rows.map(toPerson);
}

/** One page of the people in `organisationIds` whose name or NHS number contains `q`, by name. */
export async function searchPeople(
  db: DbOrTx,
  organisationIds: string[],
  q: string | undefined,
  page: PageRequest,
): Promise<Page<Person>> {
  if (organisationIds.length === 0) return pageResult([], 0, page);
  const pattern = q ? `%${escapeLike(q)}%` : null;
  const where = and(
    inArray(people.organisationId, organisationIds),
    pattern
      ? or(
          ilike(people.givenName, pattern),
          ilike(people.familyName, pattern),
          ilike(people.nhsNumber, pattern.replace(/\s/g, '')),
        )
      : undefined,
  );
  const [totalRow] = await db.select({ n: count() }).from(people).where(where);
  const rows = await db
    .select()
    .from(people)
    .where(where)
    .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return pageResult(rows.map(toPerson), totalRow?.n ?? 0, page);
}

/**
 * The person's referrals held by `organisationIds`, newest first: filtered by organisation as well
 * as person, so a referral held elsewhere never leaks through a shared person id.
 */
export async function findPersonReferrals(db: DbOrTx, personId: string, organisationIds: string[]): Promise<Referral[]> {
  return referralViews(db, and(eq(referrals.personId, personId), inArray(referrals.organisationId, organisationIds)));
}
