import type { Role } from '@kith/shared';
import type { SyntheticPreset } from './synthetic-presets.ts';
import type { SyntheticSeed } from './synthetic-random.ts';
import {
  AREA_SUFFIXES,
  FAMILY_NAMES,
  FEMALE_NAMES,
  MALE_NAMES,
  PLACES,
  PRACTICE_KINDS,
  PRACTICE_STREETS,
  PROVIDER_KINDS,
} from './synthetic-vocabulary.ts';

/**
 * The organisations and staff of a synthetic data set, planned in TypeScript (they are few) before
 * anything is written: the ICB (or the one it goes into), its PCNs and practices, VCSE
 * organisations, and in each PCN a manager, supervisors and link workers with their posts.
 * How many people and referrals each PCN holds is decided here too, so the SQL works PCN by PCN.
 */

export interface PlannedOrganisation {
  id: string;
  name: string;
  odsCode: string | null;
}

export interface PlannedUser {
  id: string;
  email: string;
  displayName: string;
  role: Extract<Role, 'commissioner' | 'pcn_manager' | 'supervisor' | 'link_worker'>;
  /** Whole-time equivalent of the user's post (case holders only). */
  wte: number;
  /** How much of the PCN's new work comes to this user, relative to colleagues. */
  share: number;
}

export interface PlannedPcn extends PlannedOrganisation {
  index: number;
  town: string;
  practices: PlannedOrganisation[];
  manager: PlannedUser;
  supervisors: PlannedUser[];
  linkWorkers: PlannedUser[];
  /** Worker ids repeated by their share of new referrals: a uniform pick from it is a weighted pick. */
  workerSlots: string[];
  areas: string[];
  /** People and referrals of this PCN: global sequence numbers [first, first + count). */
  people: { first: number; count: number };
  referrals: { first: number; count: number };
}

export interface SyntheticStructure {
  icb: PlannedOrganisation & { existing: boolean };
  commissioner: PlannedUser | null;
  pcns: PlannedPcn[];
  vcse: PlannedOrganisation[];
  emailDomain: string;
}

/** Where each preset's invented place names start in PLACES (ICB first, then its PCNs). */
const PLACE_OFFSETS = { icb: 0, pcn: 31, demo: 33 } as const;

/** The ODS-like code prefix of a preset: the unassigned "Y9" range the demo data uses, then S for synthetic. */
export function odsPrefix(preset: SyntheticPreset): string {
  return `Y9S${preset.codeLetter}`;
}

/** The first PCN's ODS code: its presence means the preset is already in the database. */
export function firstPcnOdsCode(preset: SyntheticPreset): string {
  return `${odsPrefix(preset)}P01`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A user to plan, before their id, name and full email address are derived from `label`. */
type UserToPlan = Pick<PlannedUser, 'email' | 'role' | 'wte' | 'share'> & { label: string };

export function planStructure(
  preset: SyntheticPreset,
  seed: SyntheticSeed,
  intoIcb: { id: string; name: string } | null,
): SyntheticStructure {
  const prefix = odsPrefix(preset);
  const domain = `${preset.name}.synthetic.kith.example`;
  const offset = PLACE_OFFSETS[preset.name];
  const place = (n: number) => PLACES[(offset + n) % PLACES.length] as string;

  const person = (label: string) => {
    const female = seed.fractionOf(`${label}:sex`) < 0.7;
    return `${seed.pickOf(`${label}:given`, female ? FEMALE_NAMES : MALE_NAMES)} ${seed.pickOf(`${label}:family`, FAMILY_NAMES)}`;
  };
  /** `label` seeds the user's id and name; `email` is the part before the data set's domain. */
  const user = ({ label, email, role, wte, share }: UserToPlan): PlannedUser => ({
    id: seed.uuidOf(`user:${label}`),
    email: `${email}@${domain}`,
    displayName: person(label),
    role,
    wte,
    share,
  });

  const icb = intoIcb
    ? { id: intoIcb.id, name: intoIcb.name, odsCode: null, existing: true }
    : {
        id: seed.uuidOf('icb'),
        name: `NHS ${place(0)} Integrated Care Board (synthetic)`,
        odsCode: prefix,
        existing: false,
      };

  // PCNs differ in size: list sizes (and so referrals) vary from about 0.6 to 1.4 times the average.
  const weights = Array.from({ length: preset.pcns }, (_, i) => 0.6 + 0.8 * seed.fractionOf(`pcn-size:${i + 1}`));
  const people = apportion(preset.people, weights);
  const referrals = apportion(preset.referrals, weights);

  let practiceNumber = 0;
  let personFirst = 1;
  let referralFirst = 1;
  const pcns: PlannedPcn[] = weights.map((_, i) => {
    const n = i + 1;
    const town = place(n);
    const code = `${prefix}P${two(n)}`;
    const practices = Array.from({ length: preset.practicesPerPcn }, () => {
      practiceNumber += 1;
      const label = `practice:${practiceNumber}`;
      return {
        id: seed.uuidOf(label),
        name: `${seed.pickOf(`${label}:street`, PRACTICE_STREETS)} ${seed.pickOf(`${label}:kind`, PRACTICE_KINDS)}, ${town} (synthetic)`,
        odsCode: `${prefix}G${String(practiceNumber).padStart(3, '0')}`,
      };
    });
    const wteOf = (label: string) => [0.6, 0.7, 0.8, 0.8, 0.9, 1, 1][Math.floor(seed.fractionOf(`${label}:wte`) * 7)] as number;
    const linkWorkers = Array.from({ length: preset.linkWorkersPerPcn }, (_, w) => {
      const label = `pcn:${n}:worker:${w + 1}`;
      const wte = wteOf(label);
      // Some workers take on more than their hours allow, some less: so some are over capacity.
      const share = wte * (0.6 + 0.9 * seed.fractionOf(`${label}:share`));
      return user({ label, email: `worker.p${two(n)}.${w + 1}`, role: 'link_worker', wte, share });
    });
    // Senior link workers supervise and keep a small caseload of their own.
    const supervisors = Array.from({ length: preset.supervisorsPerPcn }, (_, s) =>
      user({
        label: `pcn:${n}:supervisor:${s + 1}`,
        email: `supervisor.p${two(n)}${s === 0 ? '' : `.${s + 1}`}`,
        role: 'supervisor',
        wte: 1,
        share: 0.25,
      }),
    );
    const workerSlots = [...linkWorkers, ...supervisors].flatMap((w) =>
      Array.from({ length: Math.max(1, Math.round(w.share * 20)) }, () => w.id),
    );
    const pcn: PlannedPcn = {
      index: n,
      id: seed.uuidOf(`pcn:${n}`),
      name: `${town} Primary Care Network (synthetic)`,
      odsCode: code,
      town,
      practices,
      manager: user({ label: `pcn:${n}:manager`, email: `manager.p${two(n)}`, role: 'pcn_manager', wte: 1, share: 0 }),
      supervisors,
      linkWorkers,
      workerSlots,
      areas: AREA_SUFFIXES.map((suffix) => `${town} ${suffix}`),
      people: { first: personFirst, count: people[i] as number },
      referrals: { first: referralFirst, count: referrals[i] as number },
    };
    personFirst += pcn.people.count;
    referralFirst += pcn.referrals.count;
    return pcn;
  });

  const vcse = Array.from({ length: preset.kithVcseOrganisations }, (_, v) => ({
    id: seed.uuidOf(`vcse:${v + 1}`),
    name: vcseName(seed, v + 1),
    odsCode: null,
  }));

  return {
    icb,
    commissioner: intoIcb ? null : user({ label: 'commissioner', email: 'commissioner', role: 'commissioner', wte: 1, share: 0 }),
    pcns,
    vcse,
    emailDomain: domain,
  };
}

/** The name of directory provider `n` (the first few are also VCSE organisations in Kith). */
export function vcseName(seed: SyntheticSeed, n: number): string {
  return `${seed.pickOf(`provider:${n}:place`, PLACES)} ${seed.pickOf(`provider:${n}:kind`, PROVIDER_KINDS)} (synthetic)`;
}

/** Splits `total` in proportion to `weights`, in whole numbers that add up to `total`. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % shares.length, left--) shares[i] = (shares[i] as number) + 1;
  return shares;
}

/** Every case holder (link workers and supervisors) of the data set. */
export function caseHolders(structure: SyntheticStructure): PlannedUser[] {
  return structure.pcns.flatMap((pcn) => [...pcn.linkWorkers, ...pcn.supervisors]);
}
