import { percentage } from '@kith/shared';
import type { RawHeadline, ReportBuilder } from '../report-types.ts';
import { type OnwardFigures, onwardFigures } from './onward-repository.ts';
import { onwardByProviderTable, onwardByServiceTable, partnerCapacityTable, servicesAtCapacityTable } from './onward-tables.ts';
import { healthcareUseFigures, wellbeingFigures } from './outcomes-repository.ts';
import { healthcareUseTable, mean, wellbeingTable } from './outcomes-tables.ts';

/** Most rows a list of services or organisations shows; an ICB has tens of thousands of services. */
export const TOP_ROWS = 200;

const NOTES = [
  'People: everyone referred in the period, except referrals closed in error. Wellbeing: for each referral and measure, the first baseline is compared with the latest review or discharge measure recorded after it; people without both are left out. The 95% interval is mean change ± 1.96 × standard deviation ÷ √n. "Improved" means a change in the better direction: up for life satisfaction, worthwhile, happiness and SWEMWBS, down for anxiety and UCLA-3 loneliness.',
  'Onward referrals: those sent in the period. Accepted means the provider accepted it at any point, even if it later ended; the acceptance rate is out of those answered (accepted or not accepted), so referrals still awaiting a reply are left out. Days to start run from sending to the provider marking it started. Capacity is as the directory shows it now.',
  'Healthcare use: GP consultations and A&E attendances in the six months before and the six months after the referral, entered from the GP record. "Not recorded" means no figure was entered for that person and period: they are left out of the means and never counted as zero. Completeness is the share of everyone referred with both figures recorded, and includes people whose six months after have not yet passed.',
];

/** Common outcomes framework: impact on the person, on community groups and on the health and care system. */
export const outcomesReport: ReportBuilder = async (db, scope) => {
  // One after another: the report runs in one transaction, on one connection, which takes one
  // query at a time (running them "in parallel" only queues them, and pg warns about it).
  const wellbeing = await wellbeingFigures(db, scope);
  const healthcare = await healthcareUseFigures(db, scope);
  const onward = await onwardFigures(db, scope, TOP_ROWS);
  const onwardAll = onward.groups.find((g) => g.level === 'all') ?? { sent: 0, accepted: 0, rejected: 0 };
  const gp = healthcare.get('gp');
  const ae = healthcare.get('ae');
  const swemwbs = wellbeing.byMeasure.get('swemwbs');

  const headlines: RawHeadline[] = [
    { label: 'People with wellbeing measured before and after', value: wellbeing.peopleWithPairs, kind: 'count' },
    {
      label: 'Mean change in SWEMWBS score',
      value: mean(swemwbs?.meanChange ?? null),
      kind: 'statistic',
      sampleSize: swemwbs?.n ?? 0,
    },
    { label: 'Onward referrals sent', value: onwardAll.sent, kind: 'count' },
    {
      label: 'Onward referrals accepted (of those answered)',
      value: percentage(onwardAll.accepted, onwardAll.accepted + onwardAll.rejected),
      kind: 'rate',
      numerator: onwardAll.accepted,
      denominator: onwardAll.accepted + onwardAll.rejected,
    },
    // Services are directory facts, not people: a whole number, never suppressed.
    { label: 'Partner services at capacity now', value: onward.servicesAtCapacityTotal, kind: 'number', decimals: 0 },
    {
      label: 'GP consultations recorded before and after (completeness)',
      value: percentage(gp?.n ?? 0, gp?.cohort ?? 0),
      kind: 'rate',
      numerator: gp?.n ?? 0,
      denominator: gp?.cohort ?? 0,
    },
    {
      label: 'Mean change in GP consultations per person',
      value: mean(gp?.meanChange ?? null),
      kind: 'statistic',
      sampleSize: gp?.n ?? 0,
    },
    {
      label: 'Mean change in A&E attendances per person',
      value: mean(ae?.meanChange ?? null),
      kind: 'statistic',
      sampleSize: ae?.n ?? 0,
    },
  ];

  return {
    headlines,
    tables: [
      wellbeingTable(wellbeing),
      onwardByServiceTable(onward.groups),
      onwardByProviderTable(onward.groups),
      servicesAtCapacityTable(onward.servicesAtCapacity),
      partnerCapacityTable(onward.partners),
      healthcareUseTable(healthcare, gp?.cohort ?? 0),
    ],
    notes: [...NOTES, ...truncationNotes(onward)],
  };
};

/** Says when a long list was cut to the top TOP_ROWS, and out of how many. */
function truncationNotes(onward: OnwardFigures): string[] {
  const notes: string[] = [];
  const services = onward.groups.find((g) => g.level === 'service')?.groups ?? 0;
  const providers = onward.groups.find((g) => g.level === 'provider')?.groups ?? 0;
  const cut = (what: string, total: number, by: string) => {
    if (total > TOP_ROWS) notes.push(`${what}: the ${TOP_ROWS} with the most ${by} are shown, of ${total}.`);
  };
  cut('Onward referrals by service', services, 'onward referrals');
  cut('Onward referrals by organisation', providers, 'onward referrals');
  cut('Services at capacity', onward.servicesAtCapacityTotal, 'onward referrals');
  cut('VCSE partners', onward.partnerTotal, 'onward referrals received');
  return notes;
}
