import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, randomNhsNumber } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { notifications } from '../../db/schema/index.ts';

/** The pathway's events reach the right people, through the real routes, in the change's transaction. */
describe('notification events', () => {
  let app: KithApp;
  let tenant: TestTenant;
  const people: Record<'referrer' | 'supervisor' | 'worker' | 'lead' | 'admin', { id: string; session: SignedIn }> = {} as never;
  const db = () => app.kith.database.db;
  const nhsNumber = randomNhsNumber();

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const make = async (organisationId: string, role: 'referrer' | 'supervisor' | 'link_worker' | 'pcn_manager' | 'admin') => {
      const user = await createTestUser(db(), [{ organisationId, role }]);
      return { id: user.id, session: await signIn(app, user) };
    };
    people.referrer = await make(tenant.practice, 'referrer');
    people.supervisor = await make(tenant.pcn, 'supervisor');
    people.worker = await make(tenant.pcn, 'link_worker');
    people.lead = await make(tenant.pcn, 'pcn_manager');
    people.admin = await make(tenant.icb, 'admin');
  });
  afterAll(() => app.close());

  const as = (who: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: method === 'GET' ? { cookie: who.cookie } : who.writeHeaders,
      ...(payload ? { payload } : {}),
    });
  const kindsOf = async (userId: string, subjectId: string) =>
    (
      await db()
        .select({ kind: notifications.kind, title: notifications.title, link: notifications.link })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.subjectId, subjectId)))
    ).map((n) => n.kind);

  it('a referral: the queue tells the supervisors, allocation the worker, its ending the referrer', async () => {
    const referred = await as(people.referrer.session, 'POST', '/api/referrals', {
      organisationId: tenant.pcn,
      person: { givenName: 'Morag', familyName: 'Lindqvist', dateOfBirth: '1950-02-03', postcode: 'ls1 4ap', nhsNumber },
      reasons: ['loneliness'],
      consent: { toReferral: true, toDataSharing: true },
    });
    expect(referred.statusCode).toBe(201);
    const id = referred.json().id as string;
    expect(await kindsOf(people.supervisor.id, id)).toEqual(['referral_queued']);
    const badge = await as(people.supervisor.session, 'GET', '/api/notifications/unread-count');
    expect(badge.json().unread).toBeGreaterThanOrEqual(1);
    const [queued] = (await as(people.supervisor.session, 'GET', '/api/notifications')).json().items;
    expect(queued).toMatchObject({ kind: 'referral_queued', link: `/referrals/${id}` });
    for (const secret of ['Morag', 'Lindqvist', nhsNumber]) expect(queued.title).not.toContain(secret);

    await as(people.supervisor.session, 'POST', `/api/referrals/${id}/triage`, { urgency: 'routine', complexity: 'low' });
    const allocated = await as(people.supervisor.session, 'POST', `/api/referrals/${id}/allocate`, {
      workerId: people.worker.id,
    });
    expect(allocated.statusCode).toBe(200);
    expect(await kindsOf(people.worker.id, id)).toEqual(['referral_allocated']);

    const ended = await as(people.worker.session, 'POST', `/api/referrals/${id}/transitions`, {
      to: 'withdrawn',
      reason: 'Moved out of the area',
    });
    expect(ended.statusCode).toBe(200);
    expect(await kindsOf(people.referrer.id, id)).toEqual(['message_back_ready']);
    // Nobody is told of their own change.
    expect(await kindsOf(people.worker.id, id)).toEqual(['referral_allocated']);
  });

  it('safeguarding: raised tells the designated lead, acknowledged tells the raiser', async () => {
    const leads = await as(people.admin.session, 'PUT', `/api/organisations/${tenant.pcn}/safeguarding-leads`, {
      userIds: [people.lead.id],
    });
    expect(leads.statusCode).toBe(200);
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: people.worker.id,
      referrerUserId: null,
    });
    const raised = await as(people.worker.session, 'POST', `/api/people/${referral.personId}/safeguarding-concerns`, {
      referralId: referral.id,
      category: 'financial',
      description: 'Bank card taken.',
      immediateRisk: true,
    });
    expect(raised.statusCode).toBe(201);
    const concernId = raised.json().concern.id as string;
    expect(await kindsOf(people.lead.id, concernId)).toEqual(['safeguarding_raised']);
    expect(await kindsOf(people.worker.id, concernId)).toEqual([]);

    const acknowledged = await as(people.lead.session, 'POST', `/api/safeguarding-concerns/${concernId}/transitions`, {
      to: 'acknowledged',
      note: 'Spoken to the worker; looking into it today.',
    });
    expect(acknowledged.statusCode).toBe(200);
    expect(await kindsOf(people.worker.id, concernId)).toEqual(['safeguarding_acknowledged']);
    expect(await kindsOf(people.lead.id, concernId)).toEqual(['safeguarding_raised']);
  });
});
