import type { Person } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildPersonRequest, PERSON_FIELD_ORDER, personToForm } from './person-values.ts';

const stored: Person = {
  id: '0b6f0c44-7f2c-4d8e-9a55-3c1f7a0d2e11',
  organisationId: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  nhsNumber: '9434765919',
  givenName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1950-03-12',
  sex: 'female',
  genderIdentity: null,
  ethnicCategory: 'C',
  addressLine1: '1 High Street',
  addressLine2: null,
  town: 'Leeds',
  postcode: 'LS1 4AP',
  phone: '07700 900123',
  email: null,
  preferredContactMethod: 'text',
  preferredContactTimes: 'Weekday mornings',
  contactConsent: true,
  contactConsentRecordedAt: '2026-06-01T09:00:00.000Z',
  interpreterNeeded: true,
  language: 'Polish',
  accessibleFormats: ['large_print'],
  registeredPracticeId: null,
  version: 4,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-06-01T09:00:00.000Z',
};

describe('the person form', () => {
  it('starts from the stored record and, unchanged, sends it back as it was with the version it opened', () => {
    const checked = buildPersonRequest(personToForm(stored), stored.version);
    expect(checked).toEqual({
      ok: true,
      data: {
        baseVersion: 4,
        givenName: 'Ada',
        familyName: 'Lovelace',
        dateOfBirth: '1950-03-12',
        nhsNumber: '9434765919',
        addressLine1: '1 High Street',
        addressLine2: null,
        town: 'Leeds',
        postcode: 'LS1 4AP',
        phone: '07700 900123',
        email: null,
        preferredContactMethod: 'text',
        preferredContactTimes: 'Weekday mornings',
        contactConsent: true,
        interpreterNeeded: true,
        language: 'Polish',
        accessibleFormats: ['large_print'],
        sex: 'female',
        genderIdentity: null,
        ethnicCategory: 'C',
      },
    });
  });

  it('clears what was emptied and sends a chosen "not recorded" as null', () => {
    const values = { ...personToForm(stored), phone: '  ', preferredContactMethod: '', sex: '', accessibleFormats: [] };
    const checked = buildPersonRequest(values, 4);
    expect(checked.ok && checked.data).toMatchObject({
      phone: null,
      preferredContactMethod: null,
      sex: null,
      accessibleFormats: [],
    });
  });

  it('names each field that is wrong, in form order', () => {
    const values = {
      ...personToForm(stored),
      email: 'ada-at-example',
      phone: '555',
      postcode: 'nowhere',
      dateOfBirth: { day: '31', month: '2', year: '1950' },
    };
    const checked = buildPersonRequest(values, 4);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.issues.map((issue) => issue.path)).toEqual(['dateOfBirth', 'postcode', 'phone', 'email']);
  });

  it('sends the confirmation only once it is ticked', () => {
    expect(buildPersonRequest(personToForm(stored), 4)).not.toHaveProperty('data.confirmNotDuplicate');
    const confirmed = buildPersonRequest({ ...personToForm(stored), confirmNotDuplicate: ['yes'] }, 4);
    expect(confirmed.ok && confirmed.data.confirmNotDuplicate).toBe(true);
  });

  it('lists every field in the order the form shows them', () => {
    expect(PERSON_FIELD_ORDER).toContain('accessibleFormats');
    expect(PERSON_FIELD_ORDER.indexOf('contactConsent')).toBeLessThan(PERSON_FIELD_ORDER.indexOf('ethnicCategory'));
  });
});
