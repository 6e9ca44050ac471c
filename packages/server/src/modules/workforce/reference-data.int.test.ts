import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents } from '../../db/schema/index.ts';

/**
 * Reference data is shared by every tenant, so these tests only add and edit rows for far-future
 * years (from 2080/81), which no other test's plan reads.
 */
describe('workforce reference data', () => {
  let app: KithApp;
  let admin: SignedIn;
  let manager: SignedIn;
  let referrer: SignedIn;
  const db = () => app.kith.database.db;
  const base = '/api/workforce/reference-data';

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
    referrer = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]));
  });
  afterAll(() => app.close());

  it('GET shows the seeded rows with their source and verified flag to a PCN manager, but not to a referrer', async () => {
    const response = await app.inject({ url: base, headers: { cookie: manager.cookie } });
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.canManage).toBe(false);
    expect(data.caps).toContainEqual(
      expect.objectContaining({
        financialYear: '2023/24',
        role: 'link_worker',
        maximumAmount: 40159,
        verified: false,
        source: expect.any(String),
      }),
    );
    expect(data.payPoints).toContainEqual(
      expect.objectContaining({ financialYear: '2025/26', band: '5', point: 1, annualSalary: 31049, verified: true }),
    );
    expect(data.onCostRates).toContainEqual(expect.objectContaining({ id: '2025/26', niRate: 0.15, niAnnualThreshold: 5000 }));
    expect((await app.inject({ url: base, headers: { cookie: referrer.cookie } })).statusCode).toBe(403);
  });

  it('an admin adds and edits an ARRS maximum, audited with the figures before and after; a PCN manager gets 403', async () => {
    const fy = nextFreeYear();
    const cap = { financialYear: fy, role: 'link_worker', maximumAmount: 45000, source: 'Test guidance', verified: false };
    expect(
      (await app.inject({ method: 'POST', url: `${base}/arrs-caps`, headers: manager.writeHeaders, payload: cap })).statusCode,
    ).toBe(403);
    const added = await app.inject({ method: 'POST', url: `${base}/arrs-caps`, headers: admin.writeHeaders, payload: cap });
    expect(added.statusCode, added.body).toBe(201);
    const { id } = added.json();

    const edit = { ...cap, maximumAmount: 46000, verified: true, source: 'Network DES guidance' };
    const forbidden = await app.inject({
      method: 'PUT',
      url: `${base}/arrs-caps/${id}`,
      headers: manager.writeHeaders,
      payload: edit,
    });
    expect(forbidden.statusCode).toBe(403);
    const edited = await app.inject({
      method: 'PUT',
      url: `${base}/arrs-caps/${id}`,
      headers: admin.writeHeaders,
      payload: edit,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ maximumAmount: 46000, verified: true, source: 'Network DES guidance' });

    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'arrs_cap'), eq(auditEvents.recordId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
    expect(audit.find((a) => a.action === 'update')?.detail).toMatchObject({
      before: { maximumAmount: 45000, verified: false },
      after: { maximumAmount: 46000, verified: true },
    });

    const duplicate = await app.inject({ method: 'POST', url: `${base}/arrs-caps`, headers: admin.writeHeaders, payload: cap });
    expect(duplicate.statusCode).toBe(409);
  });

  it('an admin adds and edits a pay point and on-cost rates (the year in the URL encoded)', async () => {
    const fy = nextFreeYear();
    const point = { financialYear: fy, band: '5', point: 2, annualSalary: 50000, source: 'Test scales', verified: false };
    const added = await app.inject({ method: 'POST', url: `${base}/pay-points`, headers: admin.writeHeaders, payload: point });
    expect(added.statusCode, added.body).toBe(201);
    const edited = await app.inject({
      method: 'PUT',
      url: `${base}/pay-points/${added.json().id}`,
      headers: admin.writeHeaders,
      payload: { ...point, annualSalary: 51000 },
    });
    expect(edited.json()).toMatchObject({ annualSalary: 51000 });
    const badPoint = await app.inject({
      method: 'POST',
      url: `${base}/pay-points`,
      headers: admin.writeHeaders,
      payload: { ...point, band: '4', point: 3 },
    });
    expect(badPoint.json().issues[0]).toMatchObject({ path: 'point' });

    const rates = {
      financialYear: fy,
      niRate: 0.15,
      niAnnualThreshold: 5000,
      pensionRate: 0.1438,
      source: 'HMRC',
      verified: false,
    };
    expect(
      (await app.inject({ method: 'POST', url: `${base}/on-cost-rates`, headers: admin.writeHeaders, payload: rates }))
        .statusCode,
    ).toBe(201);
    const url = `${base}/on-cost-rates/${encodeURIComponent(fy)}`;
    expect((await app.inject({ method: 'PUT', url, headers: manager.writeHeaders, payload: rates })).statusCode).toBe(403);
    const ratesEdited = await app.inject({
      method: 'PUT',
      url,
      headers: admin.writeHeaders,
      payload: { ...rates, verified: true },
    });
    expect(ratesEdited.statusCode, ratesEdited.body).toBe(200);
    expect(ratesEdited.json()).toMatchObject({ id: fy, verified: true });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'employer_on_cost_rate'), eq(auditEvents.recordId, fy)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('names the field when a value is not valid', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `${base}/arrs-caps`,
      headers: admin.writeHeaders,
      payload: { financialYear: '2090/92', role: 'link_worker', maximumAmount: -1, source: '', verified: false },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['financialYear', 'maximumAmount', 'source']);
  });
});

/** Far-future years, from a random start so two projects sharing a database do not collide. */
let nextStart = 2080 + Math.floor(Math.random() * 800);
function nextFreeYear(): string {
  nextStart += 1;
  return `${nextStart}/${String((nextStart + 1) % 100).padStart(2, '0')}`;
}
