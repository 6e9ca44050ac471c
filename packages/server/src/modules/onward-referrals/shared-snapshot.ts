import {
  type ACCESSIBLE_FORMATS,
  type ContactMethod,
  formatNhsNumber,
  type ShareableField,
  type SharedDetails,
} from '@kith/shared';
import { eq, inArray } from 'drizzle-orm';
import type { PersonRecord as PersonRow } from '../../access/person-gate-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { carePlans, referralReasons, referrals } from '../../db/schema/index.ts';
import { openReasonCodes } from './person-needs-repository.ts';

const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: 'Phone',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
};

const ACCESSIBLE_FORMAT_LABELS: Record<(typeof ACCESSIBLE_FORMATS)[number], string> = {
  large_print: 'Large print',
  easy_read: 'Easy read',
  braille: 'Braille',
  audio: 'Audio',
  bsl: 'British Sign Language',
};

/** Shown for a field the link worker chose to share but the record does not hold. */
const NOT_RECORDED = 'Not recorded';

/**
 * The snapshot a provider will see: exactly the chosen fields, as display text, taken now.
 * Keys that were not chosen are absent (not empty), so nothing unshared can leak through a
 * view that forgets to filter.
 */
export async function buildSharedSnapshot(
  db: DbOrTx,
  person: PersonRow,
  referralId: string | null,
  fields: readonly ShareableField[],
): Promise<SharedDetails> {
  const chosen = new Set(fields);
  const shared: SharedDetails = {};
  for (const field of chosen) shared[field] = (await displayValue(db, person, referralId, field)) || NOT_RECORDED;
  return shared;
}

async function displayValue(db: DbOrTx, person: PersonRow, referralId: string | null, field: ShareableField): Promise<string> {
  switch (field) {
    case 'name':
      return `${person.givenName} ${person.familyName}`;
    case 'dateOfBirth':
      return person.dateOfBirth ? formatDate(person.dateOfBirth) : '';
    case 'nhsNumber':
      return person.nhsNumber ? formatNhsNumber(person.nhsNumber) : '';
    case 'address':
      return [person.addressLine1, person.addressLine2, person.town, person.postcode].filter(Boolean).join(', ');
    case 'phone':
      return person.phone ?? '';
    case 'email':
      return person.email ?? '';
    case 'preferredContactMethod':
      return preferredContactOf(person);
    case 'language':
      return languageOf(person);
    case 'accessibleFormats':
      return person.accessibleFormats.map((f) => ACCESSIBLE_FORMAT_LABELS[f] ?? f).join(', ') || 'None needed';
    case 'referralReasons':
      return (await reasonLabels(db, person.id, referralId)).join(', ');
    case 'whatMattersToMe':
      return referralId ? await whatMatters(db, referralId) : '';
  }
}

/** The channel and, when recorded, the times they asked for: "Text message (weekday mornings)". */
function preferredContactOf(person: PersonRow): string {
  const method = person.preferredContactMethod ? CONTACT_METHOD_LABELS[person.preferredContactMethod] : '';
  const times = person.preferredContactTimes?.trim() ?? '';
  if (!times) return method;
  return method ? `${method} (${times})` : `Best times: ${times}`;
}

function languageOf(person: PersonRow): string {
  const language = person.language?.trim() ?? '';
  if (!person.interpreterNeeded) return language;
  return language ? `${language} (interpreter needed)` : 'Interpreter needed';
}

/** `1950-03-12` → `12 March 1950`. */
function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The episode's reasons, or, without an episode, those of every open referral of the person. */
async function reasonLabels(db: DbOrTx, personId: string, referralId: string | null): Promise<string[]> {
  let codes: string[];
  if (referralId) {
    const [episode] = await db.select({ reasons: referrals.reasons }).from(referrals).where(eq(referrals.id, referralId));
    codes = episode?.reasons ?? [];
  } else {
    codes = await openReasonCodes(db, personId);
  }
  if (codes.length === 0) return [];
  const rows = await db
    .select({ code: referralReasons.code, label: referralReasons.label })
    .from(referralReasons)
    .where(inArray(referralReasons.code, codes));
  const labels = new Map(rows.map((r) => [r.code, r.label]));
  return [...new Set(codes)].map((code) => labels.get(code) ?? code);
}

async function whatMatters(db: DbOrTx, referralId: string): Promise<string> {
  const [plan] = await db
    .select({ whatMatters: carePlans.whatMatters })
    .from(carePlans)
    .where(eq(carePlans.referralId, referralId));
  return plan?.whatMatters.trim() ?? '';
}
