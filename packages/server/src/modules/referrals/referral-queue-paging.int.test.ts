import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueIds, walkPages } from '../../../test/paging.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

describe('the referral queue pages', () => {
  let app: KithApp;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  /** A PCN with `n` referrals all created at the same instant (so only the id orders them), in bulk SQL. */
  async function pcnWithReferrals(
    n: number,
    urgency = 'routine',
  ): Promise<{ tenant: TestTenant; supervisor: SignedIn; ids: string[] }> {
    const db = app.kith.database;
    const tenant = await createTestTenant(db.db);
    const supervisor = await signIn(app, await createTestUser(db.db, [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    const rows = await db.queryRaw<{ id: string }>(
      `WITH person AS (
         INSERT INTO people (organisation_id, given_name, family_name)
         SELECT $1, 'Paged', 'Person ' || i FROM generate_series(1, $2::int) AS i RETURNING id
       )
       INSERT INTO referrals (organisation_id, person_id, source, reasons, urgency, consent_to_referral,
                              consent_to_data_sharing, created_at)
       SELECT $1, person.id, 'gp_practice', ARRAY['loneliness'], $3::urgency, true, true, '2026-01-05T09:00:00Z' FROM person
       RETURNING id`,
      [tenant.pcn, n, urgency],
    );
    return { tenant, supervisor, ids: rows.map((row) => row.id) };
  }

  const queuePage = (who: SignedIn, query: string) => async (page: number) => {
    const response = await app.inject({ url: `/api/referrals?${query}&page=${page}`, headers: { cookie: who.cookie } });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('walking pages of 2 over 5 referrals returns each exactly once, with the total', async () => {
    const { supervisor, ids } = await pcnWithReferrals(5);
    const walked = await walkPages(queuePage(supervisor, 'pageSize=2'), 2);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());
  });

  it('the 501st referral is reachable (the queue used to stop at 500)', async () => {
    const { supervisor, ids } = await pcnWithReferrals(501);
    const walked = await walkPages(queuePage(supervisor, 'status=received&pageSize=200'), 200);
    expect(walked).toHaveLength(501);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());
  });

  it('orders the queue by status, then most urgent, then longest waiting, across pages', async () => {
    const { tenant, supervisor } = await pcnWithReferrals(3, 'routine');
    await app.kith.database.queryRaw(
      `UPDATE referrals SET urgency = 'urgent', created_at = '2026-02-01T00:00:00Z'
       WHERE id = (SELECT id FROM referrals WHERE organisation_id = $1 ORDER BY id LIMIT 1)`,
      [tenant.pcn],
    );
    const walked = await walkPages<{ urgency: string }>(queuePage(supervisor, 'pageSize=2'), 2);
    expect(walked.map((r) => r.urgency)).toEqual(['urgent', 'routine', 'routine']);
  });

  it('rejects a page size over 200, naming the field', async () => {
    const { supervisor } = await pcnWithReferrals(1);
    const response = await app.inject({ url: '/api/referrals?pageSize=201', headers: { cookie: supervisor.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('pageSize');
  });
});
