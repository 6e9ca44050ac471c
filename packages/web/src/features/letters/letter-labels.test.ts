import { describe, expect, it } from 'vitest';
import { formatFileSize, letterName } from './letter-labels.ts';

describe('letter labels', () => {
  it('gives sizes in bytes, KB and MB', () => {
    expect(formatFileSize(850)).toBe('850 bytes');
    expect(formatFileSize(12_400)).toBe('12 KB');
    expect(formatFileSize(1_420_000)).toBe('1.4 MB');
  });

  it('names a letter by its kind and says when it is in large print', () => {
    expect(letterName({ kind: 'discharge', largePrint: false })).toBe('Discharge letter');
    expect(letterName({ kind: 'care_plan', largePrint: true })).toBe('Care plan (large print)');
  });
});
