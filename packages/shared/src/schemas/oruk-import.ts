import { z } from 'zod';

/**
 * `POST /api/directory/import`: importing an Open Referral UK 3.0 feed. The request is either
 * `{ url }` (a feed's base URL, paged through) or the feed file itself as the raw body; the
 * answer is NDJSON progress lines and then the report. A dry run unless `commit=true`.
 */

/** `{ url }` body: the base URL of an ORUK 3.0 API (Kith reads `{url}/services?page=N`). */
export const OrukImportRequest = z.object({
  url: z
    .url({ protocol: /^https?$/, message: 'Enter the feed’s web address, starting https://' })
    .max(2000, { message: 'The web address must be 2,000 characters or fewer' }),
});
export type OrukImportRequest = z.infer<typeof OrukImportRequest>;

/** `?commit=true` writes; anything else is a dry run that only checks and counts. */
export const OrukImportQuery = z.object({
  commit: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type OrukImportQuery = z.infer<typeof OrukImportQuery>;

/** One record the import could not take: its 0-based position in the feed, its id if known, and the field. */
export const OrukImportError = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  path: z.string(),
  message: z.string(),
});
export type OrukImportError = z.infer<typeof OrukImportError>;

/**
 * Something the import left out of a record it otherwise took, e.g. a location with a latitude
 * out of range: `id` is the service's, `path` names the field (`service_at_locations.0.location.latitude`)
 * and the message names the record left out.
 */
export const OrukImportWarning = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  path: z.string(),
  message: z.string(),
});
export type OrukImportWarning = z.infer<typeof OrukImportWarning>;

/** Counts so far: services read, created, updated and rejected. `total` when the feed says how many. */
export const OrukImportProgress = z.object({
  processed: z.number().int(),
  total: z.number().int().optional(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.number().int(),
  /** Records taken with something left out (see `OrukImportWarning`). */
  warnings: z.number().int(),
});
export type OrukImportProgress = z.infer<typeof OrukImportProgress>;

/** At most this many per-record errors are listed in a report; `errorCount` has them all. */
export const ORUK_IMPORT_MAX_LISTED_ERRORS = 1000;

export const OrukImportReport = z.object({
  /** False for a dry run: nothing was written. */
  committed: z.boolean(),
  processed: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Services already exactly as the feed has them. */
  unchanged: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(OrukImportError),
  warningCount: z.number().int(),
  /** At most `ORUK_IMPORT_MAX_LISTED_ERRORS` of them; `warningCount` has them all. */
  warnings: z.array(OrukImportWarning),
});
export type OrukImportReport = z.infer<typeof OrukImportReport>;

/** The NDJSON lines of a streamed import: progress per batch, then the report or an error. */
export type OrukImportStreamLine =
  | ({ type: 'progress' } & OrukImportProgress)
  | { type: 'report'; report: OrukImportReport }
  | { type: 'error'; error: string; message: string; issues?: { path: string; message: string }[] };
