import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { afcPayPoints, arrsCaps, employerOnCostRates } from '../../db/schema/index.ts';

/** The stored rows (the API's `ArrsCapRow` and friends are their shaped forms, in the view). */
export type ArrsCapRecord = typeof arrsCaps.$inferSelect;
export type PayPointRecord = typeof afcPayPoints.$inferSelect;
export type OnCostRateRecord = typeof employerOnCostRates.$inferSelect;

/**
 * The three reference tables behind the funding rules. Rows are few (tens), so they are read
 * whole; the rules pick the year they need and carry figures forward when a year is missing.
 */
export async function listCaps(db: DbOrTx): Promise<ArrsCapRecord[]> {
  return db.select().from(arrsCaps).orderBy(asc(arrsCaps.financialYear), asc(arrsCaps.role));
}

export async function listPayPoints(db: DbOrTx): Promise<PayPointRecord[]> {
  return db.select().from(afcPayPoints).orderBy(asc(afcPayPoints.financialYear), asc(afcPayPoints.band), asc(afcPayPoints.point));
}

export async function listOnCostRates(db: DbOrTx): Promise<OnCostRateRecord[]> {
  return db.select().from(employerOnCostRates).orderBy(asc(employerOnCostRates.financialYear));
}

export async function findCap(db: DbOrTx, id: string): Promise<ArrsCapRecord | undefined> {
  const [row] = await db.select().from(arrsCaps).where(eq(arrsCaps.id, id)).limit(1);
  return row;
}

export async function findPayPoint(db: DbOrTx, id: string): Promise<PayPointRecord | undefined> {
  const [row] = await db.select().from(afcPayPoints).where(eq(afcPayPoints.id, id)).limit(1);
  return row;
}

export async function findOnCostRate(db: DbOrTx, year: string): Promise<OnCostRateRecord | undefined> {
  const [row] = await db.select().from(employerOnCostRates).where(eq(employerOnCostRates.financialYear, year)).limit(1);
  return row;
}

/** Inserts a row; returns null when the table's unique key (year and role/band/point) is taken. */
export async function insertCap(db: DbOrTx, values: typeof arrsCaps.$inferInsert): Promise<string | null> {
  const [row] = await db.insert(arrsCaps).values(values).onConflictDoNothing().returning({ id: arrsCaps.id });
  return row?.id ?? null;
}

export async function insertPayPoint(db: DbOrTx, values: typeof afcPayPoints.$inferInsert): Promise<string | null> {
  const [row] = await db.insert(afcPayPoints).values(values).onConflictDoNothing().returning({ id: afcPayPoints.id });
  return row?.id ?? null;
}

export async function insertOnCostRate(db: DbOrTx, values: typeof employerOnCostRates.$inferInsert): Promise<string | null> {
  const [row] = await db
    .insert(employerOnCostRates)
    .values(values)
    .onConflictDoNothing()
    .returning({ year: employerOnCostRates.financialYear });
  return row?.year ?? null;
}

export async function updateCap(db: DbOrTx, id: string, values: Partial<typeof arrsCaps.$inferInsert>): Promise<void> {
  await db.update(arrsCaps).set(values).where(eq(arrsCaps.id, id));
}

export async function updatePayPoint(db: DbOrTx, id: string, values: Partial<typeof afcPayPoints.$inferInsert>): Promise<void> {
  await db.update(afcPayPoints).set(values).where(eq(afcPayPoints.id, id));
}

export async function updateOnCostRate(
  db: DbOrTx,
  year: string,
  values: Partial<typeof employerOnCostRates.$inferInsert>,
): Promise<void> {
  await db.update(employerOnCostRates).set(values).where(eq(employerOnCostRates.financialYear, year));
}
