import type { ReportColumn, ReportColumnKind, ReportQuery, ReportTable } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';

/**
 * What a report builder is given: the data it may read, already resolved from the caller's scope
 * and the filters (report-scope.ts). Builders never look at the caller themselves.
 */
export interface ReportScope {
  /** PCNs whose records are included (after the PCN and practice filters); never empty. */
  pcnIds: string[];
  /** Only people registered with this practice (people.registered_practice_id). */
  practiceId: string | null;
  /** Only referrals assigned to this link worker (referrals.assigned_worker_id). */
  workerId: string | null;
  /** The period, inclusive ISO dates, and the same as timestamps [fromTs, toExclusive). */
  from: string;
  to: string;
  fromTs: Date;
  toExclusive: Date;
  now: Date;
  /**
   * True for commissioners: the builder must not return rows about one named worker, and the
   * service applies small-number suppression to everything it returns.
   */
  aggregateOnly: boolean;
}

/**
 * A headline figure. `numerator`/`denominator` (for a rate) and `sampleSize` (for a statistic)
 * are the raw counts suppression needs; they are never sent to the caller.
 */
export interface RawHeadline {
  label: string;
  value: number | string | null;
  kind: ReportColumnKind;
  unit?: ReportColumn['unit'];
  decimals?: number;
  numerator?: number;
  denominator?: number;
  sampleSize?: number;
}

/** A report before suppression: raw counts in every `count` column. */
export interface RawReport {
  headlines: RawHeadline[];
  tables: ReportTable[];
  notes: string[];
}

/** Builds one report. `query` carries report-specific options (the ROI assumptions). */
export type ReportBuilder = (db: DbOrTx, scope: ReportScope, query: ReportQuery) => Promise<RawReport>;
