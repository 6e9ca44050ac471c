import { describe, expect, it } from 'vitest';
import { healthcareUseAfterFrom } from './reports.ts';

describe('when the "6 months after" healthcare figures can be entered', () => {
  it('is the day after the six calendar months following the referral end', () => {
    expect(healthcareUseAfterFrom('2026-01-15T09:30:00Z')).toBe('2026-07-16');
    expect(healthcareUseAfterFrom(new Date('2026-07-01T00:00:00Z'))).toBe('2027-01-02');
  });

  it('keeps to real dates at the end of a month', () => {
    // 31 August + 6 months is the end of February, so the figures can be entered from 1 March.
    expect(healthcareUseAfterFrom('2026-08-31T12:00:00Z')).toBe('2027-03-01');
    expect(healthcareUseAfterFrom('2027-08-31T12:00:00Z')).toBe('2028-03-01');
  });
});
