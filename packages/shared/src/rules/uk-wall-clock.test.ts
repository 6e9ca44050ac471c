import { describe, expect, it } from 'vitest';
import { readUkDateTime, ukInstant, ukOffsetMs } from './uk-wall-clock.ts';

describe('UK wall-clock times', () => {
  it('reads an ordinary time as GMT in winter and BST in summer', () => {
    expect(ukInstant('2027-01-13T10:00')).toEqual({ ok: true, instant: new Date('2027-01-13T10:00:00Z') });
    expect(ukInstant('2027-06-03T10:00')).toEqual({ ok: true, instant: new Date('2027-06-03T09:00:00Z') });
    expect(ukOffsetMs(new Date('2027-07-01T12:00:00Z'))).toBe(3_600_000);
    expect(ukOffsetMs(new Date('2027-12-01T12:00:00Z'))).toBe(0);
  });

  it('takes a time with its own offset as it is', () => {
    expect(ukInstant('2027-03-28T01:30+00:00')).toEqual({ ok: true, instant: new Date('2027-03-28T01:30:00Z') });
    expect(ukInstant('2027-06-03T10:00:00Z')).toEqual({ ok: true, instant: new Date('2027-06-03T10:00:00Z') });
  });

  it('refuses the hour the clocks skip in March', () => {
    expect(readUkDateTime('2027-03-28T01:30').kind).toBe('skipped');
    expect(readUkDateTime('2027-03-28T01:00').kind).toBe('skipped');
    const result = ukInstant('2027-03-28T01:30');
    expect(result).toMatchObject({ ok: false, problem: 'skipped' });
    expect(!result.ok && result.message).toContain('01:30 on Sunday 28 March 2027 does not exist');
    // Either side of the gap is fine.
    expect(ukInstant('2027-03-28T00:59')).toEqual({ ok: true, instant: new Date('2027-03-28T00:59:00Z') });
    expect(ukInstant('2027-03-28T02:00')).toEqual({ ok: true, instant: new Date('2027-03-28T01:00:00Z') });
  });

  it('asks which of the two readings of the repeated hour in October is meant', () => {
    const read = readUkDateTime('2027-10-31T01:30');
    expect(read).toEqual({
      kind: 'repeated',
      first: { instant: new Date('2027-10-31T00:30:00Z'), offset: '+01:00' },
      second: { instant: new Date('2027-10-31T01:30:00Z'), offset: '+00:00' },
    });
    const missing = ukInstant('2027-10-31T01:30');
    expect(missing).toMatchObject({ ok: false, problem: 'needs_offset' });
    expect(!missing.ok && missing.message).toMatch(/happens twice.*\+01:00.*first.*\+00:00.*second/);
    expect(ukInstant('2027-10-31T01:30', '+01:00')).toEqual({ ok: true, instant: new Date('2027-10-31T00:30:00Z') });
    expect(ukInstant('2027-10-31T01:30', '+00:00')).toEqual({ ok: true, instant: new Date('2027-10-31T01:30:00Z') });
    expect(readUkDateTime('2027-10-31T00:59').kind).toBe('unique');
    expect(readUkDateTime('2027-10-31T02:00').kind).toBe('unique');
  });

  it('keeps durations real across the change: 00:30 to 02:30 on the October night is 3 hours', () => {
    const start = ukInstant('2027-10-31T00:30');
    const end = ukInstant('2027-10-31T02:30');
    expect(start.ok && end.ok && (end.instant.getTime() - start.instant.getTime()) / 3_600_000).toBe(3);
  });

  it('refuses an offset that does not match an unrepeated time, and unreal dates', () => {
    expect(ukInstant('2027-06-03T10:00', '+00:00')).toMatchObject({ ok: false, problem: 'wrong_offset' });
    expect(ukInstant('2027-06-03T10:00', '+01:00').ok).toBe(true);
    expect(readUkDateTime('2027-02-30T10:00').kind).toBe('invalid');
    expect(readUkDateTime('2027-03-03T25:00').kind).toBe('invalid');
    expect(readUkDateTime('3 March 2027 10am').kind).toBe('invalid');
  });
});
