import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueIds, walkPages } from '../../../test/paging.ts';
import { createTestTenant, createTestUser, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

describe('the safeguarding inbox pages', () => {
  let app: KithApp;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  /** A lead notified about `n` concerns at one instant, in bulk SQL; returns the concern ids. */
  async function leadWithConcerns(n: number) {
    const database = app.kith.database;
    const tenant = await createTestTenant(database.db);
    const lead = await createTestUser(database.db, [{ organisationId: tenant.pcn, role: 'supervisor' }]);
    const rows = await database.queryRaw<{ id: string }>(
      `WITH person AS (
         INSERT INTO people (organisation_id, given_name, family_name) VALUES ($1, 'Inbox', 'Person') RETURNING id
       ), concern AS (
         INSERT INTO safeguarding_concerns (organisation_id, person_id, category, description, immediate_risk)
         SELECT $1, person.id, 'neglect', 'Concern ' || i, false FROM person, generate_series(1, $3::int) AS i
         RETURNING id
       )
       INSERT INTO safeguarding_notifications (concern_id, user_id, created_at)
       SELECT concern.id, $2, '2026-05-01T09:00:00Z' FROM concern RETURNING concern_id AS id`,
      [tenant.pcn, lead.id, n],
    );
    return { lead: await signIn(app, lead), ids: rows.map((row) => row.id) };
  }

  const inbox = (cookie: string, pageSize: number) => async (page: number) =>
    (await app.inject({ url: `/api/safeguarding/inbox?page=${page}&pageSize=${pageSize}`, headers: { cookie } })).json();

  it('walking pages of 2 over 5 concerns returns each once; unread counts the whole inbox', async () => {
    const { lead, ids } = await leadWithConcerns(5);
    expect(await inbox(lead.cookie, 2)(1)).toMatchObject({ total: 5, unread: 5 });
    const walked = await walkPages(inbox(lead.cookie, 2), 2);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());
  });

  it('the 501st concern is reachable (the inbox used to stop at 500)', async () => {
    const { lead, ids } = await leadWithConcerns(501);
    const walked = await walkPages(inbox(lead.cookie, 200), 200);
    expect(walked).toHaveLength(501);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());
  });
});
