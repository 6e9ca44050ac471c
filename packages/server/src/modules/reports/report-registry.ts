import type { ReportId } from '@kith/shared';
import { funnelReport } from './funnel/funnel-report.ts';
import { outcomesReport } from './outcomes/outcomes-report.ts';
import { caseloadPressureReport } from './pressure/caseload-pressure-report.ts';
import type { ReportBuilder } from './report-types.ts';
import { roiReport } from './roi/roi-report.ts';
import { unmetNeedReport } from './unmet-need/unmet-need-report.ts';

/** Every report Kith has: one builder per id, each in its own folder. */
export const REPORT_BUILDERS: Record<ReportId, ReportBuilder> = {
  outcomes: outcomesReport,
  funnel: funnelReport,
  'caseload-pressure': caseloadPressureReport,
  'unmet-need': unmetNeedReport,
  roi: roiReport,
};
