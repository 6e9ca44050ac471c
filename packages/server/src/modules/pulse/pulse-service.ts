import {
  type AnswerPulseRequest,
  type CreatePulseRoundRequest,
  PULSE_MINIMUM_GROUP,
  type PulseAnswerReceipt,
  type PulseResults,
  type PulseRound,
  type PulseRoundListQuery,
  pulseResultsWaitMessage,
  pulseRoundState,
} from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { assertInScope, grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import type { Page } from '../../db/paging.ts';
import { conflict, forbidden, notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import {
  closeOpenRound,
  findOrganisationKinds,
  findRound,
  insertParticipation,
  insertResponse,
  insertRound,
  listResponses,
  listRoundsOf,
  listUnansweredOpenRounds,
  type NamedPulseRound,
  organisationChain,
} from './pulse-repository.ts';
import { summarisePulseResponses } from './pulse-results.ts';
import { pulseResultsCsv } from './pulse-results-csv.ts';
import { toPulseRound } from './pulse-view.ts';
import { ukToday, ukYesterday } from './uk-date.ts';

/** A PCN manager opens a round for the link workers of a PCN or an ICB they look after. */
export async function createPulseRound(db: Db, ctx: RequestContext, input: CreatePulseRoundRequest): Promise<PulseRound> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'pulse:manage');
  assertInScope(scope, input.organisationId, 'Organisation');
  const [organisation] = await findOrganisationKinds(db, [input.organisationId]);
  if (organisation?.kind !== 'pcn' && organisation?.kind !== 'icb') {
    throw validationError('organisationId', 'Choose a primary care network or an integrated care board');
  }
  const row = await db.transaction(async (tx) => {
    const row = await insertRound(tx, { ...input, createdBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'pulse_round', recordId: row.id, via: scope.via });
    return row;
  });
  const created = await findRound(db, row.id);
  if (!created) throw notFound('Pulse round');
  return toPulseRound(created, ukToday());
}

/** Rounds of the organisations the manager looks after (or of one of them). */
export async function listPulseRounds(db: Db, ctx: RequestContext, query: PulseRoundListQuery): Promise<Page<PulseRound>> {
  const scope = await scopeFor(db, ctx, 'pulse:manage');
  if (query.organisationId) assertInScope(scope, query.organisationId, 'Organisation');
  const rounds = await listRoundsOf(db, query.organisationId ? [query.organisationId] : scope.organisationIds, query);
  const today = ukToday();
  return { ...rounds, items: rounds.items.map((round) => toPulseRound(round, today)) };
}

/**
 * The PCNs a link worker or supervisor answers for: each PCN they hold an answering role in,
 * or the PCN above a practice they work in. The PCN is the smallest group results are shown for.
 */
async function respondentChains(db: Db, ctx: RequestContext): Promise<{ pcnId: string; chain: string[] }[]> {
  const actor = requireActor(ctx);
  const granting = grantingMemberships(actor, 'pulse:answer');
  if (granting.length === 0) throw forbidden();
  const orgs = await findOrganisationKinds(db, [...new Set(granting.map((m) => m.organisationId))]);
  const practiceParents = await findOrganisationKinds(
    db,
    orgs.flatMap((o) => (o.kind === 'gp_practice' && o.parentId ? [o.parentId] : [])),
  );
  const pcnIds = [
    ...orgs.filter((o) => o.kind === 'pcn').map((o) => o.id),
    ...practiceParents.filter((o) => o.kind === 'pcn').map((o) => o.id),
  ];
  const unique = [...new Set(pcnIds)].sort();
  return Promise.all(unique.map(async (pcnId) => ({ pcnId, chain: await organisationChain(db, pcnId) })));
}

/** Open rounds covering one of the caller's PCNs (set for it or for an organisation above it) not yet answered. */
export async function currentPulseRounds(db: Db, ctx: RequestContext): Promise<PulseRound[]> {
  const actor = requireActor(ctx);
  const chains = await respondentChains(db, ctx);
  const covering = [...new Set(chains.flatMap((c) => c.chain))];
  const today = ukToday();
  const rounds = await listUnansweredOpenRounds(db, covering, actor.userId, today);
  return rounds.map((round) => toPulseRound(round, today));
}

/**
 * Stores one anonymous response. The answers go to `pulse_responses` with the PCN only; who
 * answered goes to `pulse_participation` (stopping a second answer); the audit says only that
 * the round was answered — never the answers, never the response row.
 */
export async function answerPulseRound(
  db: Db,
  ctx: RequestContext,
  roundId: string,
  input: AnswerPulseRequest,
): Promise<PulseAnswerReceipt> {
  const actor = requireActor(ctx);
  const chains = await respondentChains(db, ctx);
  const round = await findRound(db, roundId);
  const group = round ? chains.find((c) => c.chain.includes(round.row.organisationId)) : undefined;
  if (!round || !group) throw notFound('Pulse round');
  const state = pulseRoundState(round.row, ukToday());
  if (state === 'closed') throw conflict('This pulse round has closed: answers are no longer taken.');
  if (state === 'upcoming') throw conflict(`This pulse round opens on ${round.row.opensOn}.`);
  await db.transaction(async (tx) => {
    if (!(await insertParticipation(tx, roundId, actor.userId))) {
      throw conflict('You have already answered this pulse round.');
    }
    await insertResponse(tx, roundId, group.pcnId, input.answers);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'pulse_round_answered', recordId: roundId });
  });
  return { roundId, answered: true };
}

/** A round the manager may manage: 404 when it does not exist or is outside their scope. */
async function managedRound(
  db: Db,
  ctx: RequestContext,
  roundId: string,
): Promise<{ round: NamedPulseRound; via: ActorMembership }> {
  const scope = await scopeFor(db, ctx, 'pulse:manage');
  const round = await findRound(db, roundId);
  if (!round) throw notFound('Pulse round');
  assertInScope(scope, round.row.organisationId, 'Pulse round');
  return { round, via: scope.via };
}

/**
 * Results wait for the round to close. While it is open every new answer changes the figures, so
 * a manager who read them at 5 responses and again at 6 could subtract one from the other and
 * see what the sixth person answered — the very thing the minimum group of 5 is there to stop.
 * Once closed, the figures are fixed and can only be read as a whole.
 */
async function resultsOf(db: Db, ctx: RequestContext, roundId: string): Promise<{ results: PulseResults; via: ActorMembership }> {
  const { round, via } = await managedRound(db, ctx, roundId);
  const view = toPulseRound(round, ukToday());
  if (view.state !== 'closed') throw conflict(pulseResultsWaitMessage(round.row.closesOn));
  const summary = summarisePulseResponses(await listResponses(db, roundId));
  return { results: { round: view, minimumGroup: PULSE_MINIMUM_GROUP, ...summary }, via };
}

/**
 * A manager closes an open round early, so it stops taking answers and its results can be read.
 * The closing day becomes yesterday (UK): "closed" stays one test on the dates, with no flag.
 */
export async function closePulseRound(db: Db, ctx: RequestContext, roundId: string): Promise<PulseRound> {
  const { round, via } = await managedRound(db, ctx, roundId);
  const today = ukToday();
  const state = pulseRoundState(round.row, today);
  if (state === 'upcoming') throw conflict(`This pulse round has not opened yet: it opens on ${round.row.opensOn}.`);
  const alreadyClosed = 'This pulse round has already closed.';
  if (state === 'closed') throw conflict(alreadyClosed);
  const closesOn = ukYesterday();
  const row = await db.transaction(async (tx) => {
    const closed = await closeOpenRound(tx, roundId, today, closesOn);
    if (!closed) throw conflict(alreadyClosed);
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'pulse_round',
      recordId: roundId,
      via,
      detail: { closed: true, closesOn: { from: round.row.closesOn, to: closesOn } },
    });
    return closed;
  });
  return toPulseRound({ row, organisationName: round.organisationName }, today);
}

/** Results per PCN, with groups under 5 responses (and any total that would reveal them) withheld. */
export async function pulseRoundResults(db: Db, ctx: RequestContext, roundId: string): Promise<PulseResults> {
  const { results, via } = await resultsOf(db, ctx, roundId);
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'pulse_results',
    recordId: roundId,
    via,
    detail: { groupsShown: results.groups.filter((g) => g.shown).length },
  });
  return results;
}

/** The same results as CSV, through the same suppression. */
export async function pulseRoundResultsCsv(db: Db, ctx: RequestContext, roundId: string): Promise<string> {
  const { results, via } = await resultsOf(db, ctx, roundId);
  await recordAudit(db, ctx, { action: 'export', recordType: 'pulse_results', recordId: roundId, via });
  return pulseResultsCsv(results);
}
