import { describe, expect, it } from 'vitest';
import { buildContactRequest, EMPTY_CONTACT } from './contact-values.ts';

/** The referral was received on 1 June 2026; "now" is 10 June. */
const context = { receivedAt: '2026-06-01T08:30:00.000Z', now: new Date('2026-06-10T12:00:00Z') };

describe('logging a contact', () => {
  it('records a failed phone attempt with no duration', () => {
    const result = buildContactRequest({ ...EMPTY_CONTACT, mode: 'phone', successful: 'no' }, context);
    expect(result).toEqual({ ok: true, data: { mode: 'phone', successful: false, durationMinutes: null } });
  });

  it('records a conversation with its length and notes', () => {
    const result = buildContactRequest(
      { ...EMPTY_CONTACT, mode: 'phone', successful: 'yes', durationMinutes: ' 25 ', notes: ' Talked about the allotment ' },
      context,
    );
    expect(result).toEqual({
      ok: true,
      data: { mode: 'phone', successful: true, durationMinutes: 25, notes: 'Talked about the allotment' },
    });
  });

  it('asks how, whether they spoke, and for whole minutes, in form order', () => {
    const result = buildContactRequest({ ...EMPTY_CONTACT, durationMinutes: 'half an hour' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'mode', message: 'Choose how you made contact' },
      { path: 'successful', message: 'Say whether you spoke to them' },
      { path: 'durationMinutes', message: 'Enter the time in whole minutes, like 20' },
    ]);
  });

  it('refuses a duration longer than the schema allows', () => {
    const result = buildContactRequest({ ...EMPTY_CONTACT, mode: 'video', successful: 'yes', durationMinutes: '900' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: 'durationMinutes', message: 'Duration must be 600 minutes (10 hours) or less' }]);
  });

  it('keeps the time a contact logged later happened, in UK time', () => {
    const when = { date: { day: '4', month: '6', year: '2026' }, time: '15:45' };
    const result = buildContactRequest({ ...EMPTY_CONTACT, mode: 'home_visit', successful: 'yes', when }, context);
    expect(result).toEqual({
      ok: true,
      data: { mode: 'home_visit', successful: true, occurredAt: '2026-06-04T14:45:00.000Z', durationMinutes: null },
    });
  });

  it('refuses a time before the referral was received, beside the date', () => {
    const when = { date: { day: '31', month: '5', year: '2026' }, time: '10:00' };
    const result = buildContactRequest({ ...EMPTY_CONTACT, mode: 'phone', successful: 'no', when }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'occurredAt', message: 'The contact cannot be before the referral was received (1 June 2026 at 09:30)' },
    ]);
  });
});
