import type { ImportReferralsReport } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { listReasons } from '../referrals/referral-reason-service.ts';
import { createReferral } from '../referrals/referral-service.ts';
import { parseReferralCsv } from './csv-referral-rows.ts';

/**
 * Imports referrals from CSV, all or nothing: every row is checked first (a dry run stops
 * there); if any row has a problem nothing is created and every problem is reported with its
 * row and column. Rows are then created in one transaction, reporting progress per row.
 */
export async function importReferrals(
  db: Db,
  ctx: RequestContext,
  input: { organisationId: string; csv: string; dryRun: boolean },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportReferralsReport> {
  const { requests, problems } = parseReferralCsv(input.csv, input.organisationId);
  const known = new Set((await listReasons(db, ctx)).map((r) => r.code));
  for (const { row, request } of requests) {
    for (const code of request.reasons) {
      if (!known.has(code)) problems.push({ row, column: 'reasons', message: `"${code}" is not a referral reason` });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  const badRows = new Set(problems.map((p) => p.row));
  const rows = new Set([...requests.map((r) => r.row), ...badRows]).size;
  const valid = requests.filter((r) => !badRows.has(r.row)).length;
  const report: ImportReferralsReport = { dryRun: input.dryRun, rows, valid, created: 0, problems };
  if (input.dryRun || problems.length > 0) return report;
  await db.transaction(async (tx) => {
    for (const [index, { row, request }] of requests.entries()) {
      try {
        await createReferral(tx, ctx, request, { bulkImport: true });
      } catch (error) {
        // Name the row for every refusal a row can cause (a bad field, or an NHS number whose
        // stored details do not match), keeping the code and `allowed` of the original.
        if (error instanceof AppError && (error.code === 'validation' || error.code === 'conflict')) {
          const issue = error.extra.issues?.[0];
          throw new AppError(error.code, `Row ${row}: ${issue?.message ?? error.message}. Nothing was imported.`, {
            ...error.extra,
            issues: [{ path: `row ${row}${issue ? `: ${issue.path}` : ''}`, message: issue?.message ?? error.message }],
          });
        }
        throw error;
      }
      onProgress(index + 1, requests.length);
    }
  });
  report.created = requests.length;
  return report;
}
