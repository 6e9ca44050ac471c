import { describe, expect, it } from 'vitest';
import { appointmentSummary, buildAppointmentFeed, type FeedAppointment, initials } from './appointment-ics.ts';

const base: FeedAppointment = {
  id: '11111111-2222-3333-4444-555555555555',
  referralId: '3f2a9c1b-0000-4000-8000-000000000000',
  givenName: 'jane',
  familyName: 'Smith',
  startsAt: new Date('2030-07-01T08:30:00Z'),
  durationMinutes: 45,
  mode: 'face_to_face',
  place: null,
  videoLink: null,
  status: 'booked',
  version: 3,
};
const generatedAt = new Date('2030-06-01T12:00:00Z');
const feedOf = (...items: FeedAppointment[]) => buildAppointmentFeed(items, { generatedAt, uidDomain: 'kith.example' });

/** Content lines: CRLF split, folded continuations joined (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  return text
    .slice(0, -2)
    .split('\r\n')
    .reduce<string[]>((lines, line) => {
      if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
      else lines.push(line);
      return lines;
    }, []);
}

describe('appointment calendar feed (RFC 5545)', () => {
  it('writes one VEVENT per appointment with UTC times, a stable UID, DTSTAMP and SEQUENCE = version', () => {
    const lines = unfold(feedOf(base));
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Kith//Appointments//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toContain('UID:appointment-11111111-2222-3333-4444-555555555555@kith.example');
    expect(lines).toContain('DTSTAMP:20300601T120000Z');
    expect(lines).toContain('DTSTART:20300701T083000Z');
    expect(lines).toContain('DTEND:20300701T091500Z');
    expect(lines).toContain('SEQUENCE:3');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('marks a cancelled appointment CANCELLED so subscribed calendars remove it', () => {
    expect(unfold(feedOf({ ...base, status: 'cancelled' }))).toContain('STATUS:CANCELLED');
  });

  it('names the person by initials and the short reference only', () => {
    expect(initials('jane', 'Smith')).toBe('J. S.');
    expect(initials('Émile', "  o'Brien")).toBe('É. O.');
    expect(appointmentSummary(base)).toBe('Appointment: J. S. (ref 3F2A9C1B)');
    expect(feedOf(base)).not.toMatch(/Smith|jane/);
  });

  it('ends every line with CRLF and never lets a physical line pass 75 octets, multi-byte characters whole', () => {
    const place = `Café Ünïcode ${'ü€'.repeat(60)} Hall`;
    const text = feedOf({ ...base, place, videoLink: `https://meet.example/${'a'.repeat(150)}` });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.slice(0, -2).split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(unfold(text)).toContain(`LOCATION:${place}`);
  });

  it('escapes TEXT values (backslash, semicolon, comma, line breaks) but leaves the URL a URI', () => {
    const lines = unfold(
      feedOf({ ...base, place: 'Room 2; Hall, back\\door\nUpstairs', videoLink: 'https://meet.example/a;b,c' }),
    );
    expect(lines).toContain('LOCATION:Room 2\\; Hall\\, back\\\\door\\nUpstairs');
    expect(lines).toContain('URL:https://meet.example/a;b,c');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      'DESCRIPTION:Contact face to face\\, 45 minutes.\\nVideo link: https://meet.example/a\\;b\\,c',
    );
  });

  it('is a valid empty calendar when there are no appointments', () => {
    expect(unfold(feedOf())).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Kith//Appointments//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Kith appointments',
      'END:VCALENDAR',
    ]);
  });
});
