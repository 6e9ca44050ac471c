import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { contacts, referrals, referralTransitions } from '../../db/schema/index.ts';

/** Issue 11: allocation and reassignment are compare-and-set; nothing changes a closed case. */
describe('allocation and reassignment races', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisor: SignedIn;
  let worker: SignedIn;
  const workerIds: string[] = [];
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    for (let i = 0; i < 3; i++) {
      workerIds.push((await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }])).id);
    }
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  const newReferral = (status: 'triaged' | 'active', assignedWorkerId: string | null = null) =>
    createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId, referrerUserId: null, status });
  const allocate = (id: string, body: object) =>
    app.inject({ method: 'POST', url: `/api/referrals/${id}/allocate`, headers: supervisor.writeHeaders, payload: body });
  const discharge = (id: string) =>
    app.inject({
      method: 'POST',
      url: `/api/referrals/${id}/discharge`,
      headers: worker.writeHeaders,
      payload: { outcome: 'goals_met', reason: 'Goals met' },
    });
  const historyOf = (id: string) =>
    db()
      .select()
      .from(referralTransitions)
      .where(eq(referralTransitions.referralId, id))
      .orderBy(asc(referralTransitions.at), asc(referralTransitions.id));
  const rowOf = async (id: string) => (await db().select().from(referrals).where(eq(referrals.id, id)))[0];

  it('of ten parallel allocations of one triaged referral exactly one wins; the rest are 409 with allowed', async () => {
    const { id } = await newReferral('triaged');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => allocate(id, { workerId: workerIds[i % workerIds.length] })),
    );
    const won = responses.filter((r) => r.statusCode === 200);
    const lost = responses.filter((r) => r.statusCode !== 200);
    expect(won).toHaveLength(1);
    for (const r of lost) {
      expect(r.statusCode).toBe(409);
      expect(r.json().allowed).toEqual(expect.arrayContaining(['contacted', 'not_reached']));
    }
    // A late allocation with the same body (it saw the referral unallocated) loses too, rather
    // than silently becoming a reassignment.
    const late = await allocate(id, { workerId: workerIds[1] });
    expect(late.statusCode).toBe(409);
    const history = await historyOf(id);
    expect(history.map((t) => t.toStatus)).toEqual(['allocated']);
    expect(history.some((t) => t.reason?.startsWith('Reassigned'))).toBe(false);
    expect((await rowOf(id))?.assignedWorkerId).toBe(won[0]?.json().assignedWorkerId);
  });

  it('a reassignment names the worker the caller saw; a stale one is 409 and changes nothing', async () => {
    const [first, second, third] = workerIds as [string, string, string];
    const { id } = await newReferral('active', first);
    const unsaid = await allocate(id, { workerId: second });
    expect(unsaid.statusCode).toBe(409);
    const moved = await allocate(id, { workerId: second, expectedWorkerId: first });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ assignedWorkerId: second, status: 'active' });
    const stale = await allocate(id, { workerId: third, expectedWorkerId: first });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().allowed).toEqual(['discharged', 'declined', 'withdrawn', 'closed_in_error']);
    expect((await rowOf(id))?.assignedWorkerId).toBe(second);
    expect((await historyOf(id)).map((t) => t.reason)).toEqual([expect.stringMatching(/^Reassigned to /)]);
  });

  it('parallel reassignments from the same assignee: exactly one wins', async () => {
    const [first, second, third] = workerIds as [string, string, string];
    const { id } = await newReferral('active', first);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => allocate(id, { workerId: i % 2 ? second : third, expectedWorkerId: first })),
    );
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(9);
    expect(await historyOf(id)).toHaveLength(1);
  });

  it('a reassignment after a discharge is 409 with allowed [] and leaves the closed case alone', async () => {
    const [first, second] = workerIds as [string, string];
    const { id } = await newReferral('active', first);
    expect((await discharge(id)).statusCode).toBe(200);
    const late = await allocate(id, { workerId: second, expectedWorkerId: first });
    expect(late.statusCode).toBe(409);
    expect(late.json().allowed).toEqual([]);
    expect(await rowOf(id)).toMatchObject({ status: 'discharged', assignedWorkerId: first });
    expect((await historyOf(id)).map((t) => t.toStatus)).toEqual(['discharged']);
  });

  it('a reassignment racing a discharge never writes history after the discharge or changes the closed case', async () => {
    const [first, second] = workerIds as [string, string];
    for (let round = 0; round < 5; round++) {
      const { id } = await newReferral('active', first);
      const [reassigned, discharged] = await Promise.all([
        allocate(id, { workerId: second, expectedWorkerId: first }),
        discharge(id),
      ]);
      const history = await historyOf(id);
      const row = await rowOf(id);
      // Whatever the order, the discharge (if it happened) is the last thing in the history.
      if (discharged.statusCode === 200) {
        expect(history.at(-1)?.toStatus).toBe('discharged');
        expect(row?.status).toBe('discharged');
      } else {
        expect(discharged.statusCode).toBe(409);
      }
      if (reassigned.statusCode === 200) {
        expect(history[0]?.reason).toMatch(/^Reassigned to /);
        expect(row?.assignedWorkerId).toBe(second);
      } else {
        expect(reassigned.statusCode).toBe(409);
        expect(row?.assignedWorkerId).toBe(first);
        expect(history.map((t) => t.toStatus)).toEqual(['discharged']);
      }
    }
  });

  it('a contact logged on a case discharged meanwhile is refused with allowed [], and nothing is written', async () => {
    const { id } = await newReferral('active', workerIds[0]);
    const [contact, discharged] = await Promise.all([
      app.inject({
        method: 'POST',
        url: `/api/referrals/${id}/contacts`,
        headers: worker.writeHeaders,
        payload: { mode: 'phone', successful: false },
      }),
      discharge(id),
    ]);
    expect(discharged.statusCode).toBe(200);
    const logged = await db().select().from(contacts).where(eq(contacts.referralId, id));
    if (contact.statusCode === 201) {
      // It committed before the discharge: fine, it is part of the open episode.
      expect(logged).toHaveLength(1);
    } else {
      expect(contact.statusCode).toBe(409);
      expect(contact.json().allowed).toEqual([]);
      expect(logged).toEqual([]);
    }
    const late = await app.inject({
      method: 'POST',
      url: `/api/referrals/${id}/contacts`,
      headers: worker.writeHeaders,
      payload: { mode: 'phone', successful: false },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().allowed).toEqual([]);
    expect((await rowOf(id))?.failedContactAttempts).toBe(logged.length);
  });
});
