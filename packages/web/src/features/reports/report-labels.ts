import { REPORT_IDS, type ReportId } from '@kith/shared';

/** What each report answers, for the reports index. */
export const REPORT_DESCRIPTIONS: Record<ReportId, string> = {
  outcomes:
    'Impact on the person (wellbeing change on ONS4, SWEMWBS and UCLA-3), on community groups (onward referrals, acceptance, time to start, services at capacity) and on the health and care system (GP consultations and A&E attendances before and after).',
  funnel:
    'Referred, contacted, engaged and discharged; time to first contact; not-reached and declined rates, by source, reason, practice, age band, sex and ethnicity.',
  'caseload-pressure':
    "Each link worker's active cases against capacity, weighted by complexity, the trend over time and who has been over the threshold.",
  'unmet-need':
    'Needs nothing could meet, by area and need; services with waiting lists; services whose funding ends within 90 days.',
  roi: 'A low, central and high estimate from the changes recorded and assumptions you can change, with the published caveat on the evidence.',
};

/** Whether a path segment names a report. */
export function isReportId(value: string | undefined): value is ReportId {
  return value !== undefined && (REPORT_IDS as readonly string[]).includes(value);
}
