import { addBusinessDays } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
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
import {
  auditEvents,
  carePlans,
  directoryTaxonomyTerms,
  jobs,
  onwardReferralEvents,
  onwardReferrals,
  people,
  referralReasons,
  referrals,
} from '../../db/schema/index.ts';
import { createTestOnwardService, type TestOnwardService } from './onward-test-data.ts';

describe('sending an onward referral', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let workerId: string;
  let provider: SignedIn;
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
    provider = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }]));
    service = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse });
  });
  afterAll(() => app.close());

  const newReferral = (options: Partial<Parameters<typeof createTestReferral>[1]> = {}) =>
    createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: workerId, referrerUserId: null, ...options });
  const send = (
    personId: string,
    payload: Record<string, unknown>,
    session: SignedIn = worker,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method: 'POST',
      url: `/api/people/${personId}/onward-referrals`,
      headers: { ...session.writeHeaders, ...headers },
      payload: { serviceId: service.serviceId, sharedFields: ['name'], consentGiven: true, ...payload },
    });
  const fillInPerson = (personId: string) =>
    db()
      .update(people)
      .set({
        dateOfBirth: '1950-03-12',
        addressLine1: '1 High Street',
        town: 'Leeds',
        postcode: 'LS1 1AA',
        phone: '0113 496 0000',
        email: 'ada@example.test',
        preferredContactMethod: 'phone',
        language: 'Polish',
        interpreterNeeded: true,
        accessibleFormats: ['large_print'],
      })
      .where(eq(people.id, personId));

  it('shares only the chosen details, records consent and the first event, and the provider sees nothing else', async () => {
    const referral = await newReferral();
    await fillInPerson(referral.personId);
    const response = await send(referral.personId, { sharedFields: ['phone', 'name'], note: 'Would love a walking group' });
    expect(response.statusCode).toBe(201);
    const sent = response.json();
    expect(sent).toMatchObject({
      personId: referral.personId,
      status: 'requested',
      serviceName: service.serviceName,
      providerName: service.providerName,
      sharedFields: ['name', 'phone'],
      shared: { name: `Ada ${referral.familyName}`, phone: '0113 496 0000' },
      note: 'Would love a walking group',
      sentByName: 'Wendy Worker',
      allowedMoves: ['cancelled'],
      events: [{ fromStatus: null, toStatus: 'requested', side: 'requester', actorName: 'Wendy Worker' }],
    });
    expect(Object.keys(sent.shared).sort()).toEqual(['name', 'phone']);

    const [row] = await db().select().from(onwardReferrals).where(eq(onwardReferrals.id, sent.id));
    expect(row).toMatchObject({
      consentRecordedBy: workerId,
      requestedBy: workerId,
      providerOrganizationId: service.directoryOrganisationId,
      organisationId: tenant.pcn,
    });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, sent.id), eq(auditEvents.action, 'create')));
    expect(audit).toMatchObject([{ recordType: 'onward_referral', actorUserId: workerId }]);

    const seen = await app.inject({ url: `/api/provider/onward-referrals/${sent.id}`, headers: { cookie: provider.cookie } });
    expect(seen.statusCode).toBe(200);
    expect(Object.keys(seen.json().shared).sort()).toEqual(['name', 'phone']);
    for (const unshared of ['nhsNumber', 'dateOfBirth', 'address', 'personId', 'email']) {
      expect(seen.body).not.toContain(`"${unshared}"`);
    }
    const nhs = referral.nhsNumber;
    const formatted = `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
    for (const value of [nhs, formatted, '1950', 'LS1 1AA', 'High Street', 'ada@example.test']) {
      expect(seen.body).not.toContain(value);
    }
  });

  it('writes every shareable field as display text, taking reasons and what matters from the episode', async () => {
    const referral = await newReferral({ reasons: ['loneliness', 'housing'] });
    await fillInPerson(referral.personId);
    await db()
      .insert(carePlans)
      .values({ referralId: referral.id, version: 1, whatMatters: 'Getting out of the house', goals: [], actions: [] });
    const all = [
      'name',
      'dateOfBirth',
      'nhsNumber',
      'address',
      'phone',
      'email',
      'preferredContactMethod',
      'language',
      'accessibleFormats',
      'referralReasons',
      'whatMattersToMe',
    ];
    const response = await send(referral.personId, { sharedFields: all, referralId: referral.id });
    expect(response.statusCode).toBe(201);
    const [loneliness, housing] = await Promise.all(
      ['loneliness', 'housing'].map(async (code) => {
        const [reason] = await db().select().from(referralReasons).where(eq(referralReasons.code, code));
        return reason?.label;
      }),
    );
    const nhs = referral.nhsNumber;
    expect(response.json().shared).toEqual({
      name: `Ada ${referral.familyName}`,
      dateOfBirth: '12 March 1950',
      nhsNumber: `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`,
      address: '1 High Street, Leeds, LS1 1AA',
      phone: '0113 496 0000',
      email: 'ada@example.test',
      preferredContactMethod: 'Phone',
      language: 'Polish (interpreter needed)',
      accessibleFormats: 'Large print',
      referralReasons: `${loneliness}, ${housing}`,
      whatMattersToMe: 'Getting out of the house',
    });
  });

  it('queues one acknowledgement check, due the configured number of business days after sending', async () => {
    const referral = await newReferral();
    const before = new Date();
    const response = await send(referral.personId, {});
    expect(response.statusCode).toBe(201);
    const id = response.json().id as string;
    const queued = await db()
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `onward-ack:${id}`));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      kind: 'onward-referral.acknowledgement-check',
      payload: { onwardReferralId: id, businessDays: app.kith.config.directory.acknowledgeWithinBusinessDays },
      completedAt: null,
    });
    const due = queued[0]?.runAt.getTime() ?? 0;
    const expected = addBusinessDays(before, app.kith.config.directory.acknowledgeWithinBusinessDays).getTime();
    expect(due).toBeGreaterThanOrEqual(expected);
    expect(due - expected).toBeLessThan(60_000);
  });

  it('the same Idempotency-Key sends once and answers the retry with the same referral', async () => {
    const referral = await newReferral();
    const key = crypto.randomUUID();
    const first = await send(referral.personId, { note: 'once' }, worker, { 'idempotency-key': key });
    const retry = await send(referral.personId, { note: 'once' }, worker, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    const rows = await db().select().from(onwardReferrals).where(eq(onwardReferrals.personId, referral.personId));
    expect(rows).toHaveLength(1);
    const events = await db()
      .select()
      .from(onwardReferralEvents)
      .where(eq(onwardReferralEvents.onwardReferralId, first.json().id));
    expect(events).toHaveLength(1);
  });

  it('refuses a service that is closed to referrals, signpost only or archived with 409', async () => {
    const referral = await newReferral();
    const closed = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse, capacityStatus: 'closed' });
    const signpost = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse, referralRoute: 'signpost' });
    const archived = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse, archived: true });
    for (const [target, words] of [
      [closed, 'closed to referrals'],
      [signpost, 'does not take referrals through Kith'],
      [archived, 'no longer in the directory'],
    ] as const) {
      const response = await send(referral.personId, { serviceId: target.serviceId });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toContain(words);
    }
    const rows = await db().select().from(onwardReferrals).where(eq(onwardReferrals.personId, referral.personId));
    expect(rows).toHaveLength(0);
  });

  it('refuses a referral id of another person, naming referralId', async () => {
    const mine = await newReferral();
    const theirs = await newReferral();
    const response = await send(mine.personId, { referralId: theirs.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'referralId', message: expect.any(String) }]);
  });

  it('refuses sending without consent or without any detail chosen, naming the field', async () => {
    const referral = await newReferral();
    const noConsent = await send(referral.personId, { consentGiven: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().issues.map((i: { path: string }) => i.path)).toContain('consentGiven');
    const nothingShared = await send(referral.personId, { sharedFields: [] });
    expect(nothingShared.statusCode).toBe(400);
    expect(nothingShared.json().issues.map((i: { path: string }) => i.path)).toContain('sharedFields');
  });

  it('a link worker of another PCN gets 404 for the person, their referrals and each referral', async () => {
    const referral = await newReferral();
    const sent = (await send(referral.personId, {})).json();
    const otherPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    const stranger = await signIn(app, await createTestUser(db(), [{ organisationId: otherPcn, role: 'link_worker' }]));
    expect((await send(referral.personId, {}, stranger)).statusCode).toBe(404);
    const list = await app.inject({
      url: `/api/people/${referral.personId}/onward-referrals`,
      headers: { cookie: stranger.cookie },
    });
    expect(list.statusCode).toBe(404);
    const one = await app.inject({ url: `/api/onward-referrals/${sent.id}`, headers: { cookie: stranger.cookie } });
    expect(one.statusCode).toBe(404);
    const cancel = await app.inject({
      method: 'POST',
      url: `/api/onward-referrals/${sent.id}/status`,
      headers: stranger.writeHeaders,
      payload: { status: 'cancelled', reason: 'not mine' },
    });
    expect(cancel.statusCode).toBe(404);
    const start = await app.inject({
      url: `/api/people/${referral.personId}/directory-start`,
      headers: { cookie: stranger.cookie },
    });
    expect(start.statusCode).toBe(404);
  });

  it("lists the person's onward referrals, newest first, to the care team", async () => {
    const referral = await newReferral();
    const first = (await send(referral.personId, {})).json();
    const second = (await send(referral.personId, {})).json();
    const list = await app.inject({
      url: `/api/people/${referral.personId}/onward-referrals`,
      headers: { cookie: worker.cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
  });

  it("starts a directory search from the person's postcode and the needs of their open referrals only", async () => {
    const suffix = crypto.randomUUID().replaceAll('-', '').slice(0, 10);
    const openCode = `test_open_${suffix}`;
    const closedCode = `test_closed_${suffix}`;
    const [term] = await db()
      .insert(directoryTaxonomyTerms)
      .values([
        { code: openCode, name: `Open need ${suffix}` },
        { code: closedCode, name: `Closed need ${suffix}` },
      ])
      .returning();
    const open = await newReferral({ reasons: [openCode], status: 'received' });
    await fillInPerson(open.personId);
    // A discharged episode of the same person: its reasons no longer start a search.
    await db()
      .insert(referrals)
      .values({
        organisationId: tenant.pcn,
        personId: open.personId,
        source: 'gp_practice',
        status: 'discharged',
        reasons: [closedCode],
        consentToReferral: true,
        consentToDataSharing: true,
      });
    const response = await app.inject({
      url: `/api/people/${open.personId}/directory-start`,
      headers: { cookie: worker.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ postcode: 'LS1 1AA', needs: [{ id: term?.id, name: `Open need ${suffix}` }] });
  });
});
