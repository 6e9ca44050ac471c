import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { contacts, outcomeMeasures, referrals } from '../../db/schema/index.ts';

const DAY = 86_400_000;

/** Contacts and outcome measures take the time they happened, within the life of the referral. */
describe('backdating contacts and outcome measures', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let workerId: string;
  let worker: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
  });
  afterAll(() => app.close());

  /** An active case whose referral was received `daysAgo` days ago. */
  async function caseReceived(daysAgo: number) {
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: null,
    });
    const receivedAt = new Date(Date.now() - daysAgo * DAY);
    await db().update(referrals).set({ createdAt: receivedAt }).where(eq(referrals.id, referral.id));
    return { ...referral, receivedAt };
  }
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: worker.writeHeaders, payload });
  const logContact = (referralId: string, occurredAt: Date) =>
    post(`/api/referrals/${referralId}/contacts`, { occurredAt: occurredAt.toISOString(), mode: 'phone', successful: true });
  const recordUcla = (referralId: string, timepoint: string, recordedAt: Date | undefined, items = [2, 2, 2]) =>
    post(`/api/referrals/${referralId}/outcome-measures`, {
      instrument: 'ucla3',
      timepoint,
      items,
      ...(recordedAt ? { recordedAt: recordedAt.toISOString() } : {}),
    });

  it('keeps a contact at the time it happened, and moves the last contact only forward', async () => {
    const referral = await caseReceived(10);
    const threeDaysAgo = new Date(Date.now() - 3 * DAY);
    const response = await logContact(referral.id, threeDaysAgo);
    expect(response.statusCode).toBe(201);
    expect(response.json().occurredAt).toBe(threeDaysAgo.toISOString());
    const [stored] = await db().select().from(contacts).where(eq(contacts.referralId, referral.id));
    expect(stored?.occurredAt.toISOString()).toBe(threeDaysAgo.toISOString());
    expect(stored?.createdAt.getTime()).toBeGreaterThan(threeDaysAgo.getTime());
  });

  it('refuses a contact in the future or before the referral was received, naming occurredAt', async () => {
    const referral = await caseReceived(10);
    for (const when of [new Date(Date.now() + DAY), new Date(referral.receivedAt.getTime() - 60 * 60_000)]) {
      const response = await logContact(referral.id, when);
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toEqual([
        { path: 'occurredAt', message: expect.stringMatching(/future|before the referral/) },
      ]);
    }
    expect(await db().select().from(contacts).where(eq(contacts.referralId, referral.id))).toEqual([]);
  });

  it('keeps when a measure was taken apart from when it was entered, and orders by when it was taken', async () => {
    const referral = await caseReceived(30);
    expect((await recordUcla(referral.id, 'review', undefined, [1, 1, 1])).statusCode).toBe(201);
    const takenAt = new Date(Date.now() - 20 * DAY);
    const baseline = await recordUcla(referral.id, 'baseline', takenAt, [3, 3, 3]);
    expect(baseline.statusCode).toBe(201);
    expect(baseline.json().recordedAt).toBe(takenAt.toISOString());
    const [stored] = await db().select().from(outcomeMeasures).where(eq(outcomeMeasures.id, baseline.json().id));
    expect(stored?.recordedAt.toISOString()).toBe(takenAt.toISOString());
    expect(stored?.enteredAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const summary = await app.inject({
      url: `/api/referrals/${referral.id}/outcome-measures`,
      headers: { cookie: worker.cookie },
    });
    expect(summary.json().measures.map((m: { timepoint: string }) => m.timepoint)).toEqual(['baseline', 'review']);
    expect(summary.json().changes).toMatchObject([{ instrument: 'ucla3', baseline: 9, latest: 3 }]);
  });

  it('refuses a measure taken in the future or before the referral, naming recordedAt', async () => {
    const referral = await caseReceived(5);
    for (const when of [new Date(Date.now() + 60 * 60_000), new Date(Date.now() - 6 * DAY)]) {
      const response = await recordUcla(referral.id, 'baseline', when);
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toEqual([{ path: 'recordedAt', message: expect.any(String) }]);
    }
    expect(await db().select().from(outcomeMeasures).where(eq(outcomeMeasures.referralId, referral.id))).toEqual([]);
  });
});
