import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, recordTestContact } from '../../../test/pathway-test-data.ts';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, onwardReferrals } from '../../db/schema/index.ts';
import { createTestOnwardService, type TestOnwardService } from './onward-test-data.ts';

describe('onward referral status, both sides', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let workerId: string;
  let provider: SignedIn;
  let providerId: string;
  let otherProvider: SignedIn;
  let service: TestOnwardService;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Wendy Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    const providerUser = await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }], {
      displayName: 'Pat Provider',
    });
    providerId = providerUser.id;
    provider = await signIn(app, providerUser);
    const otherVcse = await createTestOrg(db(), { kind: 'vcse', parentId: tenant.icb });
    otherProvider = await signIn(app, await createTestUser(db(), [{ organisationId: otherVcse, role: 'vcse_provider' }]));
    // The other provider has services of their own, so an empty inbox is not for want of a link.
    await createTestOnwardService(db(), { kithOrganisationId: otherVcse });
    service = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse });
  });
  afterAll(() => app.close());

  const sendFor = async (referral: { id: string; personId: string }, serviceId = service.serviceId) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/people/${referral.personId}/onward-referrals`,
      headers: worker.writeHeaders,
      payload: { serviceId, referralId: referral.id, sharedFields: ['name'], consentGiven: true },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  };
  const newSent = async () => {
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: null,
    });
    return { referral, id: await sendFor(referral) };
  };
  const move = (id: string, payload: Record<string, unknown>, session = provider) =>
    app.inject({ method: 'POST', url: `/api/provider/onward-referrals/${id}/status`, headers: session.writeHeaders, payload });
  const requesterMove = (id: string, payload: Record<string, unknown>, session = worker) =>
    app.inject({ method: 'POST', url: `/api/onward-referrals/${id}/status`, headers: session.writeHeaders, payload });
  const inbox = (session: SignedIn, query = '') =>
    app.inject({ url: `/api/provider/onward-referrals${query}`, headers: { cookie: session.cookie } });

  it('goes requested → accepted → in-progress → on-hold → in-progress → completed, every step seen by the link worker and on the timeline', async () => {
    const { referral, id } = await newSent();
    const steps = [
      { status: 'accepted', note: 'We will call her this week' },
      { status: 'in-progress' },
      { status: 'on-hold', reason: 'In hospital for two weeks' },
      { status: 'in-progress', businessStatus: 'attending' },
      { status: 'completed', note: 'Finished the 8-week course' },
    ];
    for (const step of steps) {
      const response = await move(id, step);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().status).toBe(step.status);
    }
    const [row] = await db().select().from(onwardReferrals).where(eq(onwardReferrals.id, id));
    expect(row?.acknowledgedAt).toBeInstanceOf(Date);
    expect(row?.version).toBe(1 + steps.length);
    expect(row?.businessStatus).toBe('attending');

    const seen = await app.inject({ url: `/api/onward-referrals/${id}`, headers: { cookie: worker.cookie } });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().status).toBe('completed');
    expect(seen.json().allowedMoves).toEqual([]);
    expect(seen.json().events).toMatchObject([
      { fromStatus: null, toStatus: 'requested', side: 'requester', actorName: 'Wendy Worker' },
      {
        fromStatus: 'requested',
        toStatus: 'accepted',
        side: 'provider',
        actorName: 'Pat Provider',
        note: 'We will call her this week',
      },
      { fromStatus: 'accepted', toStatus: 'in-progress', side: 'provider' },
      { fromStatus: 'in-progress', toStatus: 'on-hold', reason: 'In hospital for two weeks' },
      { fromStatus: 'on-hold', toStatus: 'in-progress', businessStatus: 'attending' },
      { fromStatus: 'in-progress', toStatus: 'completed', note: 'Finished the 8-week course' },
    ]);

    const timeline = await app.inject({ url: `/api/people/${referral.personId}/timeline`, headers: { cookie: worker.cookie } });
    expect(timeline.statusCode).toBe(200);
    const onward = timeline.json().items.filter((e: { kind: string }) => e.kind === 'onward_referral');
    expect(onward).toHaveLength(6);
    expect(onward[0]).toMatchObject({
      title: `Onward referral to ${service.serviceName}: Completed`,
      detail: 'Finished the 8-week course',
      referralId: referral.id,
      link: `/onward-referrals/${id}`,
    });
    expect(onward.at(-1)).toMatchObject({ title: `Onward referral sent to ${service.serviceName}` });

    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, 'state_change')));
    expect(audits).toHaveLength(steps.length);
    expect(audits.every((a) => a.actorUserId === providerId)).toBe(true);
  });

  it('an illegal move is a 409 listing the moves allowed from where it is', async () => {
    const { id } = await newSent();
    const response = await move(id, { status: 'completed' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'conflict', allowed: ['accepted', 'rejected', 'cancelled'] });
    const [row] = await db().select().from(onwardReferrals).where(eq(onwardReferrals.id, id));
    expect(row?.status).toBe('requested');
  });

  it('rejecting without a reason is a 400 naming reason; with one it is recorded and acknowledges', async () => {
    const { id } = await newSent();
    const bare = await move(id, { status: 'rejected' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().issues).toEqual([{ path: 'reason', message: expect.any(String) }]);
    const blank = await move(id, { status: 'rejected', reason: '   ' });
    expect(blank.statusCode).toBe(400);
    const rejected = await move(id, { status: 'rejected', reason: 'Outside our area' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', statusReason: 'Outside our area', allowedMoves: [] });
    const [row] = await db().select().from(onwardReferrals).where(eq(onwardReferrals.id, id));
    expect(row?.acknowledgedAt).toBeInstanceOf(Date);
  });

  it("another provider can neither open, move nor list the first provider's referral", async () => {
    const { id } = await newSent();
    const open = await app.inject({ url: `/api/provider/onward-referrals/${id}`, headers: { cookie: otherProvider.cookie } });
    expect(open.statusCode).toBe(404);
    expect(open.body).not.toContain(service.serviceName);
    expect((await move(id, { status: 'accepted' }, otherProvider)).statusCode).toBe(404);
    const business = await app.inject({
      method: 'POST',
      url: `/api/provider/onward-referrals/${id}/business-status`,
      headers: otherProvider.writeHeaders,
      payload: { businessStatus: 'contact_attempted' },
    });
    expect(business.statusCode).toBe(404);
    const theirs = await inbox(otherProvider, '?view=all');
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    const mine = await inbox(provider);
    const item = mine.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({
      status: 'requested',
      serviceName: service.serviceName,
      pcnName: expect.stringContaining('Test pcn'),
    });
    // Nor can a link worker use the provider's side.
    expect((await inbox(worker)).statusCode).toBe(403);
  });

  it("the provider's inbox shows open referrals by default and finished ones on request", async () => {
    const { id: open } = await newSent();
    const { id: done } = await newSent();
    expect((await move(done, { status: 'rejected', reason: 'Full' })).statusCode).toBe(200);
    const openView = (await inbox(provider, '?pageSize=100')).json();
    expect(openView.items.map((i: { id: string }) => i.id)).toContain(open);
    expect(openView.items.map((i: { id: string }) => i.id)).not.toContain(done);
    const rejected = (await inbox(provider, '?status=rejected&pageSize=100')).json();
    expect(rejected.items.map((i: { id: string }) => i.id)).toContain(done);
    expect(rejected.items.every((i: { status: string }) => i.status === 'rejected')).toBe(true);
    expect(rejected).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
  });

  it('the link worker may only cancel, with a reason, and the provider then sees it cancelled', async () => {
    const { id } = await newSent();
    const accept = await requesterMove(id, { status: 'accepted' });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().allowed).toEqual(['cancelled']);
    const bare = await requesterMove(id, { status: 'cancelled' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().issues[0].path).toBe('reason');
    const cancelled = await requesterMove(id, { status: 'cancelled', reason: 'Found a closer group' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', allowedMoves: [] });
    const seen = await app.inject({ url: `/api/provider/onward-referrals/${id}`, headers: { cookie: provider.cookie } });
    expect(seen.json()).toMatchObject({ status: 'cancelled', statusReason: 'Found a closer group', allowedMoves: [] });
    expect((await move(id, { status: 'accepted' })).statusCode).toBe(409);
  });

  it('a business status update records an event without changing the state', async () => {
    const { id } = await newSent();
    const response = await app.inject({
      method: 'POST',
      url: `/api/provider/onward-referrals/${id}/business-status`,
      headers: provider.writeHeaders,
      payload: { businessStatus: 'contact_attempted', note: 'Left a voicemail' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'requested', businessStatus: 'contact_attempted' });
    expect(response.json().events.at(-1)).toMatchObject({
      fromStatus: 'requested',
      toStatus: 'requested',
      businessStatus: 'contact_attempted',
      note: 'Left a voicemail',
      side: 'provider',
    });
  });

  it('the message back lists the services that took the person on in that episode', async () => {
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: null,
      status: 'active',
    });
    await recordTestContact(db(), referral, { successful: true, workerUserId: workerId });
    const accepted = await sendFor(referral);
    expect((await move(accepted, { status: 'accepted' })).statusCode).toBe(200);
    const full = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse });
    const declined = await sendFor(referral, full.serviceId);
    expect((await move(declined, { status: 'rejected', reason: 'Full' })).statusCode).toBe(200);
    const discharge = await app.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/discharge`,
      headers: worker.writeHeaders,
      payload: { outcome: 'goals_met', reason: 'Goals met' },
    });
    expect(discharge.statusCode, discharge.body).toBe(200);
    expect(discharge.json().servicesConnected).toEqual([`${service.serviceName} (${service.providerName})`]);
  });
});
