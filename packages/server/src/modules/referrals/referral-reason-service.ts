import type { ReferralReason } from '@kith/shared';
import { asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { referralReasons } from '../../db/schema/index.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';

export async function listReasons(db: Db, ctx: RequestContext): Promise<ReferralReason[]> {
  requireActor(ctx);
  const rows = await db
    .select()
    .from(referralReasons)
    .where(eq(referralReasons.active, true))
    .orderBy(asc(referralReasons.sortOrder), asc(referralReasons.label));
  return rows.map(({ sortOrder: _, ...reason }) => reason);
}

/** Admins extend the coded list; codes are permanent (retire, never rename). */
export async function addReason(
  db: Db,
  ctx: RequestContext,
  input: { code: string; label: string; snomedCode?: string | null | undefined },
): Promise<ReferralReason> {
  const scope = await scopeFor(db, ctx, 'reasons:manage');
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(referralReasons).where(eq(referralReasons.code, input.code));
    if (existing) throw conflict(`The reason code ${input.code} already exists`);
    await tx.insert(referralReasons).values({ code: input.code, label: input.label, snomedCode: input.snomedCode ?? null });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'referral_reason', recordId: input.code, via: scope.via });
    return { code: input.code, label: input.label, snomedCode: input.snomedCode ?? null, active: true };
  });
}
