import type {
  ArrsCapInput,
  ArrsCapRow,
  OnCostRateInput,
  OnCostRateRow,
  PayPointInput,
  PayPointRow,
  ReferenceData,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { conflict, forbidden, notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import {
  findCap,
  findOnCostRate,
  findPayPoint,
  insertCap,
  insertOnCostRate,
  insertPayPoint,
  listCaps,
  listOnCostRates,
  listPayPoints,
  updateCap,
  updateOnCostRate,
  updatePayPoint,
} from './reference-data-repository.ts';
import { toArrsCapRow, toOnCostRateRow, toPayPointRow } from './reference-data-view.ts';

/**
 * ARRS caps, AfC pay points and employer on-cost rates: read by anyone who plans or oversees the
 * workforce, kept by administrators. Every edit is audited with the figures before and after, so
 * a changed cap can always be explained.
 */
export async function getReferenceData(db: Db, ctx: RequestContext): Promise<ReferenceData> {
  const actor = requireActor(ctx);
  const canManage = grantingMemberships(actor, 'reference-data:manage').length > 0;
  if (!canManage && grantingMemberships(actor, 'workforce:read').length === 0) throw forbidden();
  return { ...(await loadFundingReference(db)), canManage };
}

/** Everything the funding rules read: the three tables, whole. */
export async function loadFundingReference(db: DbOrTx): Promise<Omit<ReferenceData, 'canManage'>> {
  const [caps, payPoints, onCostRates] = [await listCaps(db), await listPayPoints(db), await listOnCostRates(db)];
  return { caps: caps.map(toArrsCapRow), payPoints: payPoints.map(toPayPointRow), onCostRates: onCostRates.map(toOnCostRateRow) };
}

async function manageScope(db: Db, ctx: RequestContext) {
  return scopeFor(db, ctx, 'reference-data:manage');
}

const TAKEN = 'A row for that year already exists: edit it instead';

export async function addCap(db: Db, ctx: RequestContext, input: ArrsCapInput): Promise<ArrsCapRow> {
  const { via } = await manageScope(db, ctx);
  const id = await db.transaction(async (tx) => {
    const id = await insertCap(tx, { ...input, updatedAt: new Date() });
    if (!id) throw conflict(TAKEN);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'arrs_cap', recordId: id, via, detail: { after: input } });
    return id;
  });
  return rowOf((await listCaps(db)).map(toArrsCapRow), id);
}

export async function editCap(db: Db, ctx: RequestContext, id: string, input: ArrsCapInput): Promise<ArrsCapRow> {
  const { via } = await manageScope(db, ctx);
  const before = await findCap(db, id);
  if (!before) throw notFound('ARRS maximum');
  const clash = (await listCaps(db)).some((r) => r.id !== id && r.financialYear === input.financialYear && r.role === input.role);
  if (clash) throw conflict(TAKEN);
  await db.transaction(async (tx) => {
    await updateCap(tx, id, { ...input, updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'arrs_cap',
      recordId: id,
      via,
      detail: { before: figures(before), after: input },
    });
  });
  return rowOf((await listCaps(db)).map(toArrsCapRow), id);
}

export async function addPayPoint(db: Db, ctx: RequestContext, input: PayPointInput): Promise<PayPointRow> {
  const { via } = await manageScope(db, ctx);
  const id = await db.transaction(async (tx) => {
    const id = await insertPayPoint(tx, { ...input, updatedAt: new Date() });
    if (!id) throw conflict(TAKEN);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'afc_pay_point', recordId: id, via, detail: { after: input } });
    return id;
  });
  return rowOf((await listPayPoints(db)).map(toPayPointRow), id);
}

export async function editPayPoint(db: Db, ctx: RequestContext, id: string, input: PayPointInput): Promise<PayPointRow> {
  const { via } = await manageScope(db, ctx);
  const before = await findPayPoint(db, id);
  if (!before) throw notFound('Pay point');
  const clash = (await listPayPoints(db)).some(
    (r) => r.id !== id && r.financialYear === input.financialYear && r.band === input.band && r.point === input.point,
  );
  if (clash) throw conflict(TAKEN);
  await db.transaction(async (tx) => {
    await updatePayPoint(tx, id, { ...input, updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'afc_pay_point',
      recordId: id,
      via,
      detail: { before: figures(before), after: input },
    });
  });
  return rowOf((await listPayPoints(db)).map(toPayPointRow), id);
}

export async function addOnCostRate(db: Db, ctx: RequestContext, input: OnCostRateInput): Promise<OnCostRateRow> {
  const { via } = await manageScope(db, ctx);
  await db.transaction(async (tx) => {
    if (!(await insertOnCostRate(tx, { ...input, updatedAt: new Date() }))) throw conflict(TAKEN);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'employer_on_cost_rate',
      recordId: input.financialYear,
      via,
      detail: { after: input },
    });
  });
  return rowOf((await listOnCostRates(db)).map(toOnCostRateRow), input.financialYear);
}

/** On-cost rates are keyed by their year, so the year itself cannot change here. */
export async function editOnCostRate(db: Db, ctx: RequestContext, year: string, input: OnCostRateInput): Promise<OnCostRateRow> {
  const { via } = await manageScope(db, ctx);
  const before = await findOnCostRate(db, year);
  if (!before) throw notFound('On-cost rates');
  if (input.financialYear !== year)
    throw validationError('financialYear', 'The year cannot be changed: add a row for the new year');
  await db.transaction(async (tx) => {
    await updateOnCostRate(tx, year, { ...input, updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'employer_on_cost_rate',
      recordId: year,
      via,
      detail: { before: figures(before), after: input },
    });
  });
  return rowOf((await listOnCostRates(db)).map(toOnCostRateRow), year);
}

function rowOf<T extends { id: string }>(rows: T[], id: string): T {
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound('Reference data row');
  return row;
}

/** A row without its timestamps, for the audit trail. */
function figures<T extends { updatedAt: Date }>(row: T): Omit<T, 'updatedAt'> {
  const { updatedAt: _ignored, ...rest } = row;
  return rest;
}
