import { describe, expect, it } from 'vitest';
import { isUkPhoneNumber, PersonInput, UpdatePersonRequest } from './person.ts';

describe('UK phone numbers', () => {
  it.each(['07700 900123', '0113 496 0000', '+44 7700 900123', '+44 (0)7700 900123', '(0113) 496-0000', '016977 3456'])(
    'accepts %s',
    (value) => expect(isUkPhoneNumber(value)).toBe(true),
  );

  it.each(['12345', '+1 555 123 4567', '0770090012345', '00447700900123', '07700 9OO123', '+44 0 0000 000000', '7700900123'])(
    'refuses %s',
    (value) => expect(isUkPhoneNumber(value)).toBe(false),
  );
});

describe('editing a person', () => {
  const base = { baseVersion: 1, givenName: 'Ada', familyName: 'Lovelace' };

  it('names the field for a bad phone number, email or postcode', () => {
    const result = UpdatePersonRequest.safeParse({ ...base, phone: '555', email: 'not-an-email', postcode: 'nowhere' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['phone', 'email', 'postcode']));
  });

  it('tidies the postcode and keeps contact preferences', () => {
    const parsed = PersonInput.parse({
      givenName: 'Ada',
      familyName: 'Lovelace',
      postcode: 'ls14ap',
      preferredContactTimes: '  weekday mornings ',
      contactConsent: true,
    });
    expect(parsed).toMatchObject({ postcode: 'LS1 4AP', preferredContactTimes: 'weekday mornings', contactConsent: true });
  });

  it('needs the version the edit was based on', () => {
    expect(UpdatePersonRequest.safeParse({ givenName: 'Ada', familyName: 'Lovelace' }).success).toBe(false);
  });
});
