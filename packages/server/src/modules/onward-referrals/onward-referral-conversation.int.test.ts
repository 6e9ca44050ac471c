import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
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
import { notifications, onwardReferralNotes, onwardReferrals } from '../../db/schema/index.ts';
import { createTestOnwardService, type TestOnwardService } from './onward-test-data.ts';

describe('the conversation on an onward referral, and who hears about it', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let sender: SignedIn;
  let senderId: string;
  /** The link worker the episode is allocated to, who did not send the referral. */
  let allocatedId: string;
  let manager: SignedIn;
  let provider: SignedIn;
  let providerId: string;
  /** A second provider user of the same organisation: the provider side is all of them. */
  let colleagueId: string;
  let otherProvider: SignedIn;
  let otherProviderId: string;
  let otherWorker: SignedIn;
  let service: TestOnwardService;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const senderUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Sam Sender',
    });
    senderId = senderUser.id;
    sender = await signIn(app, senderUser);
    allocatedId = (await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }])).id;
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
    const providerUser = await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }], {
      displayName: 'Pat Provider',
    });
    providerId = providerUser.id;
    provider = await signIn(app, providerUser);
    colleagueId = (await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }])).id;
    const otherVcse = await createTestOrg(db(), { kind: 'vcse', parentId: tenant.icb });
    const otherProviderUser = await createTestUser(db(), [{ organisationId: otherVcse, role: 'vcse_provider' }]);
    otherProviderId = otherProviderUser.id;
    otherProvider = await signIn(app, otherProviderUser);
    await createTestOnwardService(db(), { kithOrganisationId: otherVcse });
    const otherTenant = await createTestTenant(db());
    otherWorker = await signIn(app, await createTestUser(db(), [{ organisationId: otherTenant.pcn, role: 'link_worker' }]));
    service = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse });
  });
  afterAll(() => app.close());

  const newSent = async (sharedFields: string[] = ['name']): Promise<{ referral: TestReferral; id: string }> => {
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: allocatedId,
      referrerUserId: null,
    });
    const response = await app.inject({
      method: 'POST',
      url: `/api/people/${referral.personId}/onward-referrals`,
      headers: sender.writeHeaders,
      payload: { serviceId: service.serviceId, referralId: referral.id, sharedFields, consentGiven: true },
    });
    expect(response.statusCode, response.body).toBe(201);
    return { referral, id: response.json().id as string };
  };
  const careNotes = (id: string) => `/api/onward-referrals/${id}/notes`;
  const providerNotes = (id: string) => `/api/provider/onward-referrals/${id}/notes`;
  const post = (url: string, session: SignedIn, body: unknown) =>
    app.inject({ method: 'POST', url, headers: session.writeHeaders, payload: { body } });
  const get = (url: string, session: SignedIn) => app.inject({ url, headers: { cookie: session.cookie } });
  const move = (id: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/provider/onward-referrals/${id}/status`, headers: provider.writeHeaders, payload });
  /** Who was told about this referral, as `kind user` lines, with each title. */
  const toldAbout = async (id: string) => {
    const rows = await db()
      .select({ userId: notifications.userId, kind: notifications.kind, title: notifications.title, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.subjectId, id));
    return rows;
  };
  const recipients = async (id: string, kind: string) =>
    (await toldAbout(id))
      .filter((n) => n.kind === kind)
      .map((n) => n.userId)
      .sort();

  it('a new referral tells every provider user of the organisation, and nobody else', async () => {
    const { id } = await newSent();
    const told = (await toldAbout(id)).filter((n) => n.kind === 'onward_received');
    expect(told.map((n) => n.userId).sort()).toEqual([providerId, colleagueId].sort());
    expect(told[0]).toMatchObject({
      title: 'A new referral arrived for one of your services',
      link: `/provider/referrals/${id}`,
    });
  });

  it('both sides write and read one conversation, in order; each note tells the other side only', async () => {
    const { referral, id } = await newSent();
    const fromProvider = await post(providerNotes(id), provider, '  Could you tell us which mornings suit her?  ');
    expect(fromProvider.statusCode, fromProvider.body).toBe(201);
    expect(fromProvider.json()).toMatchObject({
      side: 'provider',
      organisationName: service.providerName,
      authorName: 'Pat Provider',
      body: 'Could you tell us which mornings suit her?',
    });
    expect(await recipients(id, 'onward_note')).toEqual([senderId, allocatedId].sort());
    const told = (await toldAbout(id)).find((n) => n.kind === 'onward_note');
    expect(told).toMatchObject({
      title: 'A provider wrote a note on an onward referral',
      link: `/onward-referrals/${id}`,
    });
    expect(told?.title).not.toContain(referral.familyName);

    const fromSender = await post(careNotes(id), sender, 'Tuesdays and Thursdays');
    expect(fromSender.statusCode, fromSender.body).toBe(201);
    expect(fromSender.json()).toMatchObject({ side: 'requester', authorName: 'Sam Sender' });
    expect(fromSender.json().organisationName).toContain('Test pcn');
    const providerTold = (await toldAbout(id)).filter(
      (n) => n.kind === 'onward_note' && [providerId, colleagueId].includes(n.userId),
    );
    expect(providerTold.map((n) => n.userId).sort()).toEqual([providerId, colleagueId].sort());
    expect(providerTold[0]).toMatchObject({
      title: 'A link worker wrote a note on a referral to your service',
      link: `/provider/referrals/${id}`,
    });
    // Each is told once: nobody hears about their own note, and the other provider hears nothing.
    expect(await recipients(id, 'onward_note')).toEqual([senderId, allocatedId, providerId, colleagueId].sort());
    expect((await toldAbout(id)).some((n) => n.userId === otherProviderId)).toBe(false);

    for (const [url, session] of [
      [careNotes(id), sender],
      [providerNotes(id), provider],
    ] as const) {
      const thread = await get(url, session);
      expect(thread.statusCode).toBe(200);
      expect(thread.json()).toMatchObject({ canWrite: true, closedMessage: null });
      expect(thread.json().items.map((n: { side: string; body: string }) => [n.side, n.body])).toEqual([
        ['provider', 'Could you tell us which mornings suit her?'],
        ['requester', 'Tuesdays and Thursdays'],
      ]);
    }
  });

  it('another organisation cannot read or write the conversation (404), and a PCN manager only reads it', async () => {
    const { id } = await newSent();
    expect((await post(providerNotes(id), provider, 'Hello')).statusCode).toBe(201);
    for (const [url, session] of [
      [providerNotes(id), otherProvider],
      [careNotes(id), otherWorker],
    ] as const) {
      const read = await get(url, session);
      expect(read.statusCode).toBe(404);
      expect(read.body).not.toContain('Hello');
      expect((await post(url, session, 'Let me in')).statusCode).toBe(404);
    }
    // Each side uses its own door only.
    expect((await get(providerNotes(id), sender)).statusCode).toBe(403);
    expect((await get(careNotes(id), provider)).statusCode).toBe(403);
    const managerRead = await get(careNotes(id), manager);
    expect(managerRead.statusCode).toBe(200);
    expect(managerRead.json()).toMatchObject({ canWrite: false, items: [{ body: 'Hello' }] });
    expect((await post(careNotes(id), manager, 'From the manager')).statusCode).toBe(403);
    const stored = await db().select().from(onwardReferralNotes).where(eq(onwardReferralNotes.onwardReferralId, id));
    expect(stored.map((n) => n.body)).toEqual(['Hello']);
  });

  it('refuses a blank note, one over 2000 characters and ill-formed text, storing nothing', async () => {
    const { id } = await newSent();
    for (const body of ['   ', 'x'.repeat(2001), 'bad \u0000 text']) {
      const response = await post(careNotes(id), sender, body);
      expect(response.statusCode, body.slice(0, 20)).toBe(400);
    }
    expect((await post(careNotes(id), sender, 'x'.repeat(2000))).statusCode).toBe(201);
    const stored = await db().select().from(onwardReferralNotes).where(eq(onwardReferralNotes.onwardReferralId, id));
    expect(stored).toHaveLength(1);
  });

  it('takes notes on a closed referral for 30 days, then refuses them with a 409 and says so', async () => {
    const { id } = await newSent();
    expect((await move(id, { status: 'rejected', reason: 'Outside our area' })).statusCode).toBe(200);
    expect((await post(careNotes(id), sender, 'Do you know a group nearer to her?')).statusCode).toBe(201);
    await db()
      .update(onwardReferrals)
      .set({ updatedAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000) })
      .where(eq(onwardReferrals.id, id));
    const late = await post(providerNotes(id), provider, 'Try the one in town');
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('closed more than 30 days ago');
    const thread = (await get(providerNotes(id), provider)).json();
    expect(thread).toMatchObject({ canWrite: false, closedMessage: expect.stringContaining('30 days') });
    expect(thread.items).toHaveLength(1);
  });

  it('accepting with a note keeps it on the change and in the conversation, and tells the sender and the allocated worker', async () => {
    const { id } = await newSent();
    const accepted = await move(id, { status: 'accepted', note: 'We will ring her on Monday' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().events.at(-1)).toMatchObject({ toStatus: 'accepted', note: 'We will ring her on Monday' });
    const thread = (await get(careNotes(id), sender)).json();
    expect(thread.items).toMatchObject([{ side: 'provider', authorName: 'Pat Provider', body: 'We will ring her on Monday' }]);
    const updated = (await toldAbout(id)).filter((n) => n.kind === 'onward_updated');
    expect(updated.map((n) => n.userId).sort()).toEqual([senderId, allocatedId].sort());
    expect(updated[0]).toMatchObject({ title: 'An onward referral was accepted, with a note', link: `/onward-referrals/${id}` });
    // One notification for the change: the note does not raise a second one.
    expect(await recipients(id, 'onward_note')).toEqual([]);

    expect((await move(id, { status: 'in-progress' })).statusCode).toBe(200);
    expect((await move(id, { status: 'on-hold', reason: 'Away' })).statusCode).toBe(200);
    expect((await move(id, { status: 'in-progress' })).statusCode).toBe(200);
    const titles = (await toldAbout(id)).filter((n) => n.kind === 'onward_updated' && n.userId === senderId).map((n) => n.title);
    expect(titles.sort()).toEqual(
      [
        'An onward referral was accepted, with a note',
        'An onward referral was started',
        'An onward referral was put on hold',
        'An onward referral was restarted',
      ].sort(),
    );
  });

  it("the link worker's cancelling tells the provider side", async () => {
    const { id } = await newSent();
    const cancelled = await app.inject({
      method: 'POST',
      url: `/api/onward-referrals/${id}/status`,
      headers: sender.writeHeaders,
      payload: { status: 'cancelled', reason: 'Moved away' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(await recipients(id, 'onward_updated')).toEqual([providerId, colleagueId].sort());
  });

  it("the inbox shows the shared name or none, the newest note's side, and the longest waiting first", async () => {
    const named = await newSent(['name', 'phone']);
    const unnamed = await newSent(['phone']);
    expect((await post(careNotes(unnamed.id), sender, 'Any news?')).statusCode).toBe(201);
    const inbox = await get('/api/provider/onward-referrals?pageSize=100', provider);
    expect(inbox.statusCode).toBe(200);
    const items: { id: string; sharedName: string | null; latestNote: unknown }[] = inbox.json().items;
    const ids = items.map((i) => i.id);
    expect(ids.indexOf(named.id)).toBeLessThan(ids.indexOf(unnamed.id));
    expect(items.find((i) => i.id === named.id)).toMatchObject({
      sharedName: `${named.referral.givenName} ${named.referral.familyName}`,
      latestNote: null,
    });
    expect(items.find((i) => i.id === unnamed.id)).toMatchObject({
      sharedName: null,
      latestNote: { side: 'requester', at: expect.any(String) },
    });
    // Nothing unshared reaches the provider: not the second person's name, NHS number or episode.
    const everything = inbox.body + (await get(providerNotes(unnamed.id), provider)).body;
    for (const unshared of [unnamed.referral.familyName, unnamed.referral.nhsNumber, unnamed.referral.personId]) {
      expect(everything).not.toContain(unshared);
    }
    const newest = (await get('/api/provider/onward-referrals?pageSize=100&sort=newest', provider)).json();
    const newestIds = newest.items.map((i: { id: string }) => i.id);
    expect(newestIds.indexOf(unnamed.id)).toBeLessThan(newestIds.indexOf(named.id));
    expect(newest).toMatchObject({ page: 1, pageSize: 100 });
  });

  it('the notifications are raised in the transaction of the change: a refused move raises none', async () => {
    const { id } = await newSent();
    expect((await move(id, { status: 'completed' })).statusCode).toBe(409);
    const rows = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, id), inArray(notifications.kind, ['onward_updated', 'onward_note'])));
    expect(rows).toEqual([]);
  });
});
