import type { ReportBuilder } from '../report-types.ts';

/** Placeholder: being built (issue 5). */
export const caseloadPressureReport: ReportBuilder = async () => ({ headlines: [], tables: [], notes: [] });
