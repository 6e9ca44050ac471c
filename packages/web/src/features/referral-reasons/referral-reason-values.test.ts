import { describe, expect, it } from 'vitest';
import { buildReasonRequest, EMPTY_REASON } from './referral-reason-values.ts';

describe('a new referral reason', () => {
  it('sends a blank SNOMED CT id as none', () => {
    expect(buildReasonRequest({ label: 'Carer support', code: 'carer_support', snomedCode: ' ' })).toEqual({
      ok: true,
      data: { label: 'Carer support', code: 'carer_support', snomedCode: null },
    });
  });

  it('names the fields an empty form needs', () => {
    const checked = buildReasonRequest(EMPTY_REASON);
    expect(!checked.ok && checked.issues.map((issue) => issue.path).sort()).toEqual(['code', 'label']);
  });
});
