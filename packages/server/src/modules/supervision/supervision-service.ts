import type {
  CreateSupervisionSessionRequest,
  SupervisionNotes,
  SupervisionOptions,
  SupervisionOverview,
  SupervisionSession,
  SupervisionSessionQuery,
  SupervisionSessionSummary,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import type { Page } from '../../db/paging.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findPcn, pcnsAmong, peopleOfPcn } from './pcn-people-repository.ts';
import { loadSessionFor } from './supervision-policy.ts';
import {
  findSessionSummary,
  insertSession,
  lastSessionsByType,
  listSessionSummaries,
  updateSessionNotes,
} from './supervision-repository.ts';
import { type SupervisionInterval, supervisionRatio } from './supervision-status.ts';
import { toOverviewRow, toSupervisionSession } from './supervision-view.ts';

/** Today's calendar date in UTC, as the dates sessions are held on are compared to. */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Records a session. The PCN must be in the caller's scope, both parties must work in it, and
 * the caller must be one of them: nobody records supervision on others' behalf.
 */
export async function createSession(
  db: Db,
  ctx: RequestContext,
  input: CreateSupervisionSessionRequest,
): Promise<SupervisionSession> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'supervision:record');
  assertInScope(scope, input.pcnId, 'PCN');
  if (!(await findPcn(db, input.pcnId))) throw notFound('PCN');
  if (input.supervisorUserId === input.superviseeUserId) {
    throw validationError('superviseeUserId', 'Choose a supervisee other than the supervisor');
  }
  if (actor.userId !== input.supervisorUserId && actor.userId !== input.superviseeUserId) {
    throw validationError('supervisorUserId', 'You can only record a session you took part in, as supervisor or supervisee');
  }
  if (input.heldOn > todayIso()) throw validationError('heldOn', 'The date must be today or in the past');
  const people = new Set((await peopleOfPcn(db, input.pcnId)).map((p) => p.userId));
  if (!people.has(input.supervisorUserId)) throw validationError('supervisorUserId', 'Choose a supervisor who works in this PCN');
  if (!people.has(input.superviseeUserId)) throw validationError('superviseeUserId', 'Choose a supervisee who works in this PCN');

  const row = await db.transaction(async (tx) => {
    const row = await insertSession(tx, { ...input, createdBy: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'supervision_session',
      recordId: row.id,
      via: scope.via,
      detail: { type: input.type, hasNotes: input.privateNotes.length > 0 },
    });
    return row;
  });
  const summary = await findSessionSummary(db, row.id);
  if (!summary) throw notFound('Supervision session');
  return toSupervisionSession(summary, row.privateNotes, true);
}

/** Sessions the caller may see — their own, and any in PCNs they oversee — without notes. */
export async function listSessions(
  db: Db,
  ctx: RequestContext,
  query: SupervisionSessionQuery,
): Promise<Page<SupervisionSessionSummary>> {
  const actor = requireActor(ctx);
  const overseenPcnIds =
    grantingMemberships(actor, 'supervision:oversee').length > 0
      ? (await scopeFor(db, ctx, 'supervision:oversee')).organisationIds
      : [];
  const { page, pageSize, ...filter } = query;
  const result = await listSessionSummaries(db, { visibleToUserId: actor.userId, overseenPcnIds, ...filter }, { page, pageSize });
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'supervision_session',
    detail: { count: result.items.length, total: result.total, page },
  });
  return result;
}

/** One session; the notes come with it only for the two parties, and that read is audited. */
export async function getSession(db: Db, ctx: RequestContext, sessionId: string): Promise<SupervisionSession> {
  const { session, isParty, via } = await loadSessionFor(db, ctx, sessionId, 'view');
  const summary = await findSessionSummary(db, sessionId);
  if (!summary) throw notFound('Supervision session');
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: isParty ? 'supervision_notes' : 'supervision_session',
    recordId: sessionId,
    via,
  });
  return toSupervisionSession(summary, session.privateNotes, isParty);
}

/** The private notes: the two parties only (403 for anyone else in scope), every read audited. */
export async function readNotes(db: Db, ctx: RequestContext, sessionId: string): Promise<SupervisionNotes> {
  const { session, via } = await loadSessionFor(db, ctx, sessionId, 'notes');
  await recordAudit(db, ctx, { action: 'read', recordType: 'supervision_notes', recordId: sessionId, via });
  return { privateNotes: session.privateNotes };
}

/** Replaces the private notes (the two parties only), audited with the change. */
export async function writeNotes(
  db: Db,
  ctx: RequestContext,
  sessionId: string,
  input: SupervisionNotes,
): Promise<SupervisionNotes> {
  const { via } = await loadSessionFor(db, ctx, sessionId, 'notes');
  await db.transaction(async (tx) => {
    await updateSessionNotes(tx, sessionId, input.privateNotes, new Date());
    await recordAudit(tx, ctx, { action: 'update', recordType: 'supervision_notes', recordId: sessionId, via });
  });
  return { privateNotes: input.privateNotes };
}

/** Per link worker in the PCN: last session of each type, days since, due/overdue; and the ratio. */
export async function supervisionOverview(
  db: Db,
  ctx: RequestContext,
  pcnId: string,
  interval: SupervisionInterval,
): Promise<SupervisionOverview> {
  const scope = await scopeFor(db, ctx, 'supervision:oversee');
  assertInScope(scope, pcnId, 'PCN');
  const pcn = await findPcn(db, pcnId);
  if (!pcn) throw notFound('PCN');
  const people = await peopleOfPcn(db, pcnId);
  const workers = people.filter((p) => p.roles.includes('link_worker'));
  const supervisorCount = people.filter((p) => p.roles.includes('supervisor')).length;
  const last = await lastSessionsByType(
    db,
    pcnId,
    workers.map((w) => w.userId),
  );
  const today = todayIso();
  const rows = workers.map((worker) => toOverviewRow(worker, last, today, interval));
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'supervision_overview',
    recordId: pcnId,
    via: scope.via,
    detail: { workers: rows.length },
  });
  return {
    pcnId,
    pcnName: pcn.name,
    ...interval,
    supervisorCount,
    linkWorkerCount: workers.length,
    ratio: supervisionRatio(supervisorCount, workers.length),
    workers: rows,
  };
}

/** What the record-a-session form offers: the caller's PCNs and the people working in each. */
export async function supervisionOptions(db: Db, ctx: RequestContext): Promise<SupervisionOptions> {
  const scope = await scopeFor(db, ctx, 'supervision:record');
  const pcns = await pcnsAmong(db, scope.organisationIds);
  const options: SupervisionOptions = { pcns: [] };
  // One PCN at a time: PGlite runs one query at a time anyway.
  for (const pcn of pcns) options.pcns.push({ ...pcn, people: await peopleOfPcn(db, pcn.id) });
  return options;
}
