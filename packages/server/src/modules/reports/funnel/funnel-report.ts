import { percentage } from '@kith/shared';
import type { RawHeadline, ReportBuilder } from '../report-types.ts';
import { BREAKDOWNS } from './funnel-groups.ts';
import { type FunnelCounts, funnelGroups } from './funnel-repository.ts';
import { breakdownTable, days, endingsTable, firstContactTable, stagesTable } from './funnel-tables.ts';

const NONE: FunnelCounts = {
  referred: 0,
  contacted: 0,
  engaged: 0,
  discharged: 0,
  dischargedUnengaged: 0,
  notReached: 0,
  declined: 0,
  withdrawn: 0,
  medianDays: null,
  p90Days: null,
};

const NOTES = [
  'The funnel\'s stages nest, each within the one above: referred (every referral received in the period, except those closed in error) → contacted (at least one successful contact, or moved to contacted) → engaged (reached "active": support agreed after the first conversation) → discharged having engaged. A referral counts at every stage it reached, even if it later ended another way; every rate is out of all referred.',
  "How referrals ended, counted beside the funnel rather than as stages: discharged having engaged, discharged after contact without engaging (one conversation, then discharge), not reached, declined and withdrawn are the referral's status now; the rest are still open.",
  'Time to first contact: days from the referral being received to the first successful contact; failed attempts do not count. The median and 90th percentile are over the referrals contacted so far.',
  'Reasons: a referral with several reasons is counted under each of them, so the reason rows add up to more than the total.',
  'Age band: age on the day the referral was received. Sex and ethnic category (NHS Data Dictionary codes) are as recorded on the person\'s record; "Not recorded" means the field is blank.',
];

/** Referral funnel and equity: the stages, time to first contact, and every breakdown. */
export const funnelReport: ReportBuilder = async (db, scope) => {
  const groups = await funnelGroups(db, scope);
  const all = groups.find((g) => g.dimension === 'all') ?? NONE;
  return {
    headlines: headlines(all),
    tables: [stagesTable(all), endingsTable(all), firstContactTable(all), ...BREAKDOWNS.map((b) => breakdownTable(b, groups))],
    notes: NOTES,
  };
};

function headlines(all: FunnelCounts): RawHeadline[] {
  const share = (label: string, n: number): RawHeadline => ({
    label,
    value: percentage(n, all.referred),
    kind: 'rate',
    numerator: n,
    denominator: all.referred,
  });
  return [
    { label: 'Referrals received', value: all.referred, kind: 'count' },
    share('Contacted', all.contacted),
    share('Engaged', all.engaged),
    share('Discharged having engaged', all.discharged),
    share('Not reached', all.notReached),
    share('Declined', all.declined),
    { label: 'Median days to first contact', value: days(all.medianDays), kind: 'statistic', sampleSize: all.contacted },
  ];
}
