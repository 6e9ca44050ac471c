import { healthcareUseAfterFrom } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { auditEvents, referrals } from '../../../db/schema/index.ts';

describe('healthcare use of a referral', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let manager: SignedIn;
  let outsider: SignedIn;
  let referral: TestReferral;
  const db = () => app.kith.database.db;
  const url = () => `/api/referrals/${referral.id}/healthcare-use`;
  const EIGHT_MONTHS_AGO = new Date(Date.now() - 243 * 86_400_000);
  const figures = { gpConsultationsBefore: 7, gpConsultationsAfter: 4, aeAttendancesBefore: 1, aeAttendancesAfter: null };

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    worker = await signIn(
      app,
      await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Robin Recorder' }),
    );
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
    const elsewhere = await createTestTenant(db());
    outsider = await signIn(app, await createTestUser(db(), [{ organisationId: elsewhere.pcn, role: 'link_worker' }]));
    referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: null,
      referrerUserId: null,
      status: 'discharged',
    });
    // Received eight months ago, so the six months after it have passed.
    await db().update(referrals).set({ createdAt: EIGHT_MONTHS_AGO }).where(eq(referrals.id, referral.id));
  });
  afterAll(() => app.close());

  const put = (session: SignedIn, payload: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: url(), headers: session.writeHeaders, payload });

  it('is "not recorded" until recorded, then records and corrects it, audited', async () => {
    const empty = await app.inject({ url: url(), headers: { cookie: worker.cookie } });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      referralId: referral.id,
      afterFiguresFrom: healthcareUseAfterFrom(EIGHT_MONTHS_AGO),
      gpConsultationsBefore: null,
      gpConsultationsAfter: null,
      aeAttendancesBefore: null,
      aeAttendancesAfter: null,
      recordedByName: null,
      recordedAt: null,
    });

    const saved = await put(worker, figures);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ referralId: referral.id, ...figures, recordedByName: 'Robin Recorder' });
    expect(saved.json().recordedAt).toEqual(expect.any(String));

    const corrected = await put(worker, { ...figures, aeAttendancesAfter: 0 });
    expect(corrected.statusCode).toBe(200);
    const read = await app.inject({ url: url(), headers: { cookie: worker.cookie } });
    expect(read.json()).toMatchObject({ ...figures, aeAttendancesAfter: 0 });

    const audits = await db()
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'healthcare_use'), eq(auditEvents.recordId, referral.id)));
    // The audit table has no monotonic key (random uuid ids, and two events can share a
    // timestamp), so compare as a set in a fixed order rather than in whatever order rows come back.
    const written = audits.filter((a) => a.action !== 'read').sort((a, b) => a.action.localeCompare(b.action));
    expect(written).toEqual([
      { action: 'create', detail: { changed: ['gpConsultationsBefore', 'gpConsultationsAfter', 'aeAttendancesBefore'] } },
      { action: 'update', detail: { changed: ['aeAttendancesAfter'] } },
    ]);
    expect(audits.filter((a) => a.action === 'read')).toHaveLength(2);
  });

  it('refuses "6 months after" figures before the six months have passed, naming each field, and takes the rest', async () => {
    const recent = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: null,
      referrerUserId: null,
      status: 'active',
    });
    const recentUrl = `/api/referrals/${recent.id}/healthcare-use`;
    const early = await app.inject({
      method: 'PUT',
      url: recentUrl,
      headers: worker.writeHeaders,
      payload: { gpConsultationsBefore: 5, gpConsultationsAfter: 2, aeAttendancesBefore: 0, aeAttendancesAfter: 0 },
    });
    expect(early.statusCode).toBe(400);
    const from = healthcareUseAfterFrom(new Date());
    expect(early.json().issues.map((issue: { path: string }) => issue.path)).toEqual([
      'gpConsultationsAfter',
      'aeAttendancesAfter',
    ]);
    expect(early.json().issues[0].message).toMatch(
      /^The 6 months after the referral have not passed yet: leave this blank until \d{1,2} \w+ \d{4}$/,
    );
    // Nothing was written, and the form is told when the figures can be entered.
    const read = await app.inject({ url: recentUrl, headers: { cookie: worker.cookie } });
    expect(read.json()).toMatchObject({ recordedAt: null, afterFiguresFrom: from });

    const before = await app.inject({
      method: 'PUT',
      url: recentUrl,
      headers: worker.writeHeaders,
      payload: { gpConsultationsBefore: 5, gpConsultationsAfter: null, aeAttendancesBefore: 0, aeAttendancesAfter: null },
    });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ gpConsultationsBefore: 5, aeAttendancesBefore: 0, afterFiguresFrom: from });
  });

  it('answers 400 naming the field for a negative, fractional or missing figure', async () => {
    const negative = await put(worker, { ...figures, gpConsultationsAfter: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().issues).toEqual([
      expect.objectContaining({ path: 'gpConsultationsAfter', message: 'GP consultations after cannot be negative' }),
    ]);
    const fraction = await put(worker, { ...figures, aeAttendancesBefore: 1.5 });
    expect(fraction.json().issues[0]).toMatchObject({ path: 'aeAttendancesBefore' });
    const { aeAttendancesAfter: _, ...missing } = figures;
    const absent = await put(worker, missing);
    expect(absent.statusCode).toBe(400);
    expect(absent.json().issues[0]).toMatchObject({ path: 'aeAttendancesAfter' });
  });

  it('is 404 outside the caller’s PCNs and 403 for roles that do not record it', async () => {
    expect((await app.inject({ url: url(), headers: { cookie: outsider.cookie } })).statusCode).toBe(404);
    expect((await put(outsider, figures)).statusCode).toBe(404);
    expect((await put(manager, figures)).statusCode).toBe(403);
    const unknown = await app.inject({
      url: `/api/referrals/${crypto.randomUUID()}/healthcare-use`,
      headers: { cookie: worker.cookie },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
