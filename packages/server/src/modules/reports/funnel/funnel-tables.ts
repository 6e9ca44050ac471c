import { percentage, type ReportCell, type ReportColumn, type ReportTable, roundTo } from '@kith/shared';
import { BREAKDOWN_DEFINITIONS, type Breakdown, labelGroups } from './funnel-groups.ts';
import type { FunnelCounts, FunnelGroup } from './funnel-repository.ts';

/** Days are shown to 1 decimal place. */
export const days = (value: number | null): number | null => (value === null ? null : roundTo(value, 1));

const EMPTY = 'No referrals were received in this period.';

const SHARE_COLUMNS: ReportColumn[] = [
  { key: 'referrals', label: 'Referrals', kind: 'count' },
  { key: 'referred', label: 'Out of (referred)', kind: 'count' },
  { key: 'rate', label: 'Share of referred', kind: 'rate', numerator: 'referrals', denominator: 'referred' },
];

/**
 * The stages, each against everyone referred. They nest (each is within the one above), so the
 * bars only ever get shorter; a referral counts at every stage it reached.
 */
export function stagesTable(all: FunnelCounts): ReportTable {
  const stages: [string, number][] = [
    ['Referred', all.referred],
    ['Contacted', all.contacted],
    ['Engaged', all.engaged],
    ['Discharged having engaged', all.discharged],
  ];
  return {
    id: 'stages',
    title: 'Referral funnel',
    description:
      'Each stage is within the one above it: contacted referrals were referred, engaged ones were contacted, and so on. Each is a share of everyone referred in the period.',
    columns: [{ key: 'stage', label: 'Stage', kind: 'text' }, ...SHARE_COLUMNS],
    rows:
      all.referred === 0
        ? []
        : stages.map(([stage, n]) => ({ stage, referrals: n, referred: all.referred, rate: percentage(n, all.referred) })),
    chart: { type: 'bar', x: 'stage', series: ['referrals'] },
    emptyMessage: EMPTY,
  };
}

/** How the referrals ended so far, beside the funnel: these are endings, not stages, and do not nest. */
export function endingsTable(all: FunnelCounts): ReportTable {
  const open = all.referred - all.discharged - all.dischargedUnengaged - all.notReached - all.declined - all.withdrawn;
  const endings: [string, number][] = [
    ['Discharged having engaged', all.discharged],
    ['Discharged after contact, without engaging', all.dischargedUnengaged],
    ['Not reached', all.notReached],
    ['Declined', all.declined],
    ['Withdrawn', all.withdrawn],
    ['Still open', open],
  ];
  return {
    id: 'endings',
    title: 'How referrals ended',
    description: 'Each referral once, by its status now, as a share of everyone referred in the period.',
    columns: [{ key: 'ending', label: 'Ending', kind: 'text' }, ...SHARE_COLUMNS],
    rows:
      all.referred === 0
        ? []
        : endings.map(([ending, n]) => ({ ending, referrals: n, referred: all.referred, rate: percentage(n, all.referred) })),
    chart: { type: 'bar', x: 'ending', series: ['referrals'] },
    emptyMessage: EMPTY,
  };
}

/** Time to first contact, in one row (the breakdowns repeat it per group). */
export function firstContactTable(all: FunnelCounts): ReportTable {
  return {
    id: 'first-contact',
    title: 'Time to first contact',
    description: 'Days from the referral being received to the first successful contact, for referrals contacted so far.',
    columns: [
      { key: 'group', label: 'Referrals', kind: 'text' },
      { key: 'contacted', label: 'Contacted', kind: 'count' },
      { key: 'medianDays', label: 'Median', kind: 'statistic', sampleSize: 'contacted', decimals: 1, unit: 'days' },
      { key: 'p90Days', label: '90th percentile', kind: 'statistic', sampleSize: 'contacted', decimals: 1, unit: 'days' },
    ],
    rows:
      all.contacted === 0
        ? []
        : [
            {
              group: 'All referred in the period',
              contacted: all.contacted,
              medianDays: days(all.medianDays),
              p90Days: days(all.p90Days),
            },
          ],
    emptyMessage: 'No one referred in this period has been contacted yet.',
  };
}

const rate = (key: string, label: string, numerator: string): ReportColumn => ({
  key,
  label,
  kind: 'rate',
  numerator,
  denominator: 'referred',
});

function breakdownColumns(groupLabel: string): ReportColumn[] {
  return [
    { key: 'group', label: groupLabel, kind: 'text' },
    { key: 'referred', label: 'Referred', kind: 'count' },
    { key: 'contacted', label: 'Contacted', kind: 'count' },
    rate('contactedRate', 'Contacted (%)', 'contacted'),
    { key: 'engaged', label: 'Engaged', kind: 'count' },
    rate('engagedRate', 'Engaged (%)', 'engaged'),
    { key: 'discharged', label: 'Discharged having engaged', kind: 'count' },
    rate('dischargedRate', 'Discharged having engaged (%)', 'discharged'),
    { key: 'notReached', label: 'Not reached', kind: 'count' },
    rate('notReachedRate', 'Not reached (%)', 'notReached'),
    { key: 'declined', label: 'Declined', kind: 'count' },
    rate('declinedRate', 'Declined (%)', 'declined'),
    {
      key: 'medianDays',
      label: 'Median days to first contact',
      kind: 'statistic',
      sampleSize: 'contacted',
      decimals: 1,
      unit: 'days',
    },
    {
      key: 'p90Days',
      label: '90th percentile days to first contact',
      kind: 'statistic',
      sampleSize: 'contacted',
      decimals: 1,
      unit: 'days',
    },
  ];
}

function breakdownRow(group: string, c: FunnelCounts): Record<string, ReportCell> {
  return {
    group,
    referred: c.referred,
    contacted: c.contacted,
    contactedRate: percentage(c.contacted, c.referred),
    engaged: c.engaged,
    engagedRate: percentage(c.engaged, c.referred),
    discharged: c.discharged,
    dischargedRate: percentage(c.discharged, c.referred),
    notReached: c.notReached,
    notReachedRate: percentage(c.notReached, c.referred),
    declined: c.declined,
    declinedRate: percentage(c.declined, c.referred),
    medianDays: days(c.medianDays),
    p90Days: days(c.p90Days),
  };
}

/** One breakdown (source, reason, practice, age band, sex, ethnicity) as a table with a chart of its rates. */
export function breakdownTable(breakdown: Breakdown, groups: FunnelGroup[]): ReportTable {
  const definition = BREAKDOWN_DEFINITIONS[breakdown];
  const rows = labelGroups(
    breakdown,
    groups.filter((g) => g.dimension === breakdown),
  ).map((g) => breakdownRow(g.groupLabel, g));
  return {
    id: definition.tableId,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    columns: breakdownColumns(definition.groupLabel),
    rows,
    chart: { type: 'bar', x: 'group', series: ['contactedRate', 'engagedRate', 'dischargedRate'] },
    emptyMessage: EMPTY,
  };
}
