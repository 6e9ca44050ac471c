import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueIds, walkPages } from '../../../test/paging.ts';
import { createTestTenant, createTestUser, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

describe('supervision sessions page', () => {
  let app: KithApp;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  /** A supervisor and a worker with `n` sessions held on the same day, inserted in bulk. */
  async function sessions(n: number) {
    const database = app.kith.database;
    const tenant = await createTestTenant(database.db);
    const supervisorUser = await createTestUser(database.db, [{ organisationId: tenant.pcn, role: 'supervisor' }]);
    const worker = await createTestUser(database.db, [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    const rows = await database.queryRaw<{ id: string }>(
      `INSERT INTO supervision_sessions (pcn_id, type, held_on, supervisor_user_id, supervisee_user_id, created_by, created_at)
       SELECT $1, 'clinical_gp', '2026-03-02', $2, $3, $2, '2026-03-02T10:00:00Z' FROM generate_series(1, $4::int)
       RETURNING id`,
      [tenant.pcn, supervisorUser.id, worker.id, n],
    );
    return { supervisor: await signIn(app, supervisorUser), ids: rows.map((row) => row.id) };
  }

  const pageOf = (cookie: string, pageSize: number) => async (page: number) =>
    (await app.inject({ url: `/api/supervision/sessions?page=${page}&pageSize=${pageSize}`, headers: { cookie } })).json();

  it('walking pages of 2 over 5 sessions returns each exactly once, with the total', async () => {
    const { supervisor, ids } = await sessions(5);
    const walked = await walkPages(pageOf(supervisor.cookie, 2), 2);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());
  });

  it('the 501st session is reachable (the list used to stop at 500)', async () => {
    const { supervisor, ids } = await sessions(501);
    const last = await pageOf(supervisor.cookie, 100)(6);
    expect(last).toMatchObject({ total: 501, page: 6 });
    expect(last.items).toHaveLength(1);
    const walked = await walkPages(pageOf(supervisor.cookie, 200), 200);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());
  });
});
