import type { ReportFilterOptions, ReportQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { organisationsIn, workersIn } from './report-repository.ts';
import type { ReportScope } from './report-types.ts';
import { toReportFilterOptions } from './report-view.ts';

/** Roles whose reports are aggregates only, with small-number suppression. */
const AGGREGATE_ONLY_ROLES = new Set(['commissioner']);

const DAY_MS = 86_400_000;

/**
 * Turns the caller and the filters into a `ReportScope` — the one place that decides what a
 * report may include. A caller holding any commissioner role for reports sees aggregates only
 * (even if they also hold another role), so a mixed scope can never show an ICB's small numbers.
 * A PCN, practice or worker outside the caller's scope answers 404, as everywhere else.
 */
export async function resolveReportScope(db: DbOrTx, ctx: RequestContext, query: ReportQuery, now: Date): Promise<ReportScope> {
  const scope = await scopeFor(db, ctx, 'reports:view');
  const aggregateOnly = isAggregateOnly(ctx);
  const inScope = await organisationsIn(db, scope.organisationIds);
  let pcnIds = inScope.filter((o) => o.kind === 'pcn').map((o) => o.id);

  if (query.pcnId) {
    if (!pcnIds.includes(query.pcnId)) throw notFound('The PCN');
    pcnIds = [query.pcnId];
  }
  if (query.practiceId) {
    const practice = inScope.find((o) => o.id === query.practiceId && o.kind === 'gp_practice');
    if (!practice?.parentId || !pcnIds.includes(practice.parentId)) throw notFound('The practice');
    pcnIds = [practice.parentId];
  }
  if (query.workerId) {
    if (aggregateOnly) throw validationError('workerId', 'Reports for one link worker are not available to commissioners');
    const workers = await workersIn(db, pcnIds);
    if (!workers.some((w) => w.id === query.workerId)) throw notFound('The link worker');
  }

  const to = query.to ?? isoDate(now);
  const from = query.from ?? isoDate(new Date(Date.parse(`${to}T00:00:00Z`) - 364 * DAY_MS));
  return {
    // An empty scope (a commissioner of an ICB with no PCNs yet) still yields a valid, empty report.
    pcnIds: pcnIds.length > 0 ? pcnIds : ['00000000-0000-0000-0000-000000000000'],
    practiceId: query.practiceId ?? null,
    workerId: query.workerId ?? null,
    from,
    to,
    fromTs: new Date(`${from}T00:00:00Z`),
    toExclusive: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS),
    now,
    aggregateOnly,
  };
}

export function isAggregateOnly(ctx: RequestContext): boolean {
  return grantingMemberships(requireActor(ctx), 'reports:view').some((m) => AGGREGATE_ONLY_ROLES.has(m.role));
}

/** The PCNs, practices and (for those who may see them) workers the caller can filter by. */
export async function reportFilterOptions(db: DbOrTx, ctx: RequestContext): Promise<ReportFilterOptions> {
  const scope = await scopeFor(db, ctx, 'reports:view');
  const aggregateOnly = isAggregateOnly(ctx);
  const orgs = await organisationsIn(db, scope.organisationIds);
  const pcnIds = orgs.filter((o) => o.kind === 'pcn').map((o) => o.id);
  return toReportFilterOptions({
    organisations: orgs,
    workers: aggregateOnly ? [] : await workersIn(db, pcnIds),
    aggregateOnly,
    canConfigure: grantingMemberships(requireActor(ctx), 'reports:configure').length > 0,
  });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
