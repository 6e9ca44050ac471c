/**
 * SNOMED CT identifiers (SCTIDs): 6 to 18 digits, the last a Verhoeff check digit, the two before
 * it the partition (for a concept: "00" in the international release, "10" in an extension such
 * as the UK edition). Checking them catches a mistyped code before it reaches a GP record.
 */
const VERHOEFF_MULTIPLY = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_PERMUTE = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 7, 6, 8, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when the digits (check digit included) pass the Verhoeff check. */
export function passesVerhoeff(digits: string): boolean {
  let check = 0;
  const reversed = [...digits].reverse();
  for (let i = 0; i < reversed.length; i++) {
    const row = VERHOEFF_PERMUTE[i % 8] as number[];
    check = (VERHOEFF_MULTIPLY[check] as number[])[row[Number(reversed[i])] as number] as number;
  }
  return check === 0;
}

/** Why a SNOMED CT concept id is not one, or null when it is. */
export function snomedConceptIdProblem(code: string): string | null {
  if (!/^[1-9][0-9]{5,17}$/.test(code)) return 'Enter a SNOMED CT concept id: 6 to 18 digits, not starting with 0';
  const partition = code.slice(-3, -1);
  if (partition !== '00' && partition !== '10') return 'This is a SNOMED CT id but not a concept id';
  if (!passesVerhoeff(code)) return 'The check digit is wrong: check the code for a typing mistake';
  return null;
}
