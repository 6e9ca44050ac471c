import { describe, expect, it } from 'vitest';
import { describeSchedule, joinWords, type ScheduleWords } from './opening-times.ts';

const weekly = (byday: ScheduleWords['byday'], extra: Partial<ScheduleWords> = {}): ScheduleWords => ({
  freq: 'WEEKLY',
  interval: 1,
  byday,
  opensAt: '10:00',
  closesAt: '12:00',
  ...extra,
});

describe('opening times in words', () => {
  it('lists separate days in week order, whatever order they were chosen in', () => {
    expect(describeSchedule(weekly(['WE', 'MO']))).toBe('Mondays and Wednesdays, 10:00 to 12:00');
    expect(describeSchedule(weekly(['FR', 'TU', 'MO']))).toBe('Mondays, Tuesdays and Fridays, 10:00 to 12:00');
  });

  it('reads three or more days in a row as a range, and all seven as every day', () => {
    expect(describeSchedule(weekly(['MO', 'TU', 'WE', 'TH', 'FR'], { opensAt: '09:00', closesAt: '17:00' }))).toBe(
      'Monday to Friday, 09:00 to 17:00',
    );
    expect(describeSchedule(weekly(['MO', 'TU', 'WE', 'SA']))).toBe('Monday to Wednesday and Saturdays, 10:00 to 12:00');
    expect(describeSchedule(weekly(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']))).toBe('Every day, 10:00 to 12:00');
  });

  it('says fortnightly, every few weeks and monthly patterns plainly', () => {
    expect(describeSchedule(weekly(['TU'], { interval: 2 }))).toBe('Every other Tuesday, 10:00 to 12:00');
    expect(describeSchedule(weekly(['TU', 'TH'], { interval: 3 }))).toBe(
      'Every 3 weeks on Tuesdays and Thursdays, 10:00 to 12:00',
    );
    expect(describeSchedule(weekly(['SA'], { freq: 'MONTHLY' }))).toBe('Once a month, on a Saturday, 10:00 to 12:00');
  });

  it('adds the note and the dates the pattern runs between', () => {
    expect(
      describeSchedule(weekly(['TH'], { description: 'term time only', validFrom: '2026-04-13', validTo: '2026-07-17' })),
    ).toBe('Thursdays, 10:00 to 12:00 (term time only), from 13 April 2026 until 17 July 2026');
    expect(describeSchedule(weekly(['TH'], { validTo: '2026-07-17' }))).toBe('Thursdays, 10:00 to 12:00, until 17 July 2026');
  });

  it('joins words with commas and a final "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
