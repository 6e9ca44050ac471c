import { count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { appointments, letters, users } from '../../db/schema/index.ts';

/** A letter without its PDF, with the name of who made it: what the list and the view need. */
export interface LetterListRow {
  letter: Omit<typeof letters.$inferSelect, 'pdf'>;
  createdByName: string | null;
}

const listColumns = {
  id: letters.id,
  organisationId: letters.organisationId,
  personId: letters.personId,
  referralId: letters.referralId,
  appointmentId: letters.appointmentId,
  kind: letters.kind,
  largePrint: letters.largePrint,
  title: letters.title,
  byteLength: letters.byteLength,
  createdBy: letters.createdBy,
  createdAt: letters.createdAt,
};

export async function insertLetter(db: DbOrTx, values: typeof letters.$inferInsert): Promise<string> {
  const [row] = await db.insert(letters).values(values).returning({ id: letters.id });
  if (!row) throw new Error('insert returned no letter');
  return row.id;
}

export async function findLetterSummary(db: DbOrTx, id: string): Promise<LetterListRow | undefined> {
  const [row] = await db
    .select({ letter: listColumns, createdByName: users.displayName })
    .from(letters)
    .leftJoin(users, eq(users.id, letters.createdBy))
    .where(eq(letters.id, id))
    .limit(1);
  return row;
}

/** A page of the person's letters, newest first (the PDFs stay in the database). */
export async function listLettersOfPerson(
  db: DbOrTx,
  personId: string,
  page: { page: number; pageSize: number },
): Promise<{ items: LetterListRow[]; total: number }> {
  const where = eq(letters.personId, personId);
  const items = await db
    .select({ letter: listColumns, createdByName: users.displayName })
    .from(letters)
    .leftJoin(users, eq(users.id, letters.createdBy))
    .where(where)
    .orderBy(desc(letters.createdAt), desc(letters.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ n: count() }).from(letters).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Who a letter is about (for the gate), without reading its PDF. */
export async function findLetterOwner(
  db: DbOrTx,
  id: string,
): Promise<Pick<typeof letters.$inferSelect, 'id' | 'personId' | 'kind' | 'createdAt'> | undefined> {
  const [row] = await db
    .select({ id: letters.id, personId: letters.personId, kind: letters.kind, createdAt: letters.createdAt })
    .from(letters)
    .where(eq(letters.id, id))
    .limit(1);
  return row;
}

/** The stored PDF, exactly as it was made. */
export async function findLetterPdf(db: DbOrTx, id: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ pdf: letters.pdf }).from(letters).where(eq(letters.id, id)).limit(1);
  return row?.pdf;
}

export type AppointmentRow = typeof appointments.$inferSelect;

export async function findAppointment(db: DbOrTx, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await db.select().from(appointments).where(eq(appointments.id, id)).limit(1);
  return row;
}
