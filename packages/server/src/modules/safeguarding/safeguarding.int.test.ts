import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, safeguardingEvents, safeguardingNotifications } from '../../db/schema/index.ts';

describe('safeguarding concerns', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  let worker: SignedIn;
  let workerId: string;
  let lead: SignedIn;
  let leadId: string;
  let supervisor: SignedIn;
  let supervisorId: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Wendy Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    const leadUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }], {
      displayName: 'Lena Lead',
    });
    leadId = leadUser.id;
    lead = await signIn(app, leadUser);
    const supervisorUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }], {
      displayName: 'Sam Supervisor',
    });
    supervisorId = supervisorUser.id;
    supervisor = await signIn(app, supervisorUser);
    const response = await setLeads(tenant.pcn, [leadId]);
    expect(response.statusCode).toBe(200);
  });
  afterAll(() => app.close());

  const setLeads = (organisationId: string, userIds: string[], session = admin) =>
    app.inject({
      method: 'PUT',
      url: `/api/organisations/${organisationId}/safeguarding-leads`,
      headers: session.writeHeaders,
      payload: { userIds },
    });
  const newReferral = (organisationId = tenant.pcn) =>
    createTestReferral(db(), { organisationId, assignedWorkerId: null, referrerUserId: null });
  const raise = (referral: TestReferral, session = worker, overrides: Record<string, unknown> = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/people/${referral.personId}/safeguarding-concerns`,
      headers: session.writeHeaders,
      payload: {
        referralId: referral.id,
        category: 'financial',
        description: 'Says a neighbour has been taking her bank card.',
        immediateRisk: false,
        ...overrides,
      },
    });
  const move = (concernId: string, payload: Record<string, unknown>, session = lead) =>
    app.inject({
      method: 'POST',
      url: `/api/safeguarding-concerns/${concernId}/transitions`,
      headers: session.writeHeaders,
      payload,
    });
  const inbox = (session: SignedIn) => app.inject({ url: '/api/safeguarding/inbox', headers: { cookie: session.cookie } });
  const notificationsOf = (concernId: string) =>
    db().select().from(safeguardingNotifications).where(eq(safeguardingNotifications.concernId, concernId));

  it('raising a concern notifies the designated lead at once, and only the lead', async () => {
    const referral = await newReferral();
    const response = await raise(referral);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      notified: [{ userId: leadId, name: 'Lena Lead' }],
      noLeadDesignated: false,
      urgentAction: null,
      concern: {
        personId: referral.personId,
        referralId: referral.id,
        status: 'raised',
        category: 'financial',
        raisedByName: 'Wendy Worker',
        allowedTransitions: ['acknowledged'],
        events: [{ from: null, to: 'raised', actorName: 'Wendy Worker' }],
      },
    });
    const rows = await notificationsOf(body.concern.id);
    expect(rows).toMatchObject([{ userId: leadId, readAt: null }]);

    const leadInbox = await inbox(lead);
    expect(leadInbox.statusCode).toBe(200);
    expect(leadInbox.json().items[0]).toMatchObject({ id: body.concern.id, readAt: null, status: 'raised' });
    expect((await inbox(supervisor)).json().items.map((i: { id: string }) => i.id)).not.toContain(body.concern.id);
  });

  it('with no lead designated, the PCN supervisors are notified and the response says so', async () => {
    const other = await createTestTenant(db());
    const otherWorker = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
    const otherSupervisor = await createTestUser(db(), [{ organisationId: other.pcn, role: 'supervisor' }], {
      displayName: 'Otto Sup',
    });
    const referral = await newReferral(other.pcn);
    const response = await raise(referral, otherWorker);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      notified: [{ userId: otherSupervisor.id, name: 'Otto Sup' }],
      noLeadDesignated: true,
    });
    expect(await notificationsOf(response.json().concern.id)).toMatchObject([{ userId: otherSupervisor.id }]);
  });

  it('an immediate risk tells the raiser plainly to call 999 and the local authority now', async () => {
    const response = await raise(await newReferral(), worker, { immediateRisk: true, category: 'domestic_abuse' });
    expect(response.statusCode).toBe(201);
    expect(response.json().urgentAction).toMatch(/Call 999 now/);
    expect(response.json().urgentAction).toMatch(/local authority/);
  });

  it('an illegal transition is 409 and lists the allowed next states', async () => {
    const concern = (await raise(await newReferral())).json().concern;
    const response = await move(concern.id, { to: 'closed', note: 'Nothing to see', outcome: 'None' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'conflict', allowed: ['acknowledged'] });
  });

  it('closing needs an outcome; every step is recorded with who, when and the note, and audited', async () => {
    const concern = (await raise(await newReferral())).json().concern;
    expect((await move(concern.id, { to: 'acknowledged', note: 'Spoke to Wendy' })).statusCode).toBe(200);
    expect(
      (await move(concern.id, { to: 'managed_internally', note: 'Bank contacted with her consent' }, supervisor)).statusCode,
    ).toBe(200);

    const withoutOutcome = await move(concern.id, { to: 'closed', note: 'Resolved' });
    expect(withoutOutcome.statusCode).toBe(400);
    expect(withoutOutcome.json()).toMatchObject({ error: 'validation', issues: [{ path: 'outcome' }] });

    const closed = await move(concern.id, {
      to: 'closed',
      note: 'Resolved',
      outcome: 'Card cancelled; neighbour no longer visits',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      outcome: 'Card cancelled; neighbour no longer visits',
      allowedTransitions: [],
      events: [
        { from: null, to: 'raised' },
        { from: 'raised', to: 'acknowledged', note: 'Spoke to Wendy', actorName: 'Lena Lead' },
        { from: 'acknowledged', to: 'managed_internally', actorName: 'Sam Supervisor' },
        { from: 'managed_internally', to: 'closed', note: 'Resolved', actorName: 'Lena Lead' },
      ],
    });
    const events = await db().select().from(safeguardingEvents).where(eq(safeguardingEvents.concernId, concern.id));
    expect(events.map((e) => e.actorUserId)).toEqual([workerId, leadId, supervisorId, leadId]);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, concern.id), eq(auditEvents.action, 'state_change')));
    expect(audits.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        { from: 'raised', to: 'acknowledged' },
        { from: 'acknowledged', to: 'managed_internally' },
        { from: 'managed_internally', to: 'closed' },
      ]),
    );
  });

  it('a link worker may raise and read concerns but not move them', async () => {
    const concern = (await raise(await newReferral())).json().concern;
    const response = await move(concern.id, { to: 'acknowledged', note: 'Me' }, worker);
    expect(response.statusCode).toBe(403);
  });

  it('there is no route to delete a concern', async () => {
    const referral = await newReferral();
    const concern = (await raise(referral)).json().concern;
    for (const url of [`/api/safeguarding-concerns/${concern.id}`, `/api/people/${referral.personId}/safeguarding-concerns`]) {
      const response = await app.inject({ method: 'DELETE', url, headers: admin.writeHeaders });
      expect([404, 405]).toContain(response.statusCode);
    }
    const list = await app.inject({
      url: `/api/people/${referral.personId}/safeguarding-concerns`,
      headers: { cookie: worker.cookie },
    });
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([concern.id]);
  });

  it('a link worker of another PCN gets 404 for the person and the concern', async () => {
    const other = await createTestTenant(db());
    const stranger = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
    const strangerSupervisor = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'supervisor' }]));
    const referral = await newReferral();
    const concern = (await raise(referral)).json().concern;

    expect((await raise(referral, stranger)).statusCode).toBe(404);
    const list = await app.inject({
      url: `/api/people/${referral.personId}/safeguarding-concerns`,
      headers: { cookie: stranger.cookie },
    });
    expect(list.statusCode).toBe(404);
    const one = await app.inject({ url: `/api/safeguarding-concerns/${concern.id}`, headers: { cookie: stranger.cookie } });
    expect(one.statusCode).toBe(404);
    expect((await move(concern.id, { to: 'acknowledged', note: 'Not mine' }, strangerSupervisor)).statusCode).toBe(404);
  });

  it('reading concerns is audited, and opening one marks the lead’s notification read', async () => {
    const referral = await newReferral();
    const first = (await raise(referral)).json().concern;
    const second = (await raise(referral, worker, { category: 'neglect' })).json().concern;

    const list = await app.inject({
      url: `/api/people/${referral.personId}/safeguarding-concerns`,
      headers: { cookie: worker.cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
    const [listRead] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, referral.personId), eq(auditEvents.recordType, 'safeguarding_concerns')));
    expect(listRead).toMatchObject({ action: 'read', actorUserId: workerId, detail: { count: 2 } });

    const opened = await app.inject({ url: `/api/safeguarding-concerns/${first.id}`, headers: { cookie: lead.cookie } });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ id: first.id, canManage: true });
    const [read] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, first.id), eq(auditEvents.action, 'read')));
    expect(read).toMatchObject({ actorUserId: leadId, recordType: 'safeguarding_concern' });

    const items = (await inbox(lead)).json().items as { id: string; readAt: string | null }[];
    const firstAt = items.findIndex((i) => i.id === first.id);
    const secondAt = items.findIndex((i) => i.id === second.id);
    expect(items[firstAt]?.readAt).not.toBeNull();
    expect(items[secondAt]?.readAt).toBeNull();
    expect(secondAt).toBeLessThan(firstAt);
    const [inboxRead] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, leadId),
          eq(auditEvents.action, 'list'),
          eq(auditEvents.recordType, 'safeguarding_concern'),
        ),
      );
    expect(inboxRead).toBeDefined();
  });

  it('a raise names the description when it is missing', async () => {
    const response = await raise(await newReferral(), worker, { description: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toMatchObject([{ path: 'description' }]);
  });
});

describe('safeguarding leads', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(() => app.close());

  const put = (organisationId: string, userIds: string[], session = admin) =>
    app.inject({
      method: 'PUT',
      url: `/api/organisations/${organisationId}/safeguarding-leads`,
      headers: session.writeHeaders,
      payload: { userIds },
    });

  it('an admin names and lists the leads of a PCN, and the change is audited', async () => {
    const person = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }], { displayName: 'Lee Lead' });
    expect((await put(tenant.pcn, [person.id])).statusCode).toBe(200);
    const response = await app.inject({
      url: `/api/organisations/${tenant.pcn}/safeguarding-leads`,
      headers: { cookie: admin.cookie },
    });
    expect(response.json()).toEqual({
      organisationId: tenant.pcn,
      leads: [{ userId: person.id, name: 'Lee Lead', email: person.email }],
    });
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, tenant.pcn), eq(auditEvents.recordType, 'safeguarding_leads')));
    expect(event).toMatchObject({ action: 'update', detail: { count: 1 } });
  });

  it('refuses a user who does not work in the PCN, naming the entry', async () => {
    const other = await createTestTenant(db());
    const outsider = await createTestUser(db(), [{ organisationId: other.pcn, role: 'supervisor' }]);
    const response = await put(tenant.pcn, [outsider.id]);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toMatchObject([{ path: 'userIds.0' }]);
  });

  it('is for admins only', async () => {
    const supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    expect((await put(tenant.pcn, [], supervisor)).statusCode).toBe(403);
  });
});
