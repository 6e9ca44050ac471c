import { describe, expect, it } from 'vitest';
import { DateOfBirth } from '../schemas/person.ts';
import { ageOn, dateOfBirthProblem, ukToday } from './uk-date.ts';

describe('UK dates and dates of birth', () => {
  it('takes today from the UK calendar, not UTC', () => {
    // 23:30 UTC on 1 July is 00:30 on 2 July in BST.
    expect(ukToday(new Date('2027-07-01T23:30:00Z'))).toBe('2027-07-02');
    expect(ukToday(new Date('2027-12-01T23:30:00Z'))).toBe('2027-12-01');
  });

  it('counts whole years', () => {
    expect(ageOn('2000-03-15', '2027-03-14')).toBe(26);
    expect(ageOn('2000-03-15', '2027-03-15')).toBe(27);
    expect(ageOn('2000-02-29', '2027-02-28')).toBe(26);
    expect(ageOn('2000-02-29', '2027-03-01')).toBe(27);
  });

  it('refuses dates of birth in the future or more than 120 years ago', () => {
    const now = new Date('2027-07-01T23:30:00Z'); // 2 July in the UK
    expect(dateOfBirthProblem('2027-07-02', now)).toBeNull();
    expect(dateOfBirthProblem('2027-07-03', now)).toMatch(/today or in the past/);
    expect(dateOfBirthProblem('2999-01-01', now)).toMatch(/today or in the past/);
    expect(dateOfBirthProblem('1907-07-02', now)).toBeNull(); // 120 today
    expect(dateOfBirthProblem('1906-07-03', now)).toBeNull(); // 120, 121 tomorrow
    expect(dateOfBirthProblem('1906-07-02', now)).toMatch(/less than 121 years/); // 121 today
    expect(dateOfBirthProblem('1800-01-01', now)).toMatch(/less than 121 years/);
  });

  it('works out today when each value is checked', () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(DateOfBirth.safeParse(tomorrow).success).toBe(false);
    expect(DateOfBirth.safeParse('1980-05-01').success).toBe(true);
  });
});
