import { describe, expect, it } from 'vitest';
import { buildEventIcs, escapeText, foldLine, formatUtc } from './event-ics.ts';

const base = {
  uid: 'community-event-1234@kith.example.org',
  sequence: 2,
  title: 'Safeguarding webinar',
  description: 'Bring your questions',
  startsAt: new Date('2026-06-03T09:00:00Z'),
  endsAt: new Date('2026-06-03T10:30:00Z'),
  location: 'Riverside Hall, Room 2',
  url: 'https://meet.example.org/abc',
  cancelled: false,
  generatedAt: new Date('2026-05-01T12:34:56.789Z'),
};

/** RFC 5545 §3.1: unfold by removing every CRLF followed by one space or tab. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** The value of a property (NAME:value) once unfolded. */
function property(lines: string[], name: string): string | undefined {
  return lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
}

/** The reverse of TEXT escaping, as a calendar reading the file would do. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('event .ics (RFC 5545)', () => {
  it('has the required calendar and event lines, in order, with UTC times and CRLF endings', () => {
    const ics = buildEventIcs(base);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(property(lines, 'PRODID')).toBeTruthy();
    expect(lines.indexOf('BEGIN:VEVENT')).toBeLessThan(lines.indexOf('END:VEVENT'));
    expect(property(lines, 'UID')).toBe('community-event-1234@kith.example.org');
    expect(property(lines, 'DTSTAMP')).toBe('20260501T123456Z');
    expect(property(lines, 'DTSTART')).toBe('20260603T090000Z');
    expect(property(lines, 'DTEND')).toBe('20260603T103000Z');
    expect(property(lines, 'SEQUENCE')).toBe('2');
    expect(property(lines, 'STATUS')).toBe('CONFIRMED');
    expect(property(lines, 'SUMMARY')).toBe('Safeguarding webinar');
    expect(property(lines, 'LOCATION')).toBe('Riverside Hall\\, Room 2');
    expect(property(lines, 'URL')).toBe('https://meet.example.org/abc');
  });

  it('escapes backslash, semicolon, comma and newlines in text, and the round trip gives the text back', () => {
    const description = 'Agenda; part 1, part 2\nBring C:\\notes\r\nand a pen';
    expect(escapeText(description)).toBe('Agenda\\; part 1\\, part 2\\nBring C:\\\\notes\\nand a pen');
    const lines = unfold(buildEventIcs({ ...base, title: 'A, B; C\\D', description }));
    expect(property(lines, 'SUMMARY')).toBe('A\\, B\\; C\\\\D');
    expect(unescapeText(property(lines, 'DESCRIPTION') ?? '')).toBe('Agenda; part 1, part 2\nBring C:\\notes\nand a pen');
  });

  it('drops control characters that TEXT may not hold, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const title = `Care planning — ${'“what matters to me” '.repeat(12)}`;
    const ics = buildEventIcs({ ...base, title, description: 'x'.repeat(300) });
    for (const physical of ics.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    const lines = unfold(ics);
    expect(property(lines, 'SUMMARY')).toBe(escapeText(title));
    expect(property(lines, 'DESCRIPTION')).toBe('x'.repeat(300));
    const folded = foldLine(`SUMMARY:${'é'.repeat(50)}`);
    expect(folded.split('\r\n').every((line, i) => i === 0 || line.startsWith(' '))).toBe(true);
  });

  it('marks a cancelled event and leaves out absent properties', () => {
    const lines = unfold(buildEventIcs({ ...base, cancelled: true, description: '', location: null, url: null }));
    expect(property(lines, 'STATUS')).toBe('CANCELLED');
    expect(property(lines, 'DESCRIPTION')).toBeUndefined();
    expect(property(lines, 'LOCATION')).toBeUndefined();
    expect(property(lines, 'URL')).toBeUndefined();
  });

  it('formats instants as UTC DATE-TIME', () => {
    expect(formatUtc(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
  });
});
