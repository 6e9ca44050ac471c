import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { carePlans, notifications, outboxEmails, users } from '../../db/schema/index.ts';
import { scanDue } from './due-scan-job.ts';
import { sendDigests } from './notification-digest-job.ts';
import { type NotificationEvent, notifyUsers, usersWithRoleIn } from './notify.ts';

describe('notifications', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: { id: string; email: string; session: SignedIn };
  let other: { id: string; email: string; session: SignedIn };
  let supervisorIds: string[];
  const db = () => app.kith.database.db;

  const user = async (role: 'link_worker' | 'supervisor', organisationId = tenant.pcn) => {
    const created = await createTestUser(db(), [{ organisationId, role }]);
    return { id: created.id, email: created.email, session: await signIn(app, created) };
  };
  const event = (overrides: Partial<NotificationEvent> = {}): NotificationEvent => ({
    kind: 'referral_allocated',
    subjectType: 'referral',
    subjectId: crypto.randomUUID(),
    title: 'Referral for Ada Lovelace allocated to you',
    link: '/referrals/x',
    ...overrides,
  });
  const rowsOf = (userIds: string[], kind?: string) =>
    db()
      .select()
      .from(notifications)
      .where(and(inArray(notifications.userId, userIds), kind ? eq(notifications.kind, kind) : undefined));
  const emailsTo = (to: string) => db().select().from(outboxEmails).where(eq(outboxEmails.to, to));
  const get = (url: string, session: SignedIn) => app.inject({ url, headers: { cookie: session.cookie } });
  const post = (url: string, session: SignedIn) => app.inject({ method: 'POST', url, headers: session.writeHeaders });

  beforeAll(async () => {
    app = await buildTestApp({ KITH_PUBLIC_URL: 'https://kith.example.org' });
    tenant = await createTestTenant(db());
    worker = await user('link_worker');
    other = await user('link_worker');
    supervisorIds = [(await user('supervisor')).id, (await user('supervisor')).id];
  });
  afterAll(() => app.close());

  it('usersWithRoleIn finds the active holders of a role in the organisations given, no one else', async () => {
    const elsewhere = await createTestTenant(db());
    await user('supervisor', elsewhere.pcn);
    const retired = await user('supervisor');
    await db().update(users).set({ active: false }).where(eq(users.id, retired.id));
    expect((await usersWithRoleIn(db(), [tenant.pcn], ['supervisor'])).sort()).toEqual([...supervisorIds].sort());
    expect(await usersWithRoleIn(db(), [], ['supervisor'])).toEqual([]);
  });

  it('fans out one notification per recipient, once per dedupe key, emailing by each one’s choice', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: other.session.writeHeaders,
      payload: { email: { referral_allocated: 'digest' } },
    });
    expect(put.statusCode).toBe(200);
    const once = event({ dedupeKey: `test:${crypto.randomUUID()}` });
    await db().transaction((tx) => notifyUsers(tx, [worker.id, other.id, worker.id], once));
    await db().transaction((tx) => notifyUsers(tx, [worker.id, other.id], once));
    const rows = await rowsOf([worker.id, other.id]);
    expect(rows.map((r) => [r.userId, r.email]).sort()).toEqual(
      [
        [worker.id, 'immediate'],
        [other.id, 'digest'],
      ].sort(),
    );
    expect(rows.find((r) => r.userId === worker.id)?.emailedAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.userId === other.id)?.emailedAt).toBeNull();

    // The immediate email is written from the kind: no title, no name, a link to the record.
    const [email] = await emailsTo(worker.email);
    expect(email?.subject).toBe('Kith: a referral has been allocated to you');
    expect(email?.textBody).toContain('https://kith.example.org/referrals/x');
    expect(email?.textBody).not.toContain('Ada');
    expect(await emailsTo(other.email)).toEqual([]);
  });

  it('a rolled-back change leaves no notification and no email', async () => {
    const lost = event({ kind: 'safeguarding_raised', subjectId: crypto.randomUUID() });
    await expect(
      db().transaction(async (tx) => {
        await notifyUsers(tx, [other.id], lost);
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect((await rowsOf([other.id])).filter((r) => r.subjectId === lost.subjectId)).toEqual([]);
  });

  it('lists, counts and marks only my own notifications; another user’s id is 404', async () => {
    const reader = await user('link_worker');
    await db().transaction(async (tx) => {
      await notifyUsers(tx, [reader.id], event({ title: 'first' }), new Date(Date.now() - 60_000));
      await notifyUsers(tx, [reader.id], event({ title: 'second' }));
    });
    const list = await get('/api/notifications', reader.session);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 2, items: [{ title: 'second', readAt: null }, { title: 'first' }] });
    expect((await get('/api/notifications/unread-count', reader.session)).json()).toEqual({ unread: 2 });

    const secondId = list.json().items[0].id as string;
    expect((await post(`/api/notifications/${secondId}/read`, other.session)).statusCode).toBe(404);
    expect((await post(`/api/notifications/${crypto.randomUUID()}/read`, reader.session)).statusCode).toBe(404);
    expect((await post(`/api/notifications/${secondId}/read`, reader.session)).statusCode).toBe(204);
    expect((await get('/api/notifications/unread-count', reader.session)).json()).toEqual({ unread: 1 });
    const unread = (await get('/api/notifications?unreadOnly=true', reader.session)).json();
    expect(unread.items.map((n: { title: string }) => n.title)).toEqual(['first']);

    expect((await post('/api/notifications/read-all', reader.session)).json()).toEqual({ marked: 1 });
    expect((await get('/api/notifications/unread-count', reader.session)).json()).toEqual({ unread: 0 });
    expect((await get('/api/notifications', other.session)).json().items.map((n: { id: string }) => n.id)).not.toContain(
      secondId,
    );
    expect((await app.inject({ url: '/api/notifications' })).statusCode).toBe(401);
  });

  it('preferences: defaults per kind; safeguarding email cannot be turned off (400 naming the field)', async () => {
    const chooser = await user('link_worker');
    const before = (await get('/api/notifications/preferences', chooser.session)).json();
    expect(before.items.find((p: { kind: string }) => p.kind === 'safeguarding_raised')).toEqual({
      kind: 'safeguarding_raised',
      email: 'immediate',
      defaultEmail: 'immediate',
      mandatory: true,
    });
    const refused = await app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: chooser.session.writeHeaders,
      payload: { email: { referral_queued: 'off', safeguarding_raised: 'off' } },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([{ path: 'email.safeguarding_raised', message: expect.any(String) }]);
    // Nothing of the refused request was kept.
    const unchanged = (await get('/api/notifications/preferences', chooser.session)).json();
    expect(unchanged.items.find((p: { kind: string }) => p.kind === 'referral_queued').email).toBe('digest');

    const saved = await app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: chooser.session.writeHeaders,
      payload: { email: { referral_queued: 'off', safeguarding_raised: 'digest' } },
    });
    expect(saved.statusCode).toBe(200);
    const choices = Object.fromEntries(saved.json().items.map((p: { kind: string; email: string }) => [p.kind, p.email]));
    expect(choices).toMatchObject({ referral_queued: 'off', safeguarding_raised: 'digest', referral_allocated: 'immediate' });

    await db().transaction((tx) => notifyUsers(tx, [chooser.id], event({ kind: 'referral_queued' })));
    expect((await rowsOf([chooser.id], 'referral_queued'))[0]).toMatchObject({ email: 'off', emailedAt: null });
    expect(await emailsTo(chooser.email)).toEqual([]);
  });

  it('the daily digest sends one email per user counting by kind, then marks them emailed', async () => {
    const busy = await user('link_worker');
    await db().transaction(async (tx) => {
      for (let i = 0; i < 2; i += 1) await notifyUsers(tx, [busy.id], event({ kind: 'referral_queued' }));
      await notifyUsers(tx, [busy.id], event({ kind: 'review_due', title: 'Review for Ada Lovelace' }));
    });
    await db().transaction((tx) => sendDigests(tx, new Date()));
    const [digest, ...more] = await emailsTo(busy.email);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe('Kith: 3 new notifications today');
    expect(digest?.textBody).toContain('A referral arrives in your PCN’s queue: 2');
    expect(digest?.textBody).toContain('A care-plan review is due: 1');
    expect(digest?.textBody).toContain('https://kith.example.org/notifications');
    expect(digest?.textBody).not.toContain('Ada');
    expect((await rowsOf([busy.id])).every((r) => r.emailedAt instanceof Date)).toBe(true);
    await db().transaction((tx) => sendDigests(tx, new Date()));
    expect(await emailsTo(busy.email)).toHaveLength(1);
  });

  it('the due scan tells the case’s worker of actions and reviews due, once however often it runs', async () => {
    const own = await createTestTenant(db());
    const caseWorker = await user('link_worker', own.pcn);
    const referral = await createTestReferral(db(), {
      organisationId: own.pcn,
      assignedWorkerId: caseWorker.id,
      referrerUserId: null,
    });
    await db()
      .insert(carePlans)
      .values({
        referralId: referral.id,
        version: 1,
        whatMatters: 'Getting out more',
        goals: [],
        actions: [
          { id: 'a1', text: 'Call the walking group', owner: 'worker', dueDate: '2026-03-02', done: false },
          { id: 'a2', text: 'Done already', owner: 'worker', dueDate: '2026-03-01', done: true },
          { id: 'a3', text: 'Later', owner: 'worker', dueDate: '2026-04-01', done: false },
        ],
        reviewDate: '2026-03-02',
      });
    const interval = { dueAfterWeeks: 4, overdueAfterWeeks: 6 };
    const now = new Date('2026-03-02T06:00:00Z');
    for (let run = 0; run < 2; run += 1) {
      await db().transaction((tx) => scanDue(tx, interval, now, { pcnIds: [own.pcn] }));
    }
    const rows = await rowsOf([caseWorker.id]);
    expect(rows.map((r) => [r.kind, r.title, r.link]).sort()).toEqual(
      [
        ['plan_action_due', expect.stringContaining('is due today'), `/cases/${referral.id}/care-plan`],
        ['review_due', expect.stringContaining('is due today'), `/cases/${referral.id}/care-plan`],
        // Never supervised: overdue at once.
        ['supervision_due', 'Your supervision is overdue', '/supervision'],
      ].sort(),
    );
  });
});
