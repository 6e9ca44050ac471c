import { AppError } from '../errors.ts';

/**
 * What a database error may safely say about itself: the SQLSTATE and the names of the schema
 * objects involved. Never the message, `detail` or query parameters — those carry the values
 * (a surname, a safeguarding description) that must not reach a log or a response.
 */
export interface DatabaseErrorInfo {
  /** SQLSTATE, e.g. `23505`. */
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Identifiers as Kith names them; anything else (a quoted name with odd characters) is left out. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$.]{0,127}$/;
const MAX_CAUSE_DEPTH = 8;

function identifier(value: unknown): string | undefined {
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined;
}

/**
 * The driver's error behind `error`, however it was wrapped: Drizzle wraps pg's and PGlite's
 * errors in a `DrizzleQueryError` (whose message holds the SQL and the parameters) with the
 * driver error as `cause`. Both drivers put the SQLSTATE in `code`.
 */
export function databaseErrorOf(error: unknown): DatabaseErrorInfo | null {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current !== null && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && SQLSTATE.test(candidate.code)) {
      const info: DatabaseErrorInfo = { code: candidate.code };
      const constraint = identifier(candidate.constraint);
      const table = identifier(candidate.table);
      const column = identifier(candidate.column);
      if (constraint) info.constraint = constraint;
      if (table) info.table = table;
      if (column) info.column = column;
      return info;
    }
    current = candidate.cause;
  }
  return null;
}

/** `referral_reason_codes_organisation_id_code_key` on `referral_reason_codes` → "organisation id code". */
function constraintWords(info: DatabaseErrorInfo): string {
  let name = info.constraint ?? '';
  if (info.table && name.startsWith(`${info.table}_`)) name = name.slice(info.table.length + 1);
  name = name.replace(/_(pkey|key|unique|uniq|idx|excl)$/, '').replace(/^(pkey|key)$/, '');
  return name.replaceAll('_', ' ').trim();
}

/** `referral_reasons` → "referral reason" (near enough for a message). */
function tableWords(info: DatabaseErrorInfo): string {
  return info.table ? info.table.replace(/s$/, '').replaceAll('_', ' ') : 'record';
}

/** Data the database could not store: the client's input, so a 400 (naming the column when known). */
const DATA_EXCEPTION_MESSAGES: Record<string, string> = {
  '22001': 'This value is too long',
  '22003': 'This number is out of range',
  '22007': 'This is not a valid date or time',
  '22008': 'This date or time is out of range',
  '22021': 'This text contains characters that cannot be stored',
  '22P02': 'This value is not in the expected format',
  '22P05': 'This text contains characters that cannot be stored',
  '54000': 'This value is too long to store',
};

/**
 * Translates the database errors a client can provoke into Kith's vocabulary, in one place:
 * two identical writes racing on a unique key (or an exclusion constraint, a serialization
 * failure or a deadlock) are a 409 `conflict` for the loser, not a 500; a reference to a row
 * that is gone or still in use is a 409; data the database cannot store is a 400. `null` for
 * anything else, which stays a 500.
 */
export function translateDatabaseError(info: DatabaseErrorInfo): AppError | null {
  const conflictWith = (message: string) => new AppError('conflict', message, { allowed: [] });
  switch (info.code) {
    case '23505': {
      const words = constraintWords(info);
      return conflictWith(
        words
          ? `This already exists: another ${tableWords(info)} entry has the same ${words}. Reload and try again.`
          : `This ${tableWords(info)} entry already exists. Reload and try again.`,
      );
    }
    case '23P01':
      return conflictWith(`This overlaps an existing ${tableWords(info)} entry. Reload and try again.`);
    case '40001':
    case '40P01':
      return conflictWith('Someone else changed this at the same moment. Try again.');
    case '23503':
      return conflictWith('This refers to a record that no longer exists, or removes one still in use. Reload and try again.');
    case '23514':
      return new AppError('validation', 'Check the highlighted fields', {
        issues: [{ path: info.column ?? 'body', message: `This breaks the rule ${constraintWords(info) || 'for this value'}` }],
      });
  }
  const dataMessage = DATA_EXCEPTION_MESSAGES[info.code] ?? (info.code.startsWith('22') ? 'This value is not valid' : null);
  if (dataMessage) {
    return new AppError('validation', 'Check the highlighted fields', {
      issues: [{ path: info.column ?? 'body', message: dataMessage }],
    });
  }
  return null;
}
