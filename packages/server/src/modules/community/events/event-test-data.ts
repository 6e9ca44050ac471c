import { and, desc, eq, like } from 'drizzle-orm';
import { expect } from 'vitest';
import { outboxEmails, users } from '../../../db/schema/index.ts';
import type { CommunityTestData, SignedInUser } from '../community-test-data.ts';

export const DAY = 86_400_000;

/** 10:00 UTC (or `hour`) `days` from now. */
export function inDays(days: number, hour = 10): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

/** Shortcuts the event integration tests share: create an event, RSVP, read it, find emails. Not a test file. */
export function eventTestHelpers(kit: () => CommunityTestData) {
  const app = () => kit().app;
  const db = () => kit().app.kith.database.db;

  async function newEvent(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await app().inject({
      method: 'POST',
      url: '/api/community/events',
      headers: kit().editor.writeHeaders,
      payload: {
        kind: 'webinar',
        title: 'Building links with community organisations',
        startsAt: inDays(10).toISOString(),
        endsAt: inDays(10, 11).toISOString(),
        onlineUrl: 'https://meet.example.org/links',
        ...overrides,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  const rsvp = (member: SignedInUser | null, id: string, response: string) =>
    app().inject({
      method: 'PUT',
      url: `/api/community/events/${id}/rsvp`,
      ...(member ? { headers: member.writeHeaders } : {}),
      payload: { response },
    });

  const eventAs = async (id: string, reader: SignedInUser | null) =>
    (
      await app().inject({
        method: 'GET',
        url: `/api/community/events/${id}`,
        ...(reader ? { headers: { cookie: reader.cookie } } : {}),
      })
    ).json();

  const emailOf = async (userId: string) =>
    (await db().select({ email: users.email }).from(users).where(eq(users.id, userId)))[0]?.email ?? '';

  /** Outbox emails to the user whose subject starts with `subjectStart`, newest first. */
  const emailsTo = async (userId: string, subjectStart: string) =>
    db()
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.to, await emailOf(userId)), like(outboxEmails.subject, `${subjectStart}%`)))
      .orderBy(desc(outboxEmails.createdAt));

  return { newEvent, rsvp, eventAs, emailOf, emailsTo };
}
