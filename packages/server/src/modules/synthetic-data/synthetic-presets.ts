/**
 * The synthetic data sets `kith generate` writes. `icb` is the Integrated Care Board scale
 * (the reports benchmark runs on it); `pcn` is one Primary Care Network at about a thirtieth of it;
 * `demo` is small enough to load with the demo data at start-up and still give every report
 * something to show.
 */
export const PRESET_NAMES = ['icb', 'pcn', 'demo'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface SyntheticPreset {
  name: PresetName;
  /** One letter in the preset's ODS codes (`Y9S<letter>…`), so presets never collide. */
  codeLetter: string;
  pcns: number;
  practicesPerPcn: number;
  linkWorkersPerPcn: number;
  /** Supervisors (senior link workers) per PCN; they carry a small caseload of their own. */
  supervisorsPerPcn: number;
  people: number;
  referrals: number;
  /** Directory services; their organisations are a tenth as many. */
  services: number;
  /** VCSE organisations in Kith's organisation tree, linked to the largest directory providers. */
  kithVcseOrganisations: number;
  /**
   * The first of the preset's block of synthetic NHS numbers (999 + six digits, the range the NHS
   * keeps for testing), so two presets in one database never share a number.
   */
  nhsNumberBlock: number;
}

export const PRESETS: Record<PresetName, SyntheticPreset> = {
  icb: {
    name: 'icb',
    codeLetter: 'I',
    pcns: 30,
    practicesPerPcn: 5,
    linkWorkersPerPcn: 5,
    supervisorsPerPcn: 1,
    people: 300_000,
    referrals: 400_000,
    services: 50_000,
    kithVcseOrganisations: 10,
    nhsNumberBlock: 0,
  },
  pcn: {
    name: 'pcn',
    codeLetter: 'P',
    pcns: 1,
    practicesPerPcn: 5,
    linkWorkersPerPcn: 5,
    supervisorsPerPcn: 1,
    people: 10_000,
    referrals: 13_334,
    services: 1_667,
    kithVcseOrganisations: 2,
    nhsNumberBlock: 400_000,
  },
  demo: {
    name: 'demo',
    codeLetter: 'D',
    pcns: 2,
    practicesPerPcn: 3,
    linkWorkersPerPcn: 2,
    supervisorsPerPcn: 1,
    people: 1_500,
    referrals: 2_000,
    services: 200,
    kithVcseOrganisations: 2,
    nhsNumberBlock: 420_000,
  },
};

/** The volumes `scale` (0 < scale ≤ 1) keeps: the organisations and staff stay as they are. */
export function scaledPreset(preset: SyntheticPreset, scale: number): SyntheticPreset {
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`scale must be above 0 and at most 1 (got ${scale})`);
  const of = (value: number, minimum: number) => Math.max(minimum, Math.round(value * scale));
  const people = of(preset.people, preset.pcns * 10);
  return {
    ...preset,
    people,
    referrals: Math.max(people, of(preset.referrals, preset.pcns * 10)),
    services: of(preset.services, 20),
  };
}
