import { describe, expect, it } from 'vitest';
import { referralReference } from './referral-reference.ts';

describe('referral reference', () => {
  it('is the first 8 characters of the id in capitals', () => {
    expect(referralReference('3f2a9c1b-0d4e-4f5a-9b6c-7d8e9f0a1b2c')).toBe('3F2A9C1B');
  });
});
