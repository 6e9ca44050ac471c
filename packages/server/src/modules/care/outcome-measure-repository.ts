import type { Instrument, Score, Timepoint } from '@kith/shared';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { outcomeMeasures } from '../../db/schema/index.ts';

export type OutcomeMeasureRow = typeof outcomeMeasures.$inferSelect;

export async function insertMeasure(
  db: DbOrTx,
  values: {
    referralId: string;
    personId: string;
    instrument: Instrument;
    timepoint: Timepoint;
    items: number[];
    score: Score;
    recordedBy: string;
    /** When it was taken; `enteredAt` is when it was typed into Kith. */
    recordedAt: Date;
    enteredAt: Date;
  },
): Promise<OutcomeMeasureRow> {
  const { score, ...rest } = values;
  const [row] = await db
    .insert(outcomeMeasures)
    .values({ ...rest, rawTotal: score.rawTotal, metricScore: score.metricScore })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Every measure of the referral, oldest first. */
export async function listMeasures(db: DbOrTx, referralId: string): Promise<OutcomeMeasureRow[]> {
  return db
    .select()
    .from(outcomeMeasures)
    .where(eq(outcomeMeasures.referralId, referralId))
    .orderBy(asc(outcomeMeasures.recordedAt), asc(outcomeMeasures.id));
}
