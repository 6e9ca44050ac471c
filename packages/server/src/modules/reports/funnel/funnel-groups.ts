import { ETHNIC_CATEGORIES, REFERRAL_SOURCE_LABELS, REFERRAL_SOURCES, SEX_LABELS, SEXES } from '@kith/shared';

/**
 * The groups the funnel is broken down by, their labels and their order. Keys are what the SQL
 * returns (funnel-repository.ts); a null key is "Not recorded", always shown last.
 */
export const NOT_RECORDED = 'Not recorded';

/** Age at referral, in whole years. `below` is exclusive; the last band is open-ended. */
export const AGE_BANDS = [
  { key: '0-17', label: '0–17', below: 18 },
  { key: '18-24', label: '18–24', below: 25 },
  { key: '25-34', label: '25–34', below: 35 },
  { key: '35-44', label: '35–44', below: 45 },
  { key: '45-54', label: '45–54', below: 55 },
  { key: '55-64', label: '55–64', below: 65 },
  { key: '65-74', label: '65–74', below: 75 },
  { key: '75-84', label: '75–84', below: 85 },
  { key: '85+', label: '85+', below: null },
] as const;

export const BREAKDOWNS = ['source', 'reason', 'practice', 'age_band', 'sex', 'ethnicity'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface BreakdownDefinition {
  tableId: string;
  title: string;
  groupLabel: string;
  description?: string;
}

export const BREAKDOWN_DEFINITIONS: Record<Breakdown, BreakdownDefinition> = {
  source: { tableId: 'by-source', title: 'By source of referral', groupLabel: 'Source' },
  reason: {
    tableId: 'by-reason',
    title: 'By reason for referral',
    groupLabel: 'Reason',
    description: 'A referral with several reasons is counted under each of them, so these rows add up to more than the total.',
  },
  practice: { tableId: 'by-practice', title: 'By GP practice', groupLabel: 'GP practice' },
  age_band: { tableId: 'by-age-band', title: 'By age at referral', groupLabel: 'Age band' },
  sex: { tableId: 'by-sex', title: 'By sex', groupLabel: 'Sex' },
  ethnicity: { tableId: 'by-ethnicity', title: 'By ethnic category', groupLabel: 'Ethnic category' },
};

/** A group as the SQL returned it, with the label the SQL could look up (practice, reason). */
export interface GroupKey {
  key: string | null;
  /** Practice name or reason label from the database. */
  label: string | null;
  /** Reason sort order from referral_reasons. */
  sortOrder: number | null;
}

/** Orders and labels the groups of one breakdown; "Not recorded" last. */
export function labelGroups<T extends GroupKey>(breakdown: Breakdown, groups: T[]): (T & { groupLabel: string })[] {
  const labelled = groups.map((group) => ({ ...group, groupLabel: groupLabel(breakdown, group) }));
  const rank = (group: T & { groupLabel: string }): [number, number, string] => {
    if (group.key === null) return [1, 0, ''];
    return [0, position(breakdown, group), group.groupLabel];
  };
  return labelled.sort((a, b) => {
    const [aMissing, aPosition, aLabel] = rank(a);
    const [bMissing, bPosition, bLabel] = rank(b);
    return aMissing - bMissing || aPosition - bPosition || aLabel.localeCompare(bLabel, 'en-GB');
  });
}

function groupLabel(breakdown: Breakdown, group: GroupKey): string {
  const { key } = group;
  if (key === null) return NOT_RECORDED;
  switch (breakdown) {
    case 'source':
      return REFERRAL_SOURCE_LABELS[key as keyof typeof REFERRAL_SOURCE_LABELS] ?? key;
    case 'sex':
      return SEX_LABELS[key as keyof typeof SEX_LABELS] ?? key;
    case 'ethnicity':
      return ETHNIC_CATEGORIES[key as keyof typeof ETHNIC_CATEGORIES] ?? key;
    case 'age_band':
      return AGE_BANDS.find((band) => band.key === key)?.label ?? key;
    case 'reason':
    case 'practice':
      // A reason code no longer in referral_reasons still shows, by its code.
      return group.label ?? key;
  }
}

/** Position within a coded list; names (practices) sort by label instead (position 0). */
function position(breakdown: Breakdown, group: GroupKey): number {
  const key = group.key ?? '';
  switch (breakdown) {
    case 'source':
      return REFERRAL_SOURCES.indexOf(key as (typeof REFERRAL_SOURCES)[number]);
    case 'sex':
      return SEXES.indexOf(key as (typeof SEXES)[number]);
    case 'ethnicity':
      return Object.keys(ETHNIC_CATEGORIES).indexOf(key);
    case 'age_band':
      return AGE_BANDS.findIndex((band) => band.key === key);
    case 'reason':
      return group.sortOrder ?? Number.MAX_SAFE_INTEGER;
    case 'practice':
      return 0;
  }
}
