import type { ReportBuilder } from '../report-types.ts';

/** Placeholder: being built (issue 5). */
export const outcomesReport: ReportBuilder = async () => ({ headlines: [], tables: [], notes: [] });
