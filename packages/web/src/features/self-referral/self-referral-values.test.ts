import { describe, expect, it } from 'vitest';
import { dateFromParts, EMPTY_SELF_REFERRAL, toSelfReferralRequest } from './self-referral-values.ts';

const filled = {
  ...EMPTY_SELF_REFERRAL,
  gpPracticeId: '7f0c3d0e-8a55-4b7e-9a4e-1d2b3c4d5e6f',
  givenName: 'Ffion',
  familyName: 'Pryce',
  dateOfBirth: { day: '4', month: '7', year: '1961' },
  postcode: 'cf10 1ep',
  phone: '07700 900123',
  reasons: ['loneliness'],
  consentToReferral: true,
  consentToDataSharing: 'no' as const,
};

describe('self-referral form values', () => {
  it('pads day and month into an ISO date, and leaves an untouched date blank', () => {
    expect(dateFromParts('4', '7', '1961')).toBe('1961-07-04');
    expect(dateFromParts(' ', '', '')).toBe('');
  });

  it('builds the request without blank optional answers', () => {
    const result = toSelfReferralRequest(filled, 1_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.person).toEqual({
      givenName: 'Ffion',
      familyName: 'Pryce',
      dateOfBirth: '1961-07-04',
      postcode: 'CF10 1EP',
      phone: '07700 900123',
    });
    expect(result.data.consent).toEqual({ toReferral: true, toDataSharing: false });
    expect(result.data.startedAt).toBe(1_000);
  });

  it('an empty form lists one plain-English problem per field, in form order', () => {
    const result = toSelfReferralRequest(EMPTY_SELF_REFERRAL, 1_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'gpPracticeId',
      'person.givenName',
      'person.familyName',
      'person.dateOfBirth',
      'person.postcode',
      'person.phone',
      'reasons',
      'consent.toReferral',
      'consent.toDataSharing',
    ]);
    expect(result.issues.find((issue) => issue.path === 'person.dateOfBirth')?.message).toBe('Enter your date of birth');
  });

  it('a bad NHS number is named on its field', () => {
    const result = toSelfReferralRequest({ ...filled, nhsNumber: '943 476 5918' }, 1_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['person.nhsNumber']);
  });
});
