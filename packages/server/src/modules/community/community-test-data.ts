import { expect } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signInFresh, type TestTenant } from '../../../test/tenant-test-data.ts';
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

export async function communityTestData(): Promise<CommunityTestData> {
  const app = await buildTestApp({ KITH_PUBLIC_URL: 'https://kith.example.org' });
  const db = app.kith.database.db;
  const tenant = await createTestTenant(db);
  const adminUser = await createTestUser(db, [{ organisationId: tenant.icb, role: 'admin' }]);
  const admin = { ...(await signInFresh(app, adminUser)), userId: adminUser.id };

  async function withRoles(roles: { isEditor: boolean; isModerator: boolean }, displayName: string): Promise<SignedInUser> {
    const user = await createTestUser(db, [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName });
    const made = await app.inject({
      method: 'PUT',
      url: `/api/community/members/${user.id}/roles`,
      headers: admin.writeHeaders,
      payload: roles,
    });
    expect(made.statusCode).toBe(200);
    return { ...(await signInFresh(app, user)), userId: user.id };
  }

  /** A self-registered member whose email is confirmed (registration itself is tested in community.int.test.ts). */
  async function newMember(displayName = 'Community Member'): Promise<SignedInUser> {
    const user = await createTestUser(db, [], { displayName });
    await insertProfile(db, { userId: user.id, emailVerifiedAt: new Date() });
    return { ...(await signInFresh(app, user)), userId: user.id };
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
