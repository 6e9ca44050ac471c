import type { ClosedStatus, SnomedCodeUse } from '@kith/shared';

/**
 * A SNOMED CT (UK edition) concept for the GP record. The codes themselves are reference data
 * (`snomed_codes`, kept by administrators with a verified flag; seeded with the two verified codes
 * of the domain reference), never constants here: this file only says which uses an ending brings.
 */
export interface SnomedConcept {
  code: string;
  term: string;
  /** Verified and active: only these are written into the GP record. */
  verified: boolean;
  /** What it records: the take-up, an ending, or a referral reason. */
  use: SnomedCodeUse;
}

/**
 * The code uses a referral's ending brings, in the order they are listed (the referral reasons'
 * codes come after). A referral closed in error carries none: it should not have existed. The
 * take-up code ("referral to social prescribing service") once the person took the referral up,
 * i.e. had a successful contact; then the ending's own code, and "referred elsewhere" for a
 * discharge that sent the person on.
 */
export function codeUsesForEnding(ending: ClosedStatus, tookUp: boolean, dischargeOutcome: string | null): SnomedCodeUse[] {
  if (ending === 'closed_in_error') return [];
  const uses: SnomedCodeUse[] = tookUp ? ['taken_up'] : [];
  uses.push(ending);
  if (ending === 'discharged' && dischargeOutcome === 'referred_elsewhere') uses.push('referred_elsewhere');
  return uses;
}
