import {
  DEFAULT_PRESSURE_SETTINGS,
  DEFAULT_ROI_ASSUMPTIONS,
  PressureSettings,
  type ReportSettings,
  RoiAssumptions,
} from '@kith/shared';
import type { ReportSettingsRow } from './report-settings-repository.ts';

/**
 * The saved settings row, or the published defaults when nobody has saved any (`updatedAt`
 * null). A row saved by an older version that lacks a newer field gets that field's default, so
 * the reports never break on an upgrade.
 */
export function toReportSettings(row: ReportSettingsRow | undefined): ReportSettings {
  if (!row) return { pressure: DEFAULT_PRESSURE_SETTINGS, roi: DEFAULT_ROI_ASSUMPTIONS, updatedAt: null };
  return {
    pressure: PressureSettings.catch(DEFAULT_PRESSURE_SETTINGS).parse({ ...DEFAULT_PRESSURE_SETTINGS, ...row.pressure }),
    roi: RoiAssumptions.catch(DEFAULT_ROI_ASSUMPTIONS).parse({ ...DEFAULT_ROI_ASSUMPTIONS, ...row.roi }),
    updatedAt: row.updatedAt.toISOString(),
  };
}
