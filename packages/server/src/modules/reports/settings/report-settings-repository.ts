import type { PressureSettings, RoiAssumptions } from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { reportSettings } from '../../../db/schema/index.ts';

/** The one settings row (see db/schema/reports.ts). */
export const SETTINGS_ID = 'default';

export type ReportSettingsRow = typeof reportSettings.$inferSelect;

/** The saved settings row, or undefined when nobody has saved any. */
export async function findReportSettings(db: DbOrTx): Promise<ReportSettingsRow | undefined> {
  const [row] = await db.select().from(reportSettings).where(eq(reportSettings.id, SETTINGS_ID)).limit(1);
  return row;
}

export interface SavedReportSettings {
  pressure: PressureSettings;
  roi: RoiAssumptions;
  updatedBy: string;
  updatedAt: Date;
}

/** Writes the settings row, creating it the first time. */
export async function saveReportSettings(db: DbOrTx, settings: SavedReportSettings): Promise<void> {
  await db
    .insert(reportSettings)
    .values({ id: SETTINGS_ID, ...settings })
    .onConflictDoUpdate({ target: reportSettings.id, set: settings });
}
