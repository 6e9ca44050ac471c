import type { Instrument, OutcomeMeasure, Score, Timepoint } from '@kith/shared';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { outcomeMeasures } from '../../db/schema/index.ts';

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
  },
): Promise<OutcomeMeasure> {
  const { score, ...rest } = values;
  const [row] = await db
    .insert(outcomeMeasures)
    .values({ ...rest, rawTotal: score.rawTotal, metricScore: score.metricScore })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toOutcomeMeasure(row);
}

/** Every measure of the referral, oldest first. */
export async function listMeasures(db: DbOrTx, referralId: string): Promise<OutcomeMeasure[]> {
  const rows = await db
    .select()
    .from(outcomeMeasures)
    .where(eq(outcomeMeasures.referralId, referralId))
    .orderBy(asc(outcomeMeasures.recordedAt), asc(outcomeMeasures.id));
  return rows.map(toOutcomeMeasure);
}

function toOutcomeMeasure(row: typeof outcomeMeasures.$inferSelect): OutcomeMeasure {
  return {
    id: row.id,
    instrument: row.instrument,
    timepoint: row.timepoint,
    items: row.items,
    rawTotal: row.rawTotal,
    metricScore: row.metricScore,
    recordedAt: row.recordedAt.toISOString(),
  };
}
