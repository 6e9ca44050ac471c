import { financialYearStartYear } from './financial-year.ts';
import type { AfcBand, PostRole } from './workforce-categories.ts';

/**
 * Reference data the funding rules read: ARRS maximum reimbursable amounts, Agenda for Change pay
 * points and employer on-cost rates, each by financial year and each with a "verified" flag
 * (domain reference, "Link worker workforce and funding": several published figures are
 * unverified, so they are data an administrator checks, not constants).
 */
export interface FundingReferenceData {
  caps: readonly { financialYear: string; role: PostRole; maximumAmount: number; verified: boolean }[];
  payPoints: readonly { financialYear: string; band: AfcBand; point: number; annualSalary: number; verified: boolean }[];
  onCostRates: readonly {
    financialYear: string;
    niRate: number;
    niAnnualThreshold: number;
    pensionRate: number;
    verified: boolean;
  }[];
}

/** Why a figure in a plan needs a second look. */
export type FundingWarningCode = 'carried_forward' | 'unverified' | 'missing' | 'cap_role_fallback';

/** A warning about the reference data behind a plan; never hidden, always shown with the figures. */
export interface FundingWarning {
  code: FundingWarningCode;
  /** The financial year the figure was needed for. */
  financialYear: string;
  /** What the figure is, e.g. "ARRS maximum for a social prescribing link worker". */
  subject: string;
  /** For carried-forward figures: the year the figure was taken from. */
  fromYear: string | null;
  /** Whether the figure used is marked verified (null when no figure was found). */
  verified: boolean | null;
  message: string;
}

/** A reference figure found for a year, possibly carried from an earlier one. */
export interface ReferenceLookup<T> {
  row: T;
  fromYear: string;
}

/**
 * The row for `year`, or failing that the latest earlier year's row. Later years are never used:
 * a figure is only carried forward, as the pay and cap tables are published year by year.
 */
export function lookUpReference<T extends { financialYear: string }>(
  rows: readonly T[],
  year: string,
): ReferenceLookup<T> | null {
  const target = financialYearStartYear(year);
  if (target === null) return null;
  let best: { row: T; start: number } | null = null;
  for (const row of rows) {
    const start = financialYearStartYear(row.financialYear);
    if (start === null || start > target) continue;
    if (!best || start > best.start) best = { row, start };
  }
  return best ? { row: best.row, fromYear: best.row.financialYear } : null;
}

/**
 * Collects warnings once each (keyed by message), so a carried-forward cap is reported once per
 * year however many posts use it.
 */
export class FundingWarnings {
  private readonly byMessage = new Map<string, FundingWarning>();

  add(warning: Omit<FundingWarning, 'message'> & { message?: string }): void {
    const message = warning.message ?? describeWarning(warning);
    if (!this.byMessage.has(message)) this.byMessage.set(message, { ...warning, message });
  }

  /** Warns about a looked-up figure that was carried forward or is unverified; says nothing when it is exact and verified. */
  noteLookup(subject: string, year: string, found: ReferenceLookup<{ verified: boolean }> | null): void {
    if (!found) {
      this.add({ code: 'missing', financialYear: year, subject, fromYear: null, verified: null });
      return;
    }
    if (found.fromYear !== year) {
      this.add({ code: 'carried_forward', financialYear: year, subject, fromYear: found.fromYear, verified: found.row.verified });
    } else if (!found.row.verified) {
      this.add({ code: 'unverified', financialYear: year, subject, fromYear: null, verified: false });
    }
  }

  list(): FundingWarning[] {
    return [...this.byMessage.values()];
  }
}

function describeWarning(warning: Omit<FundingWarning, 'message'>): string {
  const verified = warning.verified ? 'verified' : 'not verified';
  switch (warning.code) {
    case 'carried_forward':
      return `No ${warning.subject} is recorded for ${warning.financialYear}: the ${warning.fromYear} figure (${verified}) is carried forward.`;
    case 'unverified':
      return `Not verified: the ${warning.financialYear} ${warning.subject}. Check it against its source in the reference data.`;
    case 'missing':
      return `No ${warning.subject} is recorded for ${warning.financialYear} or any earlier year: it is counted as nothing.`;
    case 'cap_role_fallback':
      return `No ${warning.subject} is recorded: the social prescribing link worker maximum is used (ARRS reimburses link workers up to Band 5).`;
  }
}
