import type { ReportSettings, UpdateReportSettingsRequest } from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { reportSettings } from '../../../db/schema/index.ts';
import { forbidden } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { toReportSettings } from './report-settings-view.ts';

/** The one settings row (see db/schema/reports.ts). */
const SETTINGS_ID = 'default';

/** The saved report settings, or the published defaults when nobody has saved any. */
export async function getReportSettings(db: DbOrTx): Promise<ReportSettings> {
  const [row] = await db.select().from(reportSettings).where(eq(reportSettings.id, SETTINGS_ID)).limit(1);
  return toReportSettings(row);
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
    await tx
      .insert(reportSettings)
      .values({ id: SETTINGS_ID, pressure: input.pressure, roi: input.roi, updatedBy: actor.userId, updatedAt: now })
      .onConflictDoUpdate({
        target: reportSettings.id,
        set: { pressure: input.pressure, roi: input.roi, updatedBy: actor.userId, updatedAt: now },
      });
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
