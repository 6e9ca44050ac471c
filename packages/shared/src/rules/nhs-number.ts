/**
 * NHS number rules (NHS Data Dictionary, "NHS NUMBER"): 10 digits, the last a Modulus 11 check
 * digit over the first nine weighted 10..2. A check of 11 is 0; a check of 10 means the number
 * can never be valid. Numbers of one repeated digit pass the arithmetic but are not issued, so
 * they are refused too.
 */

/**
 * The example shown in hints. It is in the 999 range NHS England keeps for test data, so it belongs
 * to nobody, and it passes the check-digit rule (some examples in circulation do not).
 */
export const NHS_NUMBER_EXAMPLE = '999 234 5675';

/** Removes spaces and hyphens people type between the 3-3-4 groups. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** True when `input` (spaces allowed) is a valid NHS number. */
export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Shows an NHS number as 3-3-4 (`943 476 5919`). */
export function formatNhsNumber(input: string): string {
  const d = normaliseNhsNumber(input);
  return d.length === 10 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : input;
}
