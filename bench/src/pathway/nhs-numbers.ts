import { isValidNhsNumber } from '@kith/shared';

/**
 * Disjoint ranges of synthetic NHS numbers, so generated people, people referred through the API
 * and people inserted by the SQL baseline never share a number (it is unique within a PCN).
 */
export const NHS_NUMBER_BLOCKS = { generatedPeople: 4, intakeApi: 6, intakeSql: 7 } as const;

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3] as const;

/**
 * The `sequence`th valid NHS number of a block: the first eight digits are the block digit and
 * the sequence number; the ninth is 0, or 1 when 0 would make the Modulus 11 check digit 10 (a
 * number that can never be valid), so every sequence number has exactly one number.
 */
export function nhsNumberFor(block: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 0 || sequence >= 10_000_000) throw new RangeError(`sequence ${sequence}`);
  const firstEight = `${block}${String(sequence).padStart(7, '0')}`;
  const partial = WEIGHTS.reduce((sum, weight, index) => sum + Number(firstEight[index]) * weight, 0);
  const ninth = partial % 11 === 1 ? 1 : 0;
  const remainder = (partial + ninth * 2) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  const number = `${firstEight}${ninth}${check}`;
  if (!isValidNhsNumber(number)) throw new Error(`generated an invalid NHS number ${number}`);
  return number;
}
