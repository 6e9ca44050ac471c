import type { CaseloadItem, CaseloadQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { offsetOf, type Page, pageResult } from '../../db/paging.ts';
import { forbidden } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { listOpenCases } from './caseload-repository.ts';
import { toCaseloadItem } from './caseload-view.ts';

const URGENCY_RANK = { urgent: 0, soon: 1, routine: 2 } as const;
/** Sorts "never contacted" above any real gap. */
const NEVER_CONTACTED = 1_000_000;

/**
 * A link worker's open cases with what to do next — read in one query, then sorted, filtered and
 * paged in memory (a caseload is at most a few hundred, and the sorts need the care plan's next
 * action).
 * Supervisors may look at a worker of their team with `workerId`.
 */
export async function caseloadFor(
  db: Db,
  ctx: RequestContext,
  options: CaseloadQuery,
  now = new Date(),
): Promise<Page<CaseloadItem> & { activeCount: number }> {
  const actor = requireActor(ctx);
  const workerId = options.workerId ?? actor.userId;
  let orgFilter: string[] | null = null;
  if (workerId !== actor.userId) {
    if (grantingMemberships(actor, 'referrals:allocate').length === 0)
      throw forbidden('Only supervisors can see another worker’s caseload');
    orgFilter = (await scopeFor(db, ctx, 'referrals:allocate')).organisationIds;
  }
  const rows = await listOpenCases(db, workerId, orgFilter);
  const items = rows.map((row) => toCaseloadItem(row, now));
  const filtered = items.filter((item) => {
    switch (options.filter) {
      case 'overdue_review':
        return item.reviewOverdue;
      case 'at_risk':
        return item.riskFlags.length > 0;
      case 'no_contact_14_days':
        return item.daysSinceLastContact === null || item.daysSinceLastContact >= 14;
      default:
        return true;
    }
  });
  filtered.sort(comparator(options.sort));
  const start = offsetOf(options);
  const page = pageResult(filtered.slice(start, start + options.pageSize), filtered.length, options);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'caseload',
    recordId: workerId,
    detail: { count: page.items.length, total: page.total, page: page.page },
  });
  return { ...page, activeCount: items.length };
}

function comparator(sort: CaseloadQuery['sort']): (a: CaseloadItem, b: CaseloadItem) => number {
  // The referral id last, so equal names never swap places between pages.
  const byName = (a: CaseloadItem, b: CaseloadItem) =>
    a.personName.localeCompare(b.personName) || (a.referralId < b.referralId ? -1 : a.referralId > b.referralId ? 1 : 0);
  switch (sort) {
    case 'name':
      return byName;
    case 'last_contact':
      // Longest without contact first; never contacted at the very top.
      return (a, b) => (b.daysSinceLastContact ?? NEVER_CONTACTED) - (a.daysSinceLastContact ?? NEVER_CONTACTED) || byName(a, b);
    case 'review':
      return (a, b) => (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999') || byName(a, b);
    default:
      return (a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || byName(a, b);
  }
}
