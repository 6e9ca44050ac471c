import type { TaskBusinessStatus, TaskStatus } from '@kith/shared';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  directoryOrganisations,
  directoryServices,
  onwardReferralEvents,
  onwardReferrals,
  organisations,
  users,
} from '../../db/schema/index.ts';

/**
 * Onward referral queries. Nothing here reads `people`: both sides' views are built from the
 * referral row, its shared snapshot, the directory and user names.
 */

export type OnwardReferralRow = typeof onwardReferrals.$inferSelect;
export type OnwardReferralEventValues = typeof onwardReferralEvents.$inferInsert;

/** A referral row with the names every view shows. */
export interface NamedOnwardReferral {
  row: OnwardReferralRow;
  serviceName: string;
  providerName: string;
}

function namedSelect(db: DbOrTx) {
  return db
    .select({ row: onwardReferrals, serviceName: directoryServices.name, providerName: directoryOrganisations.name })
    .from(onwardReferrals)
    .innerJoin(directoryServices, eq(directoryServices.id, onwardReferrals.serviceId))
    .innerJoin(directoryOrganisations, eq(directoryOrganisations.id, onwardReferrals.providerOrganizationId));
}

export async function findOnwardReferral(db: DbOrTx, id: string): Promise<NamedOnwardReferral | undefined> {
  const [found] = await namedSelect(db).where(eq(onwardReferrals.id, id)).limit(1);
  return found;
}

export async function insertOnwardReferral(db: DbOrTx, values: typeof onwardReferrals.$inferInsert): Promise<OnwardReferralRow> {
  const [row] = await db.insert(onwardReferrals).values(values).returning();
  if (!row) throw new Error('insert returned no onward referral');
  return row;
}

export async function insertOnwardEvent(db: DbOrTx, values: OnwardReferralEventValues): Promise<void> {
  await db.insert(onwardReferralEvents).values(values);
}

/**
 * Updates a referral only if it is still in `from` (compare-and-set), bumping its version, so
 * two people acting at once cannot both succeed. Undefined when someone else moved it first.
 */
export async function updateIfStatus(
  db: DbOrTx,
  id: string,
  from: TaskStatus,
  set: Partial<typeof onwardReferrals.$inferInsert>,
): Promise<OnwardReferralRow | undefined> {
  const [row] = await db
    .update(onwardReferrals)
    .set({ ...set, version: sql`${onwardReferrals.version} + 1`, updatedAt: new Date() })
    .where(and(eq(onwardReferrals.id, id), eq(onwardReferrals.status, from)))
    .returning();
  return row;
}

/**
 * Sets a provider's sub-state only if the referral is still at `version` (the one that was read),
 * bumping it. False when someone else changed the referral meanwhile.
 */
export async function updateBusinessStatusIfVersion(
  db: DbOrTx,
  id: string,
  { version, businessStatus, at }: { version: number; businessStatus: TaskBusinessStatus | null; at: Date },
): Promise<boolean> {
  const updated = await db
    .update(onwardReferrals)
    .set({ businessStatus, version: sql`${onwardReferrals.version} + 1`, updatedAt: at })
    .where(and(eq(onwardReferrals.id, id), eq(onwardReferrals.version, version)))
    .returning({ id: onwardReferrals.id });
  return updated.length === 1;
}

/** The person's onward referrals, newest first. */
export async function listForPerson(db: DbOrTx, personId: string): Promise<NamedOnwardReferral[]> {
  return namedSelect(db).where(eq(onwardReferrals.personId, personId)).orderBy(desc(onwardReferrals.createdAt));
}

/** A page of referrals to the given directory organisations (a provider's inbox), by when sent. */
export async function listForProviders(
  db: DbOrTx,
  directoryOrganisationIds: string[],
  filter: { statuses: readonly TaskStatus[] | null; oldestFirst: boolean; page: number; pageSize: number },
): Promise<{ items: NamedOnwardReferral[]; total: number }> {
  if (directoryOrganisationIds.length === 0) return { items: [], total: 0 };
  const conditions: SQL[] = [inArray(onwardReferrals.providerOrganizationId, directoryOrganisationIds)];
  if (filter.statuses) conditions.push(inArray(onwardReferrals.status, [...filter.statuses]));
  const where = and(...conditions);
  const direction = filter.oldestFirst ? asc : desc;
  const items = await namedSelect(db)
    .where(where)
    .orderBy(direction(onwardReferrals.createdAt), direction(onwardReferrals.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(onwardReferrals).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Directory organisations curated by the given Kith (VCSE) organisations. */
export async function directoryOrganisationsOf(db: DbOrTx, kithOrganisationIds: string[]): Promise<string[]> {
  if (kithOrganisationIds.length === 0) return [];
  const rows = await db
    .select({ id: directoryOrganisations.id })
    .from(directoryOrganisations)
    .where(inArray(directoryOrganisations.kithOrganisationId, kithOrganisationIds));
  return rows.map((r) => r.id);
}

/** A change of a referral with the name of who made it. */
export interface OnwardEventRow {
  event: typeof onwardReferralEvents.$inferSelect;
  actorName: string | null;
}

/** Every change of a referral, oldest first, with the names of who made it. */
export async function findEvents(db: DbOrTx, onwardReferralId: string): Promise<OnwardEventRow[]> {
  return db
    .select({ event: onwardReferralEvents, actorName: users.displayName })
    .from(onwardReferralEvents)
    .leftJoin(users, eq(users.id, onwardReferralEvents.actorUserId))
    .where(eq(onwardReferralEvents.onwardReferralId, onwardReferralId))
    .orderBy(asc(onwardReferralEvents.at), asc(onwardReferralEvents.id));
}

export async function userName(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.name ?? null;
}

/** Names of the given (Kith) organisations, by id. */
export async function organisationNames(db: DbOrTx, organisationIds: string[]): Promise<Map<string, string>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(organisationIds)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function organisationName(db: DbOrTx, organisationId: string): Promise<string> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row?.name ?? '';
}

/** What sending checks about a service: whether it takes referrals through Kith now. */
export async function findServiceForReferral(
  db: DbOrTx,
  serviceId: string,
): Promise<
  | Pick<
      typeof directoryServices.$inferSelect,
      'id' | 'name' | 'organizationId' | 'referralRoute' | 'capacityStatus' | 'archivedAt'
    >
  | undefined
> {
  const [row] = await db
    .select({
      id: directoryServices.id,
      name: directoryServices.name,
      organizationId: directoryServices.organizationId,
      referralRoute: directoryServices.referralRoute,
      capacityStatus: directoryServices.capacityStatus,
      archivedAt: directoryServices.archivedAt,
    })
    .from(directoryServices)
    .where(eq(directoryServices.id, serviceId))
    .limit(1);
  return row;
}
