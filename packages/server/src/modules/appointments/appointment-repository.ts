import type { Role } from '@kith/shared';
import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { appointments, memberships, people, users } from '../../db/schema/index.ts';

export type AppointmentRecord = typeof appointments.$inferSelect;

/** An appointment with the names the screens show beside it (see `appointment-view.ts`). */
export interface AppointmentRow {
  appointment: AppointmentRecord;
  givenName: string;
  familyName: string;
  accessibleFormats: (typeof people.$inferSelect)['accessibleFormats'];
  workerName: string | null;
}

const worker = alias(users, 'appointment_worker');

/** Appointments with the person's and the worker's names, in time order (id breaks ties). */
function appointmentQuery(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({
      appointment: appointments,
      givenName: people.givenName,
      familyName: people.familyName,
      accessibleFormats: people.accessibleFormats,
      workerName: worker.displayName,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .leftJoin(worker, eq(worker.id, appointments.workerUserId))
    .where(where)
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .$dynamic();
}

export async function findAppointment(db: DbOrTx, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await appointmentQuery(db, eq(appointments.id, id));
  return row;
}

/** The appointment row, locked until the transaction ends, so two changes cannot interleave. */
export async function lockAppointment(tx: DbOrTx, id: string): Promise<AppointmentRecord | undefined> {
  const [row] = await tx.select().from(appointments).where(eq(appointments.id, id)).for('update');
  return row;
}

export async function insertAppointment(tx: DbOrTx, values: typeof appointments.$inferInsert): Promise<AppointmentRecord> {
  const [row] = await tx.insert(appointments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies a change and moves the version on, only if the version is still `version`. */
export async function updateAppointmentAt(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<typeof appointments.$inferInsert>,
): Promise<AppointmentRecord | undefined> {
  const [row] = await tx
    .update(appointments)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(appointments.id, id), eq(appointments.version, version)))
    .returning();
  return row;
}

export async function referralAppointmentRows(db: DbOrTx, referralId: string): Promise<AppointmentRow[]> {
  return appointmentQuery(db, eq(appointments.referralId, referralId));
}

/** A worker's appointments starting in [from, to). */
export async function workerAppointmentRows(db: DbOrTx, workerUserId: string, from: Date, to: Date): Promise<AppointmentRow[]> {
  return appointmentQuery(
    db,
    and(eq(appointments.workerUserId, workerUserId), gte(appointments.startsAt, from), lt(appointments.startsAt, to)),
  );
}

/** Every appointment starting in [from, to) held by the given organisations (a supervisor's team). */
export async function organisationAppointmentRows(
  db: DbOrTx,
  organisationIds: readonly string[],
  from: Date,
  to: Date,
): Promise<AppointmentRow[]> {
  if (organisationIds.length === 0) return [];
  return appointmentQuery(
    db,
    and(
      inArray(appointments.organisationId, [...organisationIds]),
      gte(appointments.startsAt, from),
      lt(appointments.startsAt, to),
    ),
  );
}

/** Active users holding one of `roles` in any of the organisations, by name. */
export async function activeUsersWithRoleIn(
  db: DbOrTx,
  organisationIds: readonly string[],
  roles: readonly Role[],
): Promise<{ id: string; name: string }[]> {
  if (organisationIds.length === 0 || roles.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organisationId, [...organisationIds]),
        inArray(memberships.role, [...roles]),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
}

/**
 * The organisations where an active user holds one of `roles` (their memberships' roots; a
 * membership covers the organisations below it too, which the caller works out).
 */
export async function activeUserRoleOrganisationIds(db: DbOrTx, userId: string, roles: readonly Role[]): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(users.active, true), inArray(memberships.role, [...roles])));
  return [...new Set(rows.map((row) => row.organisationId))];
}
