import { RSVP_NEEDS_MEMBER_MESSAGE } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityEventRsvps } from '../../../db/schema/index.ts';
import { type CommunityTestData, communityTestData } from '../community-test-data.ts';
import { eventTestHelpers } from './event-test-data.ts';

describe('community events: RSVPs and the waiting list', () => {
  let kit: CommunityTestData;
  const app = () => kit.app;
  const db = () => kit.app.kith.database.db;
  const { newEvent, rsvp, eventAs, emailsTo } = eventTestHelpers(() => kit);

  beforeAll(async () => {
    kit = await communityTestData();
  });
  afterAll(() => kit.app.close());

  it('an event at capacity puts the next "yes" on the waiting list and promotes them (with an email) when someone declines', async () => {
    const id = await newEvent({ capacity: 2 });
    const [a, b, c, d] = [await kit.newMember('A'), await kit.newMember('B'), await kit.newMember('C'), await kit.newMember('D')];
    expect((await rsvp(a, id, 'yes')).json().myRsvp).toMatchObject({ status: 'attending', waitingPosition: null });
    await rsvp(b, id, 'yes');
    const third = (await rsvp(c, id, 'yes')).json();
    expect(third.myRsvp).toMatchObject({ status: 'waitlisted', waitingPosition: 1 });
    expect((await rsvp(d, id, 'yes')).json().myRsvp).toMatchObject({ status: 'waitlisted', waitingPosition: 2 });
    expect(await eventAs(id, null)).toMatchObject({ attendingCount: 2, waitingCount: 2, placesLeft: 0, capacity: 2 });

    const declined = await rsvp(a, id, 'no');
    expect(declined.json()).toMatchObject({ myRsvp: { status: 'declined' }, attendingCount: 2, waitingCount: 1 });
    expect((await eventAs(id, c)).myRsvp).toMatchObject({ status: 'attending', waitingPosition: null });
    expect((await eventAs(id, d)).myRsvp).toMatchObject({ status: 'waitlisted', waitingPosition: 1 });
    const promotedEmails = await emailsTo(c.userId, 'You have a place');
    expect(promotedEmails).toHaveLength(1);
    expect(promotedEmails[0]?.textBody).toContain('https://kith.example.org/community/events/');
    expect(await emailsTo(d.userId, 'You have a place')).toHaveLength(0);

    // "maybe" from an attending member frees a place too; A's new "yes" then waits behind D.
    await rsvp(b, id, 'maybe');
    expect((await eventAs(id, d)).myRsvp.status).toBe('attending');
    expect((await rsvp(a, id, 'yes')).json().myRsvp).toMatchObject({ status: 'waitlisted', waitingPosition: 1 });

    const attendees = await app().inject({
      method: 'GET',
      url: `/api/community/events/${id}/attendees`,
      headers: { cookie: kit.editor.cookie },
    });
    expect(attendees.json().items.map((x: { displayName: string; status: string }) => `${x.displayName}:${x.status}`)).toEqual([
      'C:attending',
      'D:attending',
      'A:waitlisted',
      'B:maybe',
    ]);
    const notEditor = await app().inject({
      method: 'GET',
      url: `/api/community/events/${id}/attendees`,
      headers: { cookie: a.cookie },
    });
    expect(notEditor.statusCode).toBe(403);
  });

  it('a member RSVPing twice changes their RSVP and never adds a second', async () => {
    const id = await newEvent();
    const member = await kit.newMember();
    await rsvp(member, id, 'yes');
    await rsvp(member, id, 'yes');
    const changed = await rsvp(member, id, 'maybe');
    expect(changed.json()).toMatchObject({ myRsvp: { status: 'maybe' }, attendingCount: 0, maybeCount: 1 });
    const rows = await db()
      .select()
      .from(communityEventRsvps)
      .where(and(eq(communityEventRsvps.eventId, id), eq(communityEventRsvps.userId, member.userId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe('maybe');
  });

  it('a visitor cannot RSVP (401 with the words the page shows) and does not see the joining link', async () => {
    const id = await newEvent();
    const response = await rsvp(null, id, 'yes');
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe(RSVP_NEEDS_MEMBER_MESSAGE);
    expect(await eventAs(id, null)).toMatchObject({ onlineUrl: null, hasOnlineLink: true, myRsvp: null });
    expect((await eventAs(id, await kit.newMember())).onlineUrl).toBe('https://meet.example.org/links');
  });

  it('concurrent "yes" answers never exceed capacity', async () => {
    const id = await newEvent({ capacity: 3 });
    const members = await Promise.all(Array.from({ length: 8 }, (_, i) => kit.newMember(`Racer ${i}`)));
    const answers = await Promise.all(members.map((m) => rsvp(m, id, 'yes')));
    expect(answers.every((r) => r.statusCode === 200)).toBe(true);
    const rows = await db().select().from(communityEventRsvps).where(eq(communityEventRsvps.eventId, id));
    expect(rows.filter((r) => r.status === 'attending')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(5);
  });

  it('capacity cannot drop below those attending; raising it promotes from the waiting list; an editor removing someone frees a place', async () => {
    const id = await newEvent({ capacity: 1 });
    const [a, b, c] = [await kit.newMember('A'), await kit.newMember('B'), await kit.newMember('C')];
    await rsvp(a, id, 'yes');
    await rsvp(b, id, 'yes');
    await rsvp(c, id, 'yes');
    const patch = (payload: Record<string, unknown>) =>
      app().inject({ method: 'PATCH', url: `/api/community/events/${id}`, headers: kit.editor.writeHeaders, payload });
    expect((await patch({ capacity: 2 })).json()).toMatchObject({ attendingCount: 2, waitingCount: 1 });
    expect((await eventAs(id, b)).myRsvp.status).toBe('attending');
    const tooSmall = await patch({ capacity: 1 });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().issues[0].path).toBe('capacity');

    const byMember = await app().inject({
      method: 'DELETE',
      url: `/api/community/events/${id}/rsvps/${a.userId}`,
      headers: c.writeHeaders,
    });
    expect(byMember.statusCode).toBe(403);
    const removed = await app().inject({
      method: 'DELETE',
      url: `/api/community/events/${id}/rsvps/${a.userId}`,
      headers: kit.editor.writeHeaders,
    });
    expect(removed.statusCode).toBe(204);
    expect((await eventAs(id, c)).myRsvp.status).toBe('attending');
    expect((await eventAs(id, a)).myRsvp).toBeNull();
  });
});
