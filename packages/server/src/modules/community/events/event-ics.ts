/**
 * A calendar file for one event (RFC 5545 iCalendar): one VCALENDAR with one VEVENT, times in
 * UTC (so no VTIMEZONE is needed and every calendar shows the right local time), CRLF line
 * endings, TEXT values escaped (§3.3.11) and lines folded at 75 octets (§3.1).
 * https://www.rfc-editor.org/rfc/rfc5545
 */
export interface IcsEvent {
  /** Globally unique and stable for the event, so a second download updates the first. */
  uid: string;
  /** Bumped when the event changes, so calendars replace their copy (§3.8.7.4). */
  sequence: number;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  url: string | null;
  cancelled: boolean;
  /** When the file was made (DTSTAMP). */
  generatedAt: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** The .ics text for one event. */
export function buildEventIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kith//Community events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(event.generatedAt)}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(event.endsAt)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // URL is a URI value, not TEXT: it is not escaped, but it must not break the line.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An instant as an RFC 5545 UTC DATE-TIME: 20260303T100000Z. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Escapes a TEXT value: backslash, semicolon and comma get a backslash; every line break
 * becomes `\n`; other control characters (not allowed in TEXT) are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((character) => !isForbiddenControl(character.charCodeAt(0)))
    .join('');
}

/** Control characters other than tab, which TEXT values may not contain (line breaks are escaped first). */
function isForbiddenControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8; continuation lines
 * start with one space (which counts towards their 75). A multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ` ${character}`;
      octets = 1 + size;
    } else {
      current += character;
      octets += size;
    }
  }
  physical.push(current);
  return physical.join(CRLF);
}
