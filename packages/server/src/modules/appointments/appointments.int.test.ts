import { type Appointment, ukToday } from '@kith/shared';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { appointments, jobs, referrals } from '../../db/schema/index.ts';
import { APPOINTMENT_BOOKED_JOB } from './appointment-jobs.ts';

const DAY = 86_400_000;
/** A UK date `days` from now; 10:00 on it is never in a clock-change hour. */
const inDays = (days: number) => ukToday(new Date(Date.now() + days * DAY));

describe('appointments', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let otherTenant: TestTenant;
  let workerId: string;
  let worker: SignedIn;
  let colleagueId: string;
  let supervisor: SignedIn;
  let otherWorker: SignedIn;
  let otherWorkerId: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    otherTenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Priya Link',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    colleagueId = (
      await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Sam Colleague' })
    ).id;
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    const other = await createTestUser(db(), [{ organisationId: otherTenant.pcn, role: 'link_worker' }]);
    otherWorkerId = other.id;
    otherWorker = await signIn(app, other);
  });
  afterAll(() => app.close());

  const newReferral = (status: 'active' | 'discharged' = 'active') =>
    createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: workerId, referrerUserId: null, status });
  const booking = (extra: object = {}) => ({ date: inDays(2), time: '10:00', durationMinutes: 45, mode: 'phone', ...extra });
  const book = (referralId: string, body: object, session = worker) =>
    app.inject({
      method: 'POST',
      url: `/api/referrals/${referralId}/appointments`,
      headers: session.writeHeaders,
      payload: body,
    });
  const act = (id: string, action: string, body: object, session = worker) =>
    app.inject({ method: 'POST', url: `/api/appointments/${id}/${action}`, headers: session.writeHeaders, payload: body });
  const bookOk = async (referral: TestReferral, body: object = booking()): Promise<Appointment> => {
    const response = await book(referral.id, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  /** Moves an appointment (and its referral's arrival) into the past, as if time had passed since it was booked. */
  const startedAgo = async (id: string, minutes: number) => {
    const [moved] = await db()
      .update(appointments)
      .set({ startsAt: new Date(Date.now() - minutes * 60_000) })
      .where(eq(appointments.id, id))
      .returning();
    await db()
      .update(referrals)
      .set({ createdAt: new Date(Date.now() - 2 * DAY) })
      .where(eq(referrals.id, moved?.referralId ?? ''));
  };

  it('books on a referral with the assigned worker, UK time, and queues the confirmation', async () => {
    const referral = await newReferral();
    const created = await bookOk(
      referral,
      booking({ date: '2030-07-01', time: '09:30', mode: 'video', videoLink: 'https://meet.example/x' }),
    );
    expect(created).toMatchObject({
      referralId: referral.id,
      workerId,
      workerName: 'Priya Link',
      // 09:30 BST is 08:30 UTC.
      startsAt: '2030-07-01T08:30:00.000Z',
      endsAt: '2030-07-01T09:15:00.000Z',
      status: 'booked',
      version: 1,
      personName: `${referral.givenName} ${referral.familyName}`,
    });
    const queued = await db()
      .select()
      .from(jobs)
      .where(like(jobs.dedupeKey, `appointment-booked:${created.id}:%`));
    expect(queued).toMatchObject([
      {
        kind: APPOINTMENT_BOOKED_JOB,
        dedupeKey: `appointment-booked:${created.id}:1`,
        payload: { appointmentId: created.id, change: 'booked' },
      },
    ]);
    const listed = await app.inject({ url: `/api/referrals/${referral.id}/appointments`, headers: { cookie: worker.cookie } });
    expect(listed.json().items.map((a: Appointment) => a.id)).toEqual([created.id]);
  });

  it('refuses a time in the past, a link that is not https, and a colleague from another PCN', async () => {
    const referral = await newReferral();
    const past = await book(referral.id, booking({ date: inDays(-1) }));
    expect(past.statusCode).toBe(400);
    expect(past.json().issues).toEqual([{ path: 'date', message: 'The appointment must be in the future' }]);
    const http = await book(referral.id, booking({ mode: 'video', videoLink: 'http://meet.example/x' }));
    expect(http.statusCode).toBe(400);
    expect(http.json().issues[0].path).toBe('videoLink');
    const js = await book(referral.id, booking({ videoLink: 'javascript:alert(1)' }));
    expect(js.statusCode).toBe(400);
    const stranger = await book(referral.id, booking({ workerId: otherWorkerId }));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().issues[0].path).toBe('workerId');
    const tooLong = await book(referral.id, booking({ durationMinutes: 481 }));
    expect(tooLong.statusCode).toBe(400);
    expect(await db().select().from(appointments).where(eq(appointments.referralId, referral.id))).toEqual([]);
    const withColleague = await bookOk(referral, booking({ workerId: colleagueId }));
    expect(withColleague.workerId).toBe(colleagueId);
  });

  it('offers the PCN’s colleagues who work referrals as who the appointment is with', async () => {
    const referral = await newReferral();
    const response = await app.inject({
      url: `/api/referrals/${referral.id}/appointment-workers`,
      headers: { cookie: worker.cookie },
    });
    expect(response.statusCode).toBe(200);
    const { items, assignedWorkerId } = response.json();
    expect(assignedWorkerId).toBe(workerId);
    const ids = items.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([workerId, colleagueId]));
    expect(ids).not.toContain(otherWorkerId);
    expect(
      (await app.inject({ url: `/api/referrals/${referral.id}/appointment-workers`, headers: { cookie: otherWorker.cookie } }))
        .statusCode,
    ).toBe(404);
  });

  it('hides another PCN’s referral and appointments (404) and refuses a closed case (409)', async () => {
    const referral = await newReferral();
    const created = await bookOk(referral);
    expect((await book(referral.id, booking(), otherWorker)).statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/api/appointments/${created.id}`, headers: { cookie: otherWorker.cookie } })).statusCode,
    ).toBe(404);
    expect((await act(created.id, 'cancel', { version: 1, reason: 'x' }, otherWorker)).statusCode).toBe(404);
    const closed = await newReferral('discharged');
    expect((await book(closed.id, booking())).statusCode).toBe(409);
  });

  it('reschedules with the version seen, queues a new confirmation, and refuses a stale version', async () => {
    const referral = await newReferral();
    const created = await bookOk(referral);
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/appointments/${created.id}`,
      headers: worker.writeHeaders,
      payload: { version: 1, date: '2030-01-15', time: '14:00', durationMinutes: 30 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: '2030-01-15T14:00:00.000Z', durationMinutes: 30, version: 2 });
    const [queued] = await db()
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `appointment-booked:${created.id}:2`));
    expect(queued?.payload).toEqual({ appointmentId: created.id, change: 'rescheduled' });
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/appointments/${created.id}`,
      headers: worker.writeHeaders,
      payload: { version: 1, date: '2030-01-16', time: '14:00' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('attended: one step logs the successful contact at the appointment’s start and links it', async () => {
    const referral = await newReferral();
    const created = await bookOk(referral, booking({ durationMinutes: 40, mode: 'face_to_face', place: 'Surgery room 2' }));
    await startedAgo(created.id, 60);
    const early = await db().select().from(appointments).where(eq(appointments.id, created.id));
    const attended = await act(created.id, 'attended', { version: 1, notes: 'Talked about the walking group' });
    expect(attended.statusCode, attended.body).toBe(200);
    const done: Appointment = attended.json();
    expect(done).toMatchObject({ status: 'attended', version: 2 });
    expect(done.contactId).not.toBeNull();
    const contacts = await app.inject({ url: `/api/referrals/${referral.id}/contacts`, headers: { cookie: worker.cookie } });
    expect(contacts.json().items).toMatchObject([
      {
        id: done.contactId,
        successful: true,
        mode: 'face_to_face',
        durationMinutes: 40,
        notes: 'Talked about the walking group',
        occurredAt: early[0]?.startsAt.toISOString(),
      },
    ]);
    // Final: nothing more can happen to it.
    expect((await act(created.id, 'attended', { version: 2 })).statusCode).toBe(409);
    expect((await act(created.id, 'cancel', { version: 2, reason: 'oops' })).statusCode).toBe(409);
  });

  it('did not attend only once started; cancel keeps the reason', async () => {
    const referral = await newReferral();
    const first = await bookOk(referral);
    expect((await act(first.id, 'did-not-attend', { version: 1 })).statusCode).toBe(409);
    await startedAgo(first.id, 30);
    const dna = await act(first.id, 'did-not-attend', { version: 1 });
    expect(dna.json()).toMatchObject({ status: 'did_not_attend', contactId: null });
    const second = await bookOk(referral);
    const cancelled = await act(second.id, 'cancel', { version: 1, reason: 'Person asked to rearrange' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', statusReason: 'Person asked to rearrange' });
    expect((await act(second.id, 'cancel', { version: 2, reason: '' })).statusCode).toBe(400);
  });

  it('calendars: my own; a supervisor’s team calendar covers their PCN only; a link worker has none', async () => {
    const mine = await bookOk(await newReferral(), booking({ date: inDays(3) }));
    const theirs = await book(
      (await createTestReferral(db(), { organisationId: otherTenant.pcn, assignedWorkerId: otherWorkerId, referrerUserId: null }))
        .id,
      booking({ date: inDays(3) }),
      otherWorker,
    );
    expect(theirs.statusCode).toBe(201);
    const range = `from=${encodeURIComponent(new Date(Date.now() + 2 * DAY).toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 5 * DAY).toISOString())}`;
    const own = await app.inject({ url: `/api/appointments?${range}`, headers: { cookie: worker.cookie } });
    expect(own.statusCode).toBe(200);
    const ownIds = own.json().items.map((a: Appointment) => a.id);
    expect(ownIds).toContain(mine.id);
    expect(ownIds).not.toContain(theirs.json().id);
    const team = await app.inject({ url: `/api/appointments?${range}&team=true`, headers: { cookie: supervisor.cookie } });
    expect(team.statusCode).toBe(200);
    const teamIds = team.json().items.map((a: Appointment) => a.id);
    expect(teamIds).toContain(mine.id);
    expect(teamIds).not.toContain(theirs.json().id);
    const otherWorkerDay = await app.inject({
      url: `/api/appointments?${range}&workerId=${otherWorkerId}`,
      headers: { cookie: supervisor.cookie },
    });
    // Another PCN's worker is out of the supervisor's sight: 404, not an empty calendar.
    expect(otherWorkerDay.statusCode).toBe(404);
    expect(otherWorkerDay.json().items).toBeUndefined();
    expect(
      (await app.inject({ url: `/api/appointments?${range}&team=true`, headers: { cookie: worker.cookie } })).statusCode,
    ).toBe(403);
    const tooWide = `from=2030-01-01T00:00:00Z&to=2030-06-01T00:00:00Z`;
    expect((await app.inject({ url: `/api/appointments?${tooWide}`, headers: { cookie: worker.cookie } })).statusCode).toBe(400);
  });

  it('calendar feed: a secret address with initials and reference only, revocable', async () => {
    const referral = await newReferral();
    const created = await bookOk(referral, booking({ mode: 'video', videoLink: 'https://meet.example/room;1,2' }));
    await act((await bookOk(referral, booking({ date: inDays(4) }))).id, 'cancel', { version: 1, reason: 'Unwell' });
    expect((await app.inject({ url: '/api/calendar-feed', headers: { cookie: worker.cookie } })).json()).toEqual({
      exists: false,
      createdAt: null,
    });
    const made = await app.inject({ method: 'POST', url: '/api/calendar-feed', headers: worker.writeHeaders });
    expect(made.statusCode).toBe(201);
    const path = new URL(made.json().url).pathname;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await app.inject({ url: '/api/calendar-feed', headers: { cookie: worker.cookie } })).json().exists).toBe(true);

    const feed = await app.inject({ url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.headers['cache-control']).toBe('no-store');
    const body = feed.body;
    expect(body).not.toContain(referral.familyName);
    expect(body).not.toContain(referral.nhsNumber);
    const events = parseIcs(body);
    const event = events.find((e) => e.UID?.includes(created.id));
    expect(event).toMatchObject({
      SUMMARY: `Appointment: A. T. (ref ${referral.id.slice(0, 8).toUpperCase()})`,
      STATUS: 'CONFIRMED',
      SEQUENCE: '1',
      URL: 'https://meet.example/room;1,2',
    });
    expect(event?.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    const ofReferral = events.filter((e) => e.SUMMARY?.includes(referral.id.slice(0, 8).toUpperCase()));
    expect(ofReferral.map((e) => e.STATUS).sort()).toEqual(['CANCELLED', 'CONFIRMED']);

    expect((await app.inject({ url: '/calendar/notARealSecretButLongEnough0123.ics' })).statusCode).toBe(404);
    const again = await app.inject({ method: 'POST', url: '/api/calendar-feed', headers: worker.writeHeaders });
    expect((await app.inject({ url: path })).statusCode).toBe(404);
    const revoked = await app.inject({ method: 'DELETE', url: '/api/calendar-feed', headers: worker.writeHeaders });
    expect(revoked.statusCode).toBe(204);
    expect((await app.inject({ url: new URL(again.json().url).pathname })).statusCode).toBe(404);
  });

  it('documents the public feed in the OpenAPI document as needing no session', async () => {
    const document = (await app.inject({ url: '/api/docs/json' })).json();
    expect(document.paths['/calendar/{token}.ics'].get.security).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/appointments/{id}/attended', '/api/calendar-feed']),
    );
  });
});

/** A small RFC 5545 reader for the test: CRLF lines, unfolded, VEVENTs as property maps. */
function parseIcs(text: string): Record<string, string>[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const lines = physical.reduce<string[]>((all, line) => {
    if (line.startsWith(' ')) all[all.length - 1] += line.slice(1);
    else all.push(line);
    return all;
  }, []);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}
