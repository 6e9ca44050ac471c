import {
  type CreateSnomedCodeRequest,
  SNOMED_CODE_USE_LABELS,
  type SnomedCode,
  type SnomedCodeList,
  type SnomedCodeUse,
  type UpdateSnomedCodeRequest,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import { requireActor, scopeFor } from '../../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { conflict, notFound } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import {
  activeCodeForUse,
  findSnomedCode,
  insertSnomedCode,
  isSingleCodeUse,
  listSnomedCodes,
  updateSnomedCode,
} from './snomed-code-repository.ts';
import { toSnomedCode } from './snomed-code-view.ts';

/**
 * The SNOMED CT codes Kith writes into GP records, kept by administrators as reference data.
 * A code never changes (retire it and add another); only verified, active codes are sent.
 */
export async function getSnomedCodes(db: Db, ctx: RequestContext): Promise<SnomedCodeList> {
  await scopeFor(db, ctx, 'gp-record:manage');
  return { items: (await listSnomedCodes(db)).map(toSnomedCode) };
}

export async function addSnomedCode(db: Db, ctx: RequestContext, input: CreateSnomedCodeRequest): Promise<SnomedCode> {
  const scope = await scopeFor(db, ctx, 'gp-record:manage');
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    if (await findSnomedCode(tx, input.code)) throw conflict(`The code ${input.code} is already in the list: edit it instead`);
    await refuseSecondActiveCode(tx, input.use);
    const row = await insertSnomedCode(tx, {
      code: input.code,
      term: input.term,
      use: input.use,
      verified: input.verified,
      source: input.source ?? null,
      updatedBy: actor.userId,
    });
    // Another admin added the same code between the check and the insert.
    if (!row) throw conflict(`The code ${input.code} is already in the list: edit it instead`);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'snomed_code',
      recordId: row.code,
      via: scope.via,
      detail: { use: row.use, verified: row.verified },
    });
    return toSnomedCode(row);
  });
}

export async function editSnomedCode(
  db: Db,
  ctx: RequestContext,
  code: string,
  input: UpdateSnomedCodeRequest,
): Promise<SnomedCode> {
  const scope = await scopeFor(db, ctx, 'gp-record:manage');
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const current = await findSnomedCode(tx, code);
    if (!current) throw notFound('SNOMED CT code');
    const use = input.use ?? current.use;
    const active = input.active ?? current.active;
    if (active) await refuseSecondActiveCode(tx, use, code);
    const changes = {
      ...(input.term !== undefined ? { term: input.term } : {}),
      ...(input.use !== undefined ? { use: input.use } : {}),
      ...(input.verified !== undefined ? { verified: input.verified } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
    };
    const row = await updateSnomedCode(tx, code, { ...changes, updatedBy: actor.userId });
    if (!row) throw notFound('SNOMED CT code');
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'snomed_code',
      recordId: code,
      via: scope.via,
      // Field names and the flags that decide what is sent: never free text.
      detail: { fields: Object.keys(changes), use: row.use, verified: row.verified, active: row.active },
    });
    return toSnomedCode(row);
  });
}

/** An ending (or the take-up) is coded with one concept: a second active one is refused by name. */
async function refuseSecondActiveCode(tx: DbOrTx, use: SnomedCodeUse, exceptCode?: string): Promise<void> {
  if (!isSingleCodeUse(use)) return;
  const existing = await activeCodeForUse(tx, use, exceptCode);
  if (existing) {
    throw conflict(
      `"${SNOMED_CODE_USE_LABELS[use]}" already has an active code, ${existing.code} (${existing.term}): retire that one first`,
    );
  }
}
