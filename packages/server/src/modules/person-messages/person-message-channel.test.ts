import { describe, expect, it } from 'vitest';
import { appointmentMessageValues } from './appointment-message-values.ts';
import { type ContactablePerson, decideChannel, ukMobileNumber } from './person-message-channel.ts';
import { toMessageStatus } from './person-message-status-job.ts';

const person = (overrides: Partial<ContactablePerson>): ContactablePerson => ({
  contactConsent: true,
  preferredContactMethod: 'text',
  phone: '07700 900123',
  email: 'ada@example.org',
  ...overrides,
});

describe('the channel a person is messaged by', () => {
  it('is a text to a UK mobile when they prefer texts, and email when they prefer email', () => {
    expect(decideChannel(person({}))).toEqual({ channel: 'sms', recipient: '07700900123', refusal: null });
    expect(decideChannel(person({ preferredContactMethod: 'email' }))).toEqual({
      channel: 'email',
      recipient: 'ada@example.org',
      refusal: null,
    });
  });

  it('is none without consent, whatever else is recorded', () => {
    expect(decideChannel(person({ contactConsent: false })).refusal).toMatch(/not agreed/);
  });

  it('is none when they prefer another way, or the preferred channel has no number or address', () => {
    expect(decideChannel(person({ preferredContactMethod: 'letter' })).refusal).toMatch(/by letter/);
    expect(decideChannel(person({ preferredContactMethod: null })).refusal).toMatch(/no preferred way/);
    expect(decideChannel(person({ phone: '0113 496 0000' })).refusal).toMatch(/no UK mobile/);
    expect(decideChannel(person({ preferredContactMethod: 'email', email: null })).refusal).toMatch(/no email address/);
  });

  it('reads UK mobile numbers in their usual forms', () => {
    for (const phone of ['07700900123', '07700 900 123', '+44 7700 900123', '0044 (7700) 900-123', '447700900123']) {
      expect(ukMobileNumber(phone)).toBe('07700900123');
    }
    for (const phone of ['0113 496 0000', '0770090012', '+33 6 12 34 56 78', '077009001234'])
      expect(ukMobileNumber(phone)).toBeNull();
  });
});

describe('appointment wording', () => {
  it('gives the UK local date and time, the mode and the place', () => {
    const values = appointmentMessageValues({
      startsAt: new Date('2026-07-06T13:30:00Z'),
      mode: 'video',
      place: null,
      videoLink: 'https://meet.example.org/abc',
      workerName: 'Wendy Worker',
    });
    expect(values).toEqual({
      worker: 'Wendy Worker',
      date: 'Monday 6 July 2026',
      time: '2:30pm',
      mode: 'a video call',
      place: 'https://meet.example.org/abc',
    });
    expect(
      appointmentMessageValues({
        ...{ startsAt: new Date('2026-12-07T09:05:00Z'), mode: 'phone', place: null, videoLink: null, workerName: 'W' },
      }),
    ).toMatchObject({ date: 'Monday 7 December 2026', time: '9:05am', place: 'we will phone you' });
  });
});

describe("Notify's statuses", () => {
  it('are kept as Notify names them, with pending as sending and sent (abroad) as delivered', () => {
    expect(toMessageStatus('delivered')).toBe('delivered');
    expect(toMessageStatus('temporary-failure')).toBe('temporary-failure');
    expect(toMessageStatus('pending')).toBe('sending');
    expect(toMessageStatus('sent')).toBe('delivered');
    expect(toMessageStatus('queued')).toBeNull();
    expect(toMessageStatus('accepted')).toBeNull();
  });
});
