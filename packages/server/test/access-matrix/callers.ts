import type { Role } from '@kith/shared';
import type { KithApp } from '../../src/app.ts';
import { createTestUser, type SignedIn, signInFresh } from '../tenant-test-data.ts';

/**
 * Who calls in the access matrix: every role in PCN A (where the records live) and in PCN B (the
 * same ICB, never entitled to PCN A's records), a few PCN A users whose relationship to a record
 * matters (the referrer who did not make the referral, the link worker who is not the supervisee,
 * the designated safeguarding lead), and anonymous.
 */
export type Pcn = 'A' | 'B';

export interface CallerSpec {
  key: string;
  /** The PCN the caller works in; null for anonymous. */
  pcn: Pcn | null;
  role: Role | null;
  /** Where the membership sits: the PCN itself, its practice, the VCSE serving it, or the ICB above both PCNs. */
  at: 'pcn' | 'practice' | 'vcse' | 'icb';
}

const ROLE_HOME: Record<Role, CallerSpec['at']> = {
  link_worker: 'pcn',
  supervisor: 'pcn',
  referrer: 'practice',
  vcse_provider: 'vcse',
  pcn_manager: 'pcn',
  commissioner: 'pcn',
  admin: 'pcn',
};

const role = (pcn: Pcn, r: Role, key = `${pcn}.${r}`): CallerSpec => ({ key, pcn, role: r, at: ROLE_HOME[r] });

/** Every role once per PCN (the seven of packages/shared/src/roles.ts). */
const EVERY_ROLE: Role[] = ['link_worker', 'supervisor', 'referrer', 'vcse_provider', 'pcn_manager', 'commissioner', 'admin'];

export const CALLERS: readonly CallerSpec[] = [
  ...EVERY_ROLE.map((r) => role('A', r)),
  // In PCN A but not a party to the seeded records.
  role('A', 'link_worker', 'A.link_worker_other'),
  role('A', 'referrer', 'A.referrer_other'),
  // A PCN manager named as PCN A's designated safeguarding lead.
  role('A', 'pcn_manager', 'A.safeguarding_lead'),
  // A link worker of PCN A who is also a community editor (sees event replies).
  role('A', 'link_worker', 'A.community_editor'),
  ...EVERY_ROLE.map((r) => role('B', r)),
  // The ICB-level accounts of a deployment: administrators and commissioners above both PCNs.
  // Neither has a role that reads person-level records, so they see no more than PCN B does.
  { key: 'ICB.admin', pcn: null, role: 'admin', at: 'icb' },
  { key: 'ICB.commissioner', pcn: null, role: 'commissioner', at: 'icb' },
  { key: 'anonymous', pcn: null, role: null, at: 'pcn' },
];

export interface Caller extends CallerSpec {
  userId: string | null;
  session: SignedIn | null;
}

export interface OrgsOfPcn {
  pcn: string;
  practice: string;
  vcse: string;
}

/** Creates and signs in every caller of {@link CALLERS}. */
export async function createCallers(app: KithApp, icb: string, orgs: Record<Pcn, OrgsOfPcn>): Promise<Map<string, Caller>> {
  const db = app.kith.database.db;
  // Together: sign-in checks a password hash, which runs off the main thread.
  const made = await Promise.all(
    CALLERS.map(async (spec): Promise<Caller> => {
      if (!spec.role) return { ...spec, userId: null, session: null };
      const organisationId = spec.at === 'icb' || !spec.pcn ? icb : orgs[spec.pcn][spec.at];
      const user = await createTestUser(db, [{ organisationId, role: spec.role }], { displayName: `Matrix ${spec.key}` });
      return { ...spec, userId: user.id, session: await signInFresh(app, user) };
    }),
  );
  const callers = new Map(made.map((caller) => [caller.key, caller]));
  return callers;
}
