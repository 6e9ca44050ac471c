import type { FormIssue } from '../api/form-issues.ts';

/**
 * The day, month and year boxes of an NHS date input, as typed. Kept as text so a half-typed
 * date is never lost or silently "corrected".
 * https://service-manual.nhs.uk/design-system/components/date-input
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

/** What the boxes hold: nothing, a real calendar date (as `YYYY-MM-DD`), or something else. */
export type DateReading = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; message: string };

/** Splits `YYYY-MM-DD` into boxes; anything else gives empty boxes. */
export function datePartsFromIso(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return EMPTY_DATE_PARTS;
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

const WHOLE_NUMBER = /^\d{1,4}$/;

/** Reads the boxes as a calendar date, refusing dates that do not exist (31 February). */
export function readDateParts(parts: DateParts, label: string): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: 'empty' };

  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter((part): part is string => Boolean(part));
  if (missing.length > 0) return { kind: 'invalid', message: `${capitalise(label)} must include a ${missing.join(' and ')}` };
  if (![day, month, year].every((part) => WHOLE_NUMBER.test(part)) || year.length !== 4) {
    return { kind: 'invalid', message: `${capitalise(label)} must be a real date` };
  }

  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { kind: 'invalid', message: `${capitalise(label)} must be a real date` };
  }
  return { kind: 'date', iso: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * The problem with one date field's boxes, as the form shows it: none when they hold a date or,
 * for an optional date, nothing. `whenEmpty` makes the date required with that message.
 */
export function dateIssue(reading: DateReading, path: string, whenEmpty?: string): FormIssue[] {
  if (reading.kind === 'invalid') return [{ path, message: reading.message }];
  if (reading.kind === 'empty' && whenEmpty) return [{ path, message: whenEmpty }];
  return [];
}

/**
 * A form's issues when it has date boxes: the boxes' own problems first, then the schema's issues
 * for every other field. Boxes that cannot be read go to the schema as no date, so its complaint
 * about that field would only repeat, less clearly, what the boxes' message already says.
 */
export function withDateIssues(
  dateIssues: readonly FormIssue[],
  checked: { ok: true } | { ok: false; issues: readonly FormIssue[] },
): FormIssue[] {
  const datePaths = new Set(dateIssues.map((issue) => issue.path));
  const schemaIssues = checked.ok ? [] : checked.issues.filter((issue) => !datePaths.has(issue.path));
  return [...dateIssues, ...schemaIssues];
}

/** Today's date in the user's own time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
