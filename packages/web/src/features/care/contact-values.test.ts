import { describe, expect, it } from 'vitest';
import { buildContactRequest, EMPTY_CONTACT } from './contact-values.ts';

describe('logging a contact', () => {
  it('records a failed phone attempt with no duration', () => {
    const result = buildContactRequest({ ...EMPTY_CONTACT, mode: 'phone', successful: 'no' });
    expect(result).toEqual({ ok: true, data: { mode: 'phone', successful: false, durationMinutes: null } });
  });

  it('records a conversation with its length and notes', () => {
    const result = buildContactRequest({
      mode: 'phone',
      successful: 'yes',
      durationMinutes: ' 25 ',
      notes: ' Talked about the allotment ',
    });
    expect(result).toEqual({
      ok: true,
      data: { mode: 'phone', successful: true, durationMinutes: 25, notes: 'Talked about the allotment' },
    });
  });

  it('asks how, whether they spoke, and for whole minutes, in form order', () => {
    const result = buildContactRequest({ ...EMPTY_CONTACT, durationMinutes: 'half an hour' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'mode', message: 'Choose how you made contact' },
      { path: 'successful', message: 'Say whether you spoke to them' },
      { path: 'durationMinutes', message: 'Enter the time in whole minutes, like 20' },
    ]);
  });

  it('refuses a duration longer than the schema allows', () => {
    const result = buildContactRequest({ mode: 'video', successful: 'yes', durationMinutes: '900', notes: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: 'durationMinutes', message: 'Duration must be 600 minutes (10 hours) or less' }]);
  });
});
