import type { HealthcareUse, HealthcareUseInput } from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { healthcareUse, users } from '../../../db/schema/index.ts';

type HealthcareUseRow = typeof healthcareUse.$inferSelect;

/** The recorded healthcare use of one referral with who recorded it, or null when none is recorded. */
export async function findHealthcareUse(db: DbOrTx, referralId: string): Promise<HealthcareUse | null> {
  const [row] = await db
    .select({ use: healthcareUse, recordedByName: users.displayName })
    .from(healthcareUse)
    .leftJoin(users, eq(users.id, healthcareUse.recordedBy))
    .where(eq(healthcareUse.referralId, referralId))
    .limit(1);
  return row ? toHealthcareUse(row.use, row.recordedByName) : null;
}

/** Nothing recorded yet: every figure "not recorded". */
export function emptyHealthcareUse(referralId: string): HealthcareUse {
  return {
    referralId,
    gpConsultationsBefore: null,
    gpConsultationsAfter: null,
    aeAttendancesBefore: null,
    aeAttendancesAfter: null,
    recordedByName: null,
    recordedAt: null,
  };
}

/** Inserts or replaces the one row of a referral. */
export async function upsertHealthcareUse(
  db: DbOrTx,
  values: HealthcareUseInput & { referralId: string; personId: string; recordedBy: string; recordedAt: Date },
): Promise<void> {
  const { referralId, personId, ...figures } = values;
  await db
    .insert(healthcareUse)
    .values({ referralId, personId, ...figures })
    .onConflictDoUpdate({ target: healthcareUse.referralId, set: figures });
}

function toHealthcareUse(row: HealthcareUseRow, recordedByName: string | null): HealthcareUse {
  return {
    referralId: row.referralId,
    gpConsultationsBefore: row.gpConsultationsBefore,
    gpConsultationsAfter: row.gpConsultationsAfter,
    aeAttendancesBefore: row.aeAttendancesBefore,
    aeAttendancesAfter: row.aeAttendancesAfter,
    recordedByName,
    recordedAt: row.recordedAt.toISOString(),
  };
}
