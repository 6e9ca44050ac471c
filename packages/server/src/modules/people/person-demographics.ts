import { AppError } from '../../errors.ts';

/**
 * Said when an NHS number is already held for someone whose surname or date of birth differ.
 * It names no stored detail: the caller may not be able to read that record.
 */
export const NHS_NUMBER_MISMATCH_MESSAGE =
  'This NHS number belongs to a person whose details do not match; check the NHS number, surname and date of birth.';

/**
 * The 409 for an NHS number held for someone else: `allowed: []` (nothing was created, so there
 * is no next step on a record), the NHS number field named, and what to do if the details are right.
 */
export function nhsNumberMismatch(path: string, ifRight: string): AppError {
  const message = `${NHS_NUMBER_MISMATCH_MESSAGE} ${ifRight}`;
  return new AppError('conflict', message, { allowed: [], issues: [{ path, message }] });
}

/**
 * Surname and date of birth agree. Surnames are compared ignoring case, accents, spaces,
 * hyphens and apostrophes ("O'Neil-Smith" = "oneil smith"); a date of birth missing on either
 * side cannot disagree.
 */
export function sameDemographics(
  stored: { familyName: string; dateOfBirth: string | null },
  given: { familyName: string; dateOfBirth?: string | null | undefined },
): boolean {
  if (surnameKey(stored.familyName) !== surnameKey(given.familyName)) return false;
  return !stored.dateOfBirth || !given.dateOfBirth || stored.dateOfBirth === given.dateOfBirth;
}

function surnameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
