import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, NHS_NUMBER_EXAMPLE, normaliseNhsNumber } from './nhs-number.ts';

describe('NHS number (Modulus 11)', () => {
  it('uses an example in hints that passes its own check and is shown as 3-3-4', () => {
    expect(isValidNhsNumber(NHS_NUMBER_EXAMPLE)).toBe(true);
    expect(formatNhsNumber(NHS_NUMBER_EXAMPLE)).toBe(NHS_NUMBER_EXAMPLE);
  });

  it('accepts a number whose check digit matches', () => {
    // 943 476 5919: weighted sum 299, 299 mod 11 = 2, 11 − 2 = 9 = last digit.
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
  });

  it('rejects a bad check digit, wrong length, letters and repeated digits', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659191')).toBe(false);
    expect(isValidNhsNumber('94347A5919')).toBe(false);
    expect(isValidNhsNumber('4444444444')).toBe(false);
  });

  it('treats a check result of 11 as 0 and of 10 as never valid', () => {
    // 401 023 213|7: weighted sum 92, 92 mod 11 = 4, check 7.
    expect(isValidNhsNumber('4010232137')).toBe(true);
    // 200 000 001|0: weighted sum 22, 22 mod 11 = 0, check 11 → 0.
    expect(isValidNhsNumber('2000000010')).toBe(true);
    // 100 000 001|x: weighted sum 12, 12 mod 11 = 1, check 10 → no last digit can be valid.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });

  it('normalises and formats 3-3-4', () => {
    expect(normaliseNhsNumber(' 943-476 5919 ')).toBe('9434765919');
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });
});
