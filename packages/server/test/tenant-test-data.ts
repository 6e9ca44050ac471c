import type { OrganisationKind, Role } from '@kith/shared';
import type { KithApp } from '../src/app.ts';
import type { Db } from '../src/db/client.ts';
import { insertOrganisation, replaceServedPcns } from '../src/modules/organisations/organisation-repository.ts';
import { hashPassword } from '../src/modules/session/password-hasher.ts';
import { insertUser, replaceMembershipsWithin } from '../src/modules/users/user-repository.ts';

/**
 * Test data: tenants, users and sign-in. Every test builds its own tenant (a fresh ICB tree), so tests never
 * depend on each other's rows and can share one database.
 */
export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | null = null;

function unique(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export async function createTestOrg(
  db: Db,
  options: { kind?: OrganisationKind; parentId?: string | null; name?: string; odsCode?: string | null } = {},
): Promise<string> {
  const kind = options.kind ?? 'icb';
  return insertOrganisation(db, {
    name: options.name ?? unique(`Test ${kind}`),
    kind,
    odsCode: options.odsCode ?? null,
    parentId: options.parentId ?? null,
  });
}

export interface TestTenant {
  icb: string;
  pcn: string;
  practice: string;
  vcse: string;
}

/** An ICB with one PCN, one practice and one VCSE organisation serving the PCN. */
export async function createTestTenant(db: Db): Promise<TestTenant> {
  const icb = await createTestOrg(db, { kind: 'icb' });
  const pcn = await createTestOrg(db, { kind: 'pcn', parentId: icb });
  const practice = await createTestOrg(db, { kind: 'gp_practice', parentId: pcn });
  const vcse = await createTestOrg(db, { kind: 'vcse', parentId: icb });
  await replaceServedPcns(db, vcse, [pcn]);
  return { icb, pcn, practice, vcse };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function createTestUser(
  db: Db,
  memberships: { organisationId: string; role: Role }[],
  options: { displayName?: string } = {},
): Promise<TestUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${unique('user')}@kith.test`;
  const id = await insertUser(db, { email, displayName: options.displayName ?? 'Test User', passwordHash: await cachedHash });
  await replaceMembershipsWithin(db, id, [], memberships);
  return { id, email, password: TEST_PASSWORD };
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  /** Headers for a cookie-authenticated write. */
  writeHeaders: Record<string, string>;
}

export async function signIn(
  app: KithApp,
  user: { email: string; password: string },
  options: { remoteAddress?: string } = {},
): Promise<SignedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'kith_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = response.json().csrfToken as string;
  const cookieHeader = `kith_session=${cookie.value}`;
  return { cookie: cookieHeader, csrfToken, writeHeaders: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
}

let addressCounter = 0;

/**
 * Signs in from a fresh address each time: sign-in is rate-limited per address (20 a minute),
 * and some suites (the community tests, the access matrix) sign in many users.
 */
export function signInFresh(app: KithApp, user: { email: string; password: string }): Promise<SignedIn> {
  addressCounter += 1;
  return signIn(app, user, {
    remoteAddress: `198.51.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`,
  });
}
