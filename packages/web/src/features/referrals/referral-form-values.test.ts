import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import {
  buildReferralRequest,
  checkReferralForm,
  emptyReferralForm,
  NEW_PERSON,
  type ReferralFormValues,
  referralIssuesFromError,
} from './referral-form-values.ts';

const PCN = '0b6f6a3e-1f43-4c1e-9d47-1f3b2a4c5d6e';
const PERSON = '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const options = { personId: null, today: '2026-05-01' };

function filled(): ReferralFormValues {
  return {
    ...emptyReferralForm(PCN),
    person: {
      givenName: 'Jane',
      familyName: 'Doe',
      dateOfBirth: { day: '7', month: '3', year: '1951' },
      nhsNumber: '943 476 5919',
      postcode: 'ls1 4ap',
      phone: '07700 900123',
    },
    reasons: ['social_isolation'],
    notes: '  ',
    consentToReferral: true,
    consentToDataSharing: true,
  };
}

describe('building a referral from the form', () => {
  it('normalises the person with the shared schema and leaves blank notes out', () => {
    const result = buildReferralRequest(filled(), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.person).toMatchObject({ dateOfBirth: '1951-03-07', nhsNumber: '9434765919', postcode: 'LS1 4AP' });
    expect(result.data.notes).toBeUndefined();
    expect(result.data.consent).toEqual({ toReferral: true, toDataSharing: true });
    expect(result.data.personId).toBeUndefined();
  });

  it('sends only the chosen record when the user picked an existing person', () => {
    const result = buildReferralRequest({ ...filled(), person: emptyReferralForm(PCN).person }, { ...options, personId: PERSON });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.personId).toBe(PERSON);
    expect(result.data.person).toBeUndefined();
  });

  it('lists every problem of an empty form in the order of the fields', () => {
    const result = buildReferralRequest(emptyReferralForm(''), options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'organisationId',
      'person.givenName',
      'person.familyName',
      'person.dateOfBirth',
      'person.postcode',
      'person.phone',
      'reasons',
      'consent.toReferral',
    ]);
    expect(result.issues[0]?.message).toBe('Choose the primary care network to refer to');
  });

  it('refuses an NHS number whose check digit is wrong, and a birth date in the future', () => {
    const values = filled();
    values.person.nhsNumber = '943 476 5918';
    values.person.dateOfBirth = { day: '1', month: '6', year: '2026' };
    const result = buildReferralRequest(values, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'person.dateOfBirth', message: 'Date of birth must be in the past' },
      { path: 'person.nhsNumber', message: 'Enter a valid 10-digit NHS number (the check digit does not match)' },
    ]);
  });

  it('puts a server problem with one chosen reason against the reasons group', () => {
    const error = new ApiError(400, {
      error: 'validation',
      message: 'Check the form',
      issues: [
        { path: 'reasons.1', message: '"gardening" is not a referral reason' },
        { path: 'organisationId', message: 'Choose the primary care network to refer to' },
      ],
    });
    expect(referralIssuesFromError(error)).toEqual([
      { path: 'organisationId', message: 'Choose the primary care network to refer to' },
      { path: 'reasons', message: '"gardening" is not a referral reason' },
    ]);
  });

  it('shows a 409 for an NHS number held for someone else beside the NHS number field', () => {
    const message =
      'This NHS number belongs to a person whose details do not match; check the NHS number, surname and date of birth.';
    const error = new ApiError(409, {
      error: 'conflict',
      message,
      allowed: [],
      issues: [{ path: 'person.nhsNumber', message }],
    });
    expect(referralIssuesFromError(error)).toEqual([{ path: 'person.nhsNumber', message }]);
  });

  it('asks whether a shown record is the same person before anything else', () => {
    const checks = { matched: true, today: options.today };
    expect(checkReferralForm(emptyReferralForm(''), checks)).toEqual({
      ok: false,
      issues: [{ path: 'personChoice', message: 'Choose whether this is the same person' }],
    });
    const existing = checkReferralForm({ ...filled(), personChoice: PERSON }, checks);
    expect(existing.ok && existing.data.personId).toBe(PERSON);
    const someoneElse = checkReferralForm({ ...filled(), personChoice: NEW_PERSON }, checks);
    expect(someoneElse.ok && someoneElse.data.person?.familyName).toBe('Doe');
    // Before any records are shown the choice is not asked for.
    expect(checkReferralForm(filled(), { ...checks, matched: false }).ok).toBe(true);
  });
});
