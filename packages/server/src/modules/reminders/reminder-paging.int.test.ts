import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueIds, walkPages } from '../../../test/paging.ts';
import { createTestTenant, createTestUser, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

describe('reminders page', () => {
  let app: KithApp;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('walks 5 reminders (all made at one instant) in pages of 2, each once; the 201st is reachable', async () => {
    const database = app.kith.database;
    const tenant = await createTestTenant(database.db);
    const user = await createTestUser(database.db, [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    const seed = (n: number) =>
      database.queryRaw<{ id: string }>(
        `INSERT INTO reminders (user_id, kind, subject_id, message, link, created_at)
         SELECT $1, 'onward_referral_unacknowledged', gen_random_uuid(), 'Reminder ' || i, '/', '2026-04-01T08:00:00Z'
         FROM generate_series(1, $2::int) AS i RETURNING id`,
        [user.id, n],
      );
    const ids = (await seed(5)).map((row) => row.id);
    const { cookie } = await signIn(app, user);
    const get = (pageSize: number) => async (page: number) =>
      (await app.inject({ url: `/api/reminders?page=${page}&pageSize=${pageSize}`, headers: { cookie } })).json();

    const walked = await walkPages(get(2), 2);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());

    const more = (await seed(196)).map((row) => row.id);
    const all = await walkPages(get(200), 200);
    expect(all).toHaveLength(201);
    expect(uniqueIds(all).sort()).toEqual([...ids, ...more].sort());
  });
});
