import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../../../test/tenant-test-data.ts';
import { communityEvents, jobs } from '../../../db/schema/index.ts';
import { runDueJobs } from '../../../jobs/job-queue.ts';
import { type CommunityTestData, communityTestData } from '../community-test-data.ts';
import { EVENT_REMINDER_JOB, sendEventReminders } from './event-reminder-job.ts';
import { DAY, eventTestHelpers, inDays } from './event-test-data.ts';

describe('community events: editing, invitations, calendar, reminders, listing', () => {
  let kit: CommunityTestData;
  const app = () => kit.app;
  const db = () => kit.app.kith.database.db;
  const { newEvent, rsvp, eventAs, emailOf, emailsTo } = eventTestHelpers(() => kit);

  beforeAll(async () => {
    kit = await communityTestData();
  });
  afterAll(() => kit.app.close());

  it('editors create events (UK wall-clock times read as Europe/London); members 403, visitors 401', async () => {
    const summer = await app().inject({
      method: 'POST',
      url: '/api/community/events',
      headers: kit.editor.writeHeaders,
      payload: {
        kind: 'network_meeting',
        title: 'Summer network meeting',
        startsAt: '2099-06-03T10:00',
        endsAt: '2099-06-03T12:30',
        place: 'Riverside Hall',
        capacity: 30,
        audience: 'Link workers',
      },
    });
    expect(summer.statusCode).toBe(201);
    expect(summer.json()).toMatchObject({
      startsAt: '2099-06-03T09:00:00.000Z',
      endsAt: '2099-06-03T11:30:00.000Z',
      timeZone: 'Europe/London',
      whenText: 'Wednesday 3 June 2099, 10:00 to 12:30 (UK time)',
      capacity: 30,
      placesLeft: 30,
      attendingCount: 0,
      status: 'scheduled',
      icsUrl: `/api/community/events/${summer.json().id}.ics`,
    });
    const winter = await newEvent({ startsAt: '2099-01-13T10:00', endsAt: '2099-01-13T11:00' });
    expect((await eventAs(winter, null)).startsAt).toBe('2099-01-13T10:00:00.000Z');

    const member = await kit.newMember();
    const createAs = (headers: Record<string, string>) =>
      app().inject({
        method: 'POST',
        url: '/api/community/events',
        headers,
        payload: {
          kind: 'webinar',
          title: 'x',
          startsAt: '2099-01-13T10:00',
          endsAt: '2099-01-13T11:00',
          onlineUrl: 'https://a.example',
        },
      });
    expect((await createAs(member.writeHeaders)).statusCode).toBe(403);
    expect((await createAs({})).statusCode).toBe(401);
  });

  it.each([
    [{ onlineUrl: null }, 'onlineUrl'],
    [{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
    [{ endsAt: inDays(9).toISOString() }, 'endsAt'],
    [{ startsAt: '2020-01-01T10:00', endsAt: '2020-01-01T11:00' }, 'startsAt'],
    [{ startsAt: '2099-02-30T10:00' }, 'startsAt'],
    [{ kind: 'network_meeting', place: '' }, 'place'],
    [{ capacity: 0 }, 'capacity'],
  ])('refuses %j naming %s', async (overrides, path) => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/community/events',
      headers: kit.editor.writeHeaders,
      payload: {
        kind: 'webinar',
        title: 'Bad event',
        startsAt: inDays(10).toISOString(),
        endsAt: inDays(10, 11).toISOString(),
        onlineUrl: 'https://meet.example.org/x',
        ...overrides,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe(path);
  });

  it('invitations expand roles and organisations (with descendants) to people and email each once', async () => {
    const id = await newEvent({ title: 'Invited webinar' });
    const db0 = db();
    const pcnLinkWorker = await createTestUser(db0, [{ organisationId: kit.tenant.pcn, role: 'link_worker' }]);
    const practiceReferrer = await createTestUser(db0, [{ organisationId: kit.tenant.practice, role: 'referrer' }]);
    const vcseProvider = await createTestUser(db0, [{ organisationId: kit.tenant.vcse, role: 'vcse_provider' }]);
    const member = await kit.newMember('Invited Member');
    const memberEmail = await emailOf(member.userId);
    const invite = (invitees: unknown[]) =>
      app().inject({
        method: 'POST',
        url: `/api/community/events/${id}/invitations`,
        headers: kit.editor.writeHeaders,
        payload: { invitees },
      });
    const first = await invite([
      { kind: 'role', role: 'link_worker', organisationId: kit.tenant.pcn },
      { kind: 'organisation', organisationId: kit.tenant.pcn },
      { kind: 'member', email: memberEmail.toUpperCase() },
    ]);
    expect(first.statusCode).toBe(200);
    const invitedIds = [pcnLinkWorker.id, practiceReferrer.id, member.userId];
    for (const userId of invitedIds) {
      const emails = await emailsTo(userId, 'Invitation: Invited webinar');
      expect(emails).toHaveLength(1);
      expect(emails[0]?.textBody).toContain('(UK time)');
    }
    expect(await emailsTo(vcseProvider.id, 'Invitation')).toHaveLength(0);
    // The PCN's link workers (the editor and moderator among them), its practice's referrer, and the member.
    expect(first.json()).toEqual({ invited: 5, alreadyInvited: 0 });
    expect((await eventAs(id, member)).invited).toBe(true);

    const again = await invite([{ kind: 'organisation', organisationId: kit.tenant.icb }]);
    // The ICB and everything below it: the admin and the VCSE provider are new.
    expect(again.json()).toEqual({ invited: 2, alreadyInvited: 4 });
    expect(await emailsTo(vcseProvider.id, 'Invitation: Invited webinar')).toHaveLength(1);
    expect(await emailsTo(member.userId, 'Invitation: Invited webinar')).toHaveLength(1);
    expect(await emailsTo(pcnLinkWorker.id, 'Invitation: Invited webinar')).toHaveLength(1);

    const unknown = await invite([
      { kind: 'role', role: 'admin' },
      { kind: 'member', email: 'nobody-here@example.org' },
    ]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].path).toBe('invitees.1.email');
    const badOrg = await invite([{ kind: 'organisation', organisationId: crypto.randomUUID() }]);
    expect(badOrg.json().issues[0].path).toBe('invitees.0.organisationId');
    const byMember = await app().inject({
      method: 'POST',
      url: `/api/community/events/${id}/invitations`,
      headers: member.writeHeaders,
      payload: { invitees: [{ kind: 'all_members' }] },
    });
    expect(byMember.statusCode).toBe(403);
  });

  it('the .ics download is an RFC 5545 calendar; the joining link goes to members only', async () => {
    const id = await newEvent({ title: 'Safeguarding, part 1; questions', description: 'Line one\nLine two' });
    const member = await kit.newMember();
    const visitorIcs = await app().inject({ method: 'GET', url: `/api/community/events/${id}.ics` });
    expect(visitorIcs.statusCode).toBe(200);
    expect(visitorIcs.headers['content-type']).toMatch(/^text\/calendar/);
    expect(visitorIcs.headers['content-disposition']).toMatch(/attachment; filename="safeguarding-part-1-questions\.ics"/);
    const body = visitorIcs.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:community-event-${id}@kith.example.org\r\n`);
    expect(unfolded).toContain('SUMMARY:Safeguarding\\, part 1\\; questions\r\n');
    expect(unfolded).toMatch(/DTSTART:\d{8}T100000Z\r\n/);
    expect(unfolded).toContain('DESCRIPTION:Line one\\nLine two');
    expect(unfolded).not.toContain('meet.example.org');
    const memberIcs = await app().inject({
      method: 'GET',
      url: `/api/community/events/${id}.ics`,
      headers: { cookie: member.cookie },
    });
    expect(memberIcs.body.replace(/\r\n /g, '')).toContain('URL:https://meet.example.org/links\r\n');
    expect((await app().inject({ method: 'GET', url: `/api/community/events/${crypto.randomUUID()}.ics` })).statusCode).toBe(404);
  });

  it('reminders: queued for 24 hours before, sent to attending members only; moving the event re-queues and the old one sends nothing', async () => {
    const start = inDays(20);
    const id = await newEvent({
      title: 'Reminder webinar',
      capacity: 1,
      startsAt: start.toISOString(),
      endsAt: inDays(20, 11).toISOString(),
    });
    const [attending, waiting] = [await kit.newMember('Attending'), await kit.newMember('Waiting')];
    await rsvp(attending, id, 'yes');
    await rsvp(waiting, id, 'yes');
    const [job] = await db()
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `community-event-reminder:${id}:${start.toISOString()}`));
    expect(job?.runAt.toISOString()).toBe(new Date(start.getTime() - DAY).toISOString());

    const runAt = async (now: Date) => {
      for (;;) {
        const { claimed } = await runDueJobs(db(), { [EVENT_REMINDER_JOB]: sendEventReminders }, now, 50);
        if (claimed === 0) return;
      }
    };
    await runAt(new Date(start.getTime() - DAY - 60_000));
    expect(await emailsTo(attending.userId, 'Reminder: Reminder webinar')).toHaveLength(0);

    // Move it a week later: the first reminder finds the start changed and sends nothing.
    const moved = new Date(start.getTime() + 7 * DAY);
    const patched = await app().inject({
      method: 'PATCH',
      url: `/api/community/events/${id}`,
      headers: kit.editor.writeHeaders,
      payload: { startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3_600_000).toISOString() },
    });
    expect(patched.statusCode).toBe(200);
    expect(await emailsTo(attending.userId, 'Changed: Reminder webinar')).toHaveLength(1);
    await runAt(new Date(start.getTime() - DAY + 60_000));
    expect(await emailsTo(attending.userId, 'Reminder: Reminder webinar')).toHaveLength(0);

    await runAt(new Date(moved.getTime() - DAY + 60_000));
    await runAt(new Date(moved.getTime() - DAY + 120_000));
    expect(await emailsTo(attending.userId, 'Reminder: Reminder webinar')).toHaveLength(1);
    expect(await emailsTo(waiting.userId, 'Reminder: Reminder webinar')).toHaveLength(0);
  });

  it('cancelling emails everyone who replied yes or maybe or is waiting; then no more RSVPs (409)', async () => {
    const id = await newEvent({ title: 'Cancelled webinar' });
    const [yes, maybe, no] = [await kit.newMember(), await kit.newMember(), await kit.newMember()];
    await rsvp(yes, id, 'yes');
    await rsvp(maybe, id, 'maybe');
    await rsvp(no, id, 'no');
    const cancelled = await app().inject({
      method: 'POST',
      url: `/api/community/events/${id}/cancel`,
      headers: kit.editor.writeHeaders,
    });
    expect(cancelled.json().status).toBe('cancelled');
    expect(await emailsTo(yes.userId, 'Cancelled: Cancelled webinar')).toHaveLength(1);
    expect(await emailsTo(maybe.userId, 'Cancelled: Cancelled webinar')).toHaveLength(1);
    expect(await emailsTo(no.userId, 'Cancelled')).toHaveLength(0);
    const late = await rsvp(no, id, 'yes');
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('This event has been cancelled');
    const ics = await app().inject({ method: 'GET', url: `/api/community/events/${id}.ics` });
    expect(ics.body).toContain('STATUS:CANCELLED\r\n');
  });

  it('the OpenAPI document describes the comment, resource and event routes', async () => {
    const response = await app().inject({ url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/community/me',
        '/api/community/posts/{id}/comments',
        '/api/community/moderation/comments',
        '/api/community/resources',
        '/api/community/resources/categories',
        '/api/community/events',
        '/api/community/events/{id}.ics',
        '/api/community/events/{id}/rsvp',
        '/api/community/events/{id}/invitations',
      ]),
    );
  });

  it('lists upcoming events soonest first with my RSVP and counts, and past ones separately', async () => {
    const later = await newEvent({ title: 'Later', startsAt: inDays(40).toISOString(), endsAt: inDays(40, 11).toISOString() });
    const sooner = await newEvent({ title: 'Sooner', startsAt: inDays(30).toISOString(), endsAt: inDays(30, 11).toISOString() });
    const [past] = await db()
      .insert(communityEvents)
      .values({
        kind: 'network_meeting',
        title: 'Last month',
        startsAt: new Date(Date.now() - 30 * DAY),
        endsAt: new Date(Date.now() - 30 * DAY + 3_600_000),
        place: 'Hall',
      })
      .returning();
    const member = await kit.newMember();
    await rsvp(member, sooner, 'yes');
    const upcoming = (
      await app().inject({ method: 'GET', url: '/api/community/events?pageSize=200', headers: { cookie: member.cookie } })
    ).json();
    const ids = upcoming.items.map((e: { id: string }) => e.id);
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    expect(ids).not.toContain(past?.id);
    expect(upcoming.items.find((e: { id: string }) => e.id === sooner)).toMatchObject({
      attendingCount: 1,
      myRsvp: { status: 'attending' },
    });
    const pastList = (await app().inject({ method: 'GET', url: '/api/community/events?when=past&pageSize=200' })).json();
    expect(pastList.items.map((e: { id: string }) => e.id)).toContain(past?.id);
    const lateRsvp = await rsvp(member, past?.id ?? '', 'yes');
    expect(lateRsvp.statusCode).toBe(409);
  });
});
