import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, referralReasons, snomedCodes } from '../../db/schema/index.ts';
import { randomConceptId } from '../gp-record/snomed-codes/snomed-code-test-data.ts';

const reasonCode = () => `reason_${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;

describe("a referral reason's SNOMED CT code", () => {
  let app: KithApp;
  let admin: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(async () => {
    await app.close();
  });

  const add = (payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/referral-reasons', headers: admin.writeHeaders, payload });
  const reasonRows = (code: string) => db().select().from(referralReasons).where(eq(referralReasons.code, code));

  it("refuses a code that is not in Kith's code table with a 400 naming snomedCode, not a database error", async () => {
    const code = reasonCode();
    const unknown = randomConceptId();
    const response = await add({ code, label: 'Unknown code', snomedCode: unknown });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'validation',
      issues: [{ path: 'snomedCode', message: expect.stringContaining(`${unknown} is not in Kith's code list`) }],
    });
    expect(await reasonRows(code)).toHaveLength(0);
    const audited = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'referral_reason'), eq(auditEvents.recordId, code)));
    expect(audited).toHaveLength(0);
  });

  it('refuses a retired code, and accepts an active one from the table', async () => {
    const retired = randomConceptId();
    const active = randomConceptId();
    await db()
      .insert(snomedCodes)
      .values([
        { code: retired, term: 'Retired reason (finding)', use: 'referral_reason', active: false },
        { code: active, term: 'Current reason (finding)', use: 'referral_reason' },
      ]);
    const refused = await add({ code: reasonCode(), label: 'Retired code', snomedCode: retired });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([{ path: 'snomedCode', message: expect.stringMatching(/retired/) }]);

    const code = reasonCode();
    const accepted = await add({ code, label: 'Coded reason', snomedCode: active });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ code, label: 'Coded reason', snomedCode: active, active: true });
    expect((await reasonRows(code))[0]?.snomedCode).toBe(active);
  });

  it('still accepts a reason without a code', async () => {
    const code = reasonCode();
    const response = await add({ code, label: 'Uncoded reason' });
    expect(response.statusCode).toBe(201);
    expect(response.json().snomedCode).toBeNull();
  });
});
