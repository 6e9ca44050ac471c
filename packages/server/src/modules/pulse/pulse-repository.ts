import { and, count, desc, eq, gte, inArray, lte, notExists, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { organisations, pulseParticipation, pulseResponses, pulseRounds } from '../../db/schema/index.ts';

/**
 * Pulse queries. Nothing here joins `pulse_participation` to `pulse_responses`: the two tables
 * share only the round, by design, so no query can say who gave which answers.
 */

export type PulseRoundRow = typeof pulseRounds.$inferSelect;
export interface NamedPulseRound {
  row: PulseRoundRow;
  organisationName: string;
}

function namedRounds(db: DbOrTx) {
  return db
    .select({ row: pulseRounds, organisationName: organisations.name })
    .from(pulseRounds)
    .innerJoin(organisations, eq(organisations.id, pulseRounds.organisationId));
}

export async function findRound(db: DbOrTx, id: string): Promise<NamedPulseRound | undefined> {
  const [found] = await namedRounds(db).where(eq(pulseRounds.id, id)).limit(1);
  return found;
}

export async function insertRound(db: DbOrTx, values: typeof pulseRounds.$inferInsert): Promise<PulseRoundRow> {
  const [row] = await db.insert(pulseRounds).values(values).returning();
  if (!row) throw new Error('insert returned no pulse round');
  return row;
}

/**
 * Closes a round that is open on `today` by making `closesOn` its last day. The state test is
 * repeated in the WHERE so two closes at once cannot both succeed; undefined when it was not open.
 */
export async function closeOpenRound(
  db: DbOrTx,
  id: string,
  today: string,
  closesOn: string,
): Promise<PulseRoundRow | undefined> {
  const [row] = await db
    .update(pulseRounds)
    // A round closed on the day it opened would otherwise close before it opened: its dates
    // become yesterday to yesterday, which still reads as closed.
    .set({ closesOn, opensOn: sql`least(${pulseRounds.opensOn}, ${closesOn}::date)` })
    .where(and(eq(pulseRounds.id, id), lte(pulseRounds.opensOn, today), gte(pulseRounds.closesOn, today)))
    .returning();
  return row;
}

/** One page of the rounds of the given organisations, newest opening first (open and upcoming ones lead). */
export async function listRoundsOf(db: DbOrTx, organisationIds: string[], page: PageRequest): Promise<Page<NamedPulseRound>> {
  if (organisationIds.length === 0) return pageResult([], 0, page);
  const where = inArray(pulseRounds.organisationId, organisationIds);
  const [totalRow] = await db.select({ n: count() }).from(pulseRounds).where(where);
  const rows = await namedRounds(db)
    .where(where)
    .orderBy(desc(pulseRounds.opensOn), desc(pulseRounds.createdAt), desc(pulseRounds.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return pageResult(rows, totalRow?.n ?? 0, page);
}

/** Rounds of the given organisations open on `today` that `userId` has not answered. */
export async function listUnansweredOpenRounds(
  db: DbOrTx,
  organisationIds: string[],
  userId: string,
  today: string,
): Promise<NamedPulseRound[]> {
  if (organisationIds.length === 0) return [];
  return namedRounds(db)
    .where(
      and(
        inArray(pulseRounds.organisationId, organisationIds),
        lte(pulseRounds.opensOn, today),
        gte(pulseRounds.closesOn, today),
        notExists(
          db
            .select({ one: sql`1` })
            .from(pulseParticipation)
            .where(and(eq(pulseParticipation.roundId, pulseRounds.id), eq(pulseParticipation.userId, userId))),
        ),
      ),
    )
    .orderBy(pulseRounds.closesOn);
}

/** An organisation's kind and parent, to find the PCN a respondent belongs to. */
export async function findOrganisationKinds(
  db: DbOrTx,
  ids: string[],
): Promise<{ id: string; kind: string; parentId: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, kind: organisations.kind, parentId: organisations.parentId })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}

/** The organisation and every organisation above it. */
export async function organisationChain(db: DbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE chain(id, parent_id) AS (
      SELECT id, parent_id FROM ${organisations} WHERE id = ${organisationId}
      UNION
      SELECT o.id, o.parent_id FROM ${organisations} o JOIN chain ON o.id = chain.parent_id
    )
    SELECT id FROM chain`);
  return rows.rows.map((row) => row.id);
}

/** Records that the user answered; false when they already had (the primary key stops a second). */
export async function insertParticipation(db: DbOrTx, roundId: string, userId: string): Promise<boolean> {
  const rows = await db
    .insert(pulseParticipation)
    .values({ roundId, userId })
    .onConflictDoNothing()
    .returning({ roundId: pulseParticipation.roundId });
  return rows.length === 1;
}

/** Stores the answers with the group only: no user, no time, and nothing is returned. */
export async function insertResponse(
  db: DbOrTx,
  roundId: string,
  groupOrganisationId: string,
  answers: Record<string, number>,
): Promise<void> {
  await db.insert(pulseResponses).values({ roundId, groupOrganisationId, answers });
}

/** A round's responses with their group's name, for the results (which suppress small groups). */
export async function listResponses(
  db: DbOrTx,
  roundId: string,
): Promise<{ groupId: string; groupName: string; answers: Record<string, number> }[]> {
  return db
    .select({ groupId: pulseResponses.groupOrganisationId, groupName: organisations.name, answers: pulseResponses.answers })
    .from(pulseResponses)
    .innerJoin(organisations, eq(organisations.id, pulseResponses.groupOrganisationId))
    .where(eq(pulseResponses.roundId, roundId));
}
