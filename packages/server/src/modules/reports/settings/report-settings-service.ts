import type { ReportSettings, UpdateReportSettingsRequest } from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { forbidden } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { findReportSettings, SETTINGS_ID, saveReportSettings } from './report-settings-repository.ts';
import { toReportSettings } from './report-settings-view.ts';

/** The saved report settings, or the published defaults when nobody has saved any. */
export async function getReportSettings(db: DbOrTx): Promise<ReportSettings> {
  return toReportSettings(await findReportSettings(db));
}

/** Anyone who may read reports or configure them may read the settings the reports use. */
export async function readReportSettings(db: Db, ctx: RequestContext): Promise<ReportSettings> {
  const actor = requireActor(ctx);
  const canRead =
    grantingMemberships(actor, 'reports:view').length > 0 || grantingMemberships(actor, 'reports:configure').length > 0;
  if (!canRead) throw forbidden();
  return getReportSettings(db);
}

/** Saves the settings (admins), audited in the same transaction with the names of what changed. */
export async function updateReportSettings(
  db: Db,
  ctx: RequestContext,
  input: UpdateReportSettingsRequest,
): Promise<ReportSettings> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'reports:configure');
  const before = await getReportSettings(db);
  const now = new Date();
  await db.transaction(async (tx) => {
    await saveReportSettings(tx, { pressure: input.pressure, roi: input.roi, updatedBy: actor.userId, updatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'report_settings',
      recordId: SETTINGS_ID,
      via: scope.via,
      detail: {
        changed: [...changedKeys('pressure', before.pressure, input.pressure), ...changedKeys('roi', before.roi, input.roi)],
      },
    });
  });
  return getReportSettings(db);
}

function changedKeys<T extends object>(prefix: string, before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T & string)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => `${prefix}.${key}`);
}
