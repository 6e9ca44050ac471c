import type { MessageChannel, MessageTemplateKey, PersonMessageStatus } from '@kith/shared';
import { and, asc, count, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { jobs, messageTemplates, organisations, people, personMessages, users } from '../../db/schema/index.ts';

export type PersonMessageRow = typeof personMessages.$inferSelect;
export type MessageTemplateRow = typeof messageTemplates.$inferSelect;

/** What sending to a person needs: the channel rules' fields, the first name and the PCN's name. */
export async function findMessagePerson(db: DbOrTx, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      organisationId: people.organisationId,
      givenName: people.givenName,
      phone: people.phone,
      email: people.email,
      preferredContactMethod: people.preferredContactMethod,
      contactConsent: people.contactConsent,
      serviceName: organisations.name,
    })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(people.id, personId))
    .limit(1);
  return row;
}
export type MessagePerson = NonNullable<Awaited<ReturnType<typeof findMessagePerson>>>;

export async function findTemplate(db: DbOrTx, key: MessageTemplateKey, channel: MessageChannel) {
  const [row] = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.key, key), eq(messageTemplates.channel, channel)))
    .limit(1);
  return row;
}

/** Inserts the message; undefined when one with the same `dedupeKey` already exists. */
export async function insertPersonMessage(db: DbOrTx, values: typeof personMessages.$inferInsert): Promise<string | undefined> {
  const [row] = await db
    .insert(personMessages)
    .values(values)
    .onConflictDoNothing({ target: personMessages.dedupeKey })
    .returning({ id: personMessages.id });
  return row?.id;
}

export async function findPersonMessage(db: DbOrTx, id: string): Promise<PersonMessageRow | undefined> {
  const [row] = await db.select().from(personMessages).where(eq(personMessages.id, id)).limit(1);
  return row;
}

/** Notify accepted the message: its id is kept so the status job can ask about it. */
export async function markMessageCreated(db: DbOrTx, id: string, notifyId: string, now: Date): Promise<void> {
  await db
    .update(personMessages)
    .set({ status: 'created', notifyId, lastError: null, statusAt: now })
    .where(eq(personMessages.id, id));
}

/** Sending gave up: the message stays queued with the reason, for the waiting-messages screen. */
export async function markMessageSendFailed(db: DbOrTx, id: string, error: string, now: Date): Promise<void> {
  await db
    .update(personMessages)
    .set({ lastError: error.slice(0, 1000), statusAt: now })
    .where(eq(personMessages.id, id));
}

export async function updateMessageStatus(db: DbOrTx, id: string, status: PersonMessageStatus, at: Date): Promise<void> {
  await db.update(personMessages).set({ status, statusAt: at }).where(eq(personMessages.id, id));
}

/** A failed message back to queued for another try; `statusAt` names the new send job. */
export async function requeueMessage(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db
    .update(personMessages)
    .set({ status: 'queued', notifyId: null, lastError: null, statusAt: now })
    .where(eq(personMessages.id, id));
}

/** Messages Notify has accepted but not finished with, longest-waiting first. */
export async function listMessagesAwaitingStatus(db: DbOrTx, limit: number): Promise<PersonMessageRow[]> {
  return db
    .select()
    .from(personMessages)
    .where(and(inArray(personMessages.status, ['created', 'sending']), isNotNull(personMessages.notifyId)))
    .orderBy(asc(personMessages.statusAt), asc(personMessages.id))
    .limit(limit);
}

function messageSelect(db: DbOrTx) {
  return db
    .select({
      message: personMessages,
      createdByName: users.displayName,
      personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
    })
    .from(personMessages)
    .innerJoin(people, eq(people.id, personMessages.personId))
    .leftJoin(users, eq(users.id, personMessages.createdBy));
}
export type PersonMessageViewRow = Awaited<ReturnType<ReturnType<typeof messageSelect>['execute']>>[number];

export async function findPersonMessageView(db: DbOrTx, id: string): Promise<PersonMessageViewRow | undefined> {
  const [row] = await messageSelect(db).where(eq(personMessages.id, id)).limit(1);
  return row;
}

/** A page of the person's messages, newest first. */
export async function listPersonMessages(
  db: DbOrTx,
  personId: string,
  page: { page: number; pageSize: number },
): Promise<{ items: PersonMessageViewRow[]; total: number }> {
  const where = eq(personMessages.personId, personId);
  const items = await messageSelect(db)
    .where(where)
    .orderBy(desc(personMessages.createdAt), desc(personMessages.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ n: count() }).from(personMessages).where(where);
  return { items, total: total?.n ?? 0 };
}

export type WaitingFilter = 'waiting' | 'failed' | 'queued';

const FAILED = sql`(${personMessages.status} IN ('permanent-failure', 'temporary-failure', 'technical-failure')
  OR (${personMessages.status} = 'queued' AND ${personMessages.lastError} IS NOT NULL))`;

/** Messages of the given PCNs not delivered yet that need watching: queued (waiting or given up) and failed, oldest first. */
export async function listWaitingMessages(
  db: DbOrTx,
  organisationIds: string[],
  filter: WaitingFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: PersonMessageViewRow[]; total: number }> {
  if (organisationIds.length === 0) return { items: [], total: 0 };
  const which: SQL =
    filter === 'failed'
      ? FAILED
      : filter === 'queued'
        ? eq(personMessages.status, 'queued')
        : sql`(${personMessages.status} = 'queued' OR ${FAILED})`;
  const where = and(inArray(personMessages.organisationId, organisationIds), which);
  const items = await messageSelect(db)
    .where(where)
    .orderBy(asc(personMessages.createdAt), asc(personMessages.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ n: count() }).from(personMessages).where(where);
  return { items, total: total?.n ?? 0 };
}

/** The send jobs of queued messages by dedupe key: how many tries, the last error, the next try. */
export async function findSendJobs(db: DbOrTx, dedupeKeys: string[]) {
  if (dedupeKeys.length === 0) return [];
  return db
    .select({
      dedupeKey: jobs.dedupeKey,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
      lastError: jobs.lastError,
      runAt: jobs.runAt,
    })
    .from(jobs)
    .where(inArray(jobs.dedupeKey, dedupeKeys));
}

export async function listMessageTemplates(db: DbOrTx) {
  return db
    .select({ template: messageTemplates, updatedByName: users.displayName })
    .from(messageTemplates)
    .leftJoin(users, eq(users.id, messageTemplates.updatedBy))
    .orderBy(asc(messageTemplates.key), asc(messageTemplates.channel));
}

export async function findMessageTemplateById(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ template: messageTemplates, updatedByName: users.displayName })
    .from(messageTemplates)
    .leftJoin(users, eq(users.id, messageTemplates.updatedBy))
    .where(eq(messageTemplates.id, id))
    .limit(1);
  return row;
}

export async function updateMessageTemplate(
  db: DbOrTx,
  id: string,
  values: { subject: string | null; body: string; updatedBy: string; updatedAt: Date },
): Promise<void> {
  await db.update(messageTemplates).set(values).where(eq(messageTemplates.id, id));
}
