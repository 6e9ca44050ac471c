import type { ReportBuilder } from '../report-types.ts';

/** Placeholder: being built (issue 5). */
export const unmetNeedReport: ReportBuilder = async () => ({ headlines: [], tables: [], notes: [] });
