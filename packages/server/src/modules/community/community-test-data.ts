import { expect } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { insertProfile } from './members/member-repository.ts';

/**
 * What the community integration tests share: an app, a tenant, an admin, an editor, a
 * moderator, and quick ways to make verified members and published posts. Not a test file.
 */
export interface CommunityTestData {
  app: KithApp;
  tenant: TestTenant;
  admin: SignedInUser;
  editor: SignedInUser;
  moderator: SignedInUser;
  newMember(displayName?: string): Promise<SignedInUser>;
  publishedPost(overrides?: Record<string, unknown>): Promise<string>;
}

export type SignedInUser = SignedIn & { userId: string };

let addressCounter = 0;

/**
 * Signs in from a fresh address each time: sign-in is rate-limited per IP address (20 a
 * minute), and these tests sign in many members.
 */
async function signIn(app: KithApp, user: { email: string; password: string }): Promise<SignedIn> {
  addressCounter += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    remoteAddress: `198.51.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`,
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'kith_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = response.json().csrfToken as string;
  const cookieHeader = `kith_session=${cookie.value}`;
  return { cookie: cookieHeader, csrfToken, writeHeaders: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
}

export async function communityTestData(): Promise<CommunityTestData> {
  const app = await buildTestApp({ KITH_PUBLIC_URL: 'https://kith.example.org' });
  const db = app.kith.database.db;
  const tenant = await createTestTenant(db);
  const adminUser = await createTestUser(db, [{ organisationId: tenant.icb, role: 'admin' }]);
  const admin = { ...(await signIn(app, adminUser)), userId: adminUser.id };

  async function withRoles(roles: { isEditor: boolean; isModerator: boolean }, displayName: string): Promise<SignedInUser> {
    const user = await createTestUser(db, [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName });
    const made = await app.inject({
      method: 'PUT',
      url: `/api/community/members/${user.id}/roles`,
      headers: admin.writeHeaders,
      payload: roles,
    });
    expect(made.statusCode).toBe(200);
    return { ...(await signIn(app, user)), userId: user.id };
  }

  /** A self-registered member whose email is confirmed (registration itself is tested in community.int.test.ts). */
  async function newMember(displayName = 'Community Member'): Promise<SignedInUser> {
    const user = await createTestUser(db, [], { displayName });
    await insertProfile(db, { userId: user.id, emailVerifiedAt: new Date() });
    return { ...(await signIn(app, user)), userId: user.id };
  }

  const editor = await withRoles({ isEditor: true, isModerator: false }, 'Edie Editor');
  const moderator = await withRoles({ isEditor: false, isModerator: true }, 'Mo Moderator');

  async function publishedPost(overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await app.inject({
      method: 'POST',
      url: '/api/community/posts',
      headers: editor.writeHeaders,
      payload: { kind: 'blog', title: 'Welcome calls that work', bodyMarkdown: 'Some practice', ...overrides },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const published = await app.inject({
      method: 'POST',
      url: `/api/community/posts/${id}/publish`,
      headers: editor.writeHeaders,
    });
    expect(published.statusCode).toBe(200);
    return id;
  }

  return { app, tenant, admin, editor, moderator, newMember, publishedPost };
}
