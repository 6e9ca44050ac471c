import { z } from 'zod';

/** `POST /api/referrals/import`: a CSV of referrals for one PCN; checked only unless `dryRun` is false. */
export const ImportReferralsRequest = z.object({
  organisationId: z.uuid({ message: 'Choose the primary care network' }),
  csv: z.string().min(1, { message: 'Choose a CSV file' }),
  dryRun: z.boolean().default(true),
});
export type ImportReferralsRequest = z.input<typeof ImportReferralsRequest>;

/** One problem in the file: spreadsheet row number (header is row 1) and CSV column. */
export const ImportProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportReferralsReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  problems: z.array(ImportProblem),
});
export type ImportReferralsReport = z.infer<typeof ImportReferralsReport>;
