import type { ClosedStatus, GpDocumentState } from '@kith/shared';
import { and, asc, count, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { gpDocuments, organisations } from '../../db/schema/index.ts';

/**
 * The gp_documents queries: one row per ended referral, its state and its delivery. Callers have
 * passed the referral gate or `scopeFor` (the routes), or are the jobs.
 */

export type GpDocumentRow = typeof gpDocuments.$inferSelect;
export type GpDocumentChanges = Partial<Omit<typeof gpDocuments.$inferInsert, 'id' | 'referralId' | 'organisationId' | 'ending'>>;

/** A document with the names the views show: its practice's and its PCN's. */
export interface GpDocumentViewRow {
  document: GpDocumentRow;
  practiceName: string | null;
  pcnName: string;
}

/**
 * The referral's document, created once: a second ending of the same referral (there is none:
 * endings are terminal) or a repeated call adds nothing. Returns the new id, or null.
 */
export async function insertGpDocument(
  db: DbOrTx,
  values: { referralId: string; organisationId: string; ending: ClosedStatus; createdAt: Date },
): Promise<string | null> {
  const [row] = await db
    .insert(gpDocuments)
    .values({ ...values, updatedAt: values.createdAt })
    .onConflictDoNothing({ target: gpDocuments.referralId })
    .returning({ id: gpDocuments.id });
  return row?.id ?? null;
}

export async function findGpDocument(db: DbOrTx, id: string): Promise<GpDocumentRow | undefined> {
  const [row] = await db.select().from(gpDocuments).where(eq(gpDocuments.id, id)).limit(1);
  return row;
}

/** The document, locked until the transaction ends, so two jobs never act on it at once. */
export async function lockGpDocument(db: DbOrTx, id: string): Promise<GpDocumentRow | undefined> {
  const [row] = await db.select().from(gpDocuments).where(eq(gpDocuments.id, id)).for('update');
  return row;
}

export async function updateGpDocument(db: DbOrTx, id: string, changes: GpDocumentChanges & { updatedAt: Date }): Promise<void> {
  await db.update(gpDocuments).set(changes).where(eq(gpDocuments.id, id));
}

/**
 * Changes the document only if it is still in `state` at `generation` (compare-and-set), so a
 * resend never overwrites a change made since the caller read it. True when it changed.
 */
export async function updateGpDocumentIf(
  db: DbOrTx,
  id: string,
  expected: { state: GpDocumentState; generation: number },
  changes: GpDocumentChanges & { updatedAt: Date },
): Promise<boolean> {
  const rows = await db
    .update(gpDocuments)
    .set(changes)
    .where(
      and(eq(gpDocuments.id, id), eq(gpDocuments.state, expected.state), eq(gpDocuments.sendGeneration, expected.generation)),
    )
    .returning({ id: gpDocuments.id });
  return rows.length === 1;
}

/** Documents MESH has accepted and the practice has not yet acknowledged, longest waiting first. */
export async function listSentGpDocuments(db: DbOrTx, limit: number, trackedBefore: Date): Promise<GpDocumentRow[]> {
  return db
    .select()
    .from(gpDocuments)
    .where(and(eq(gpDocuments.state, 'sent'), or(isNull(gpDocuments.trackedAt), lt(gpDocuments.trackedAt, trackedBefore))))
    .orderBy(sql`${gpDocuments.trackedAt} asc nulls first`, asc(gpDocuments.id))
    .limit(limit);
}

/** The document MESH knows by this message id (a non-delivery report names it). */
export async function findGpDocumentByMeshMessageId(db: DbOrTx, meshMessageId: string): Promise<GpDocumentRow | undefined> {
  const [row] = await db.select().from(gpDocuments).where(eq(gpDocuments.meshMessageId, meshMessageId)).limit(1);
  return row;
}

const practices = alias(organisations, 'practice');
const pcns = alias(organisations, 'pcn');

function viewSelect(db: DbOrTx) {
  return db
    .select({ document: gpDocuments, practiceName: practices.name, pcnName: pcns.name })
    .from(gpDocuments)
    .innerJoin(pcns, eq(pcns.id, gpDocuments.organisationId))
    .leftJoin(practices, eq(practices.id, gpDocuments.practiceOrganisationId));
}

export async function findGpDocumentView(db: DbOrTx, id: string): Promise<GpDocumentViewRow | undefined> {
  const [row] = await viewSelect(db).where(eq(gpDocuments.id, id)).limit(1);
  return row;
}

export async function findGpDocumentViewOfReferral(db: DbOrTx, referralId: string): Promise<GpDocumentViewRow | undefined> {
  const [row] = await viewSelect(db).where(eq(gpDocuments.referralId, referralId)).limit(1);
  return row;
}

/** A page of the PCNs' documents, newest first, optionally in one state. */
export async function listGpDocuments(
  db: DbOrTx,
  organisationIds: string[],
  filter: { state?: GpDocumentState | undefined; page: number; pageSize: number },
): Promise<{ items: GpDocumentViewRow[]; total: number }> {
  if (organisationIds.length === 0) return { items: [], total: 0 };
  const conditions: SQL[] = [inArray(gpDocuments.organisationId, organisationIds)];
  if (filter.state) conditions.push(eq(gpDocuments.state, filter.state));
  const where = and(...conditions);
  const items = await viewSelect(db)
    .where(where)
    .orderBy(desc(gpDocuments.createdAt), desc(gpDocuments.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(gpDocuments).where(where);
  return { items, total: total?.n ?? 0 };
}
