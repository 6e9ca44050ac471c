import {
  DEFAULT_CHECKLIST_ITEMS,
  financialYearOf,
  type PcnManagerPcn,
  type PcnManagerSection,
  planFundingYear,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { countDefaultItems, listItems } from '../implementation-checklist/checklist-repository.ts';
import { checklistProgress, toChecklistItem } from '../implementation-checklist/checklist-view.ts';
import { pcnsAmong } from '../supervision/pcn-people-repository.ts';
import { fundingPostOf } from '../workforce/funding-plan-service.ts';
import { listPosts, type NamedPostRow } from '../workforce/post-repository.ts';
import { loadFundingReference } from '../workforce/reference-data-service.ts';

/**
 * The PCN manager's widgets, per PCN they manage (`workforce:manage`): implementation checklist
 * progress as the checklist screen counts it, this financial year's funding from the planner's
 * arithmetic (shared rules/funding.ts), and the posts filled and vacant. A PCN whose checklist
 * was never opened has the default items still to seed: they count as not done, as they will
 * show, and nothing is written by reading the home page.
 */
export async function pcnManagerSection(db: DbOrTx, ctx: RequestContext, today: string): Promise<PcnManagerSection> {
  const scope = await scopeFor(db, ctx, 'workforce:manage');
  const pcns = await pcnsAmong(db, scope.organisationIds);
  const reference = pcns.length > 0 ? await loadFundingReference(db) : null;
  const financialYear = financialYearOf(today);
  const result: PcnManagerPcn[] = [];
  for (const pcn of pcns) {
    const items = (await listItems(db, pcn.id)).map((item) => toChecklistItem(item, today));
    const unseeded = DEFAULT_CHECKLIST_ITEMS.length - (await countDefaultItems(db, pcn.id));
    const progress = checklistProgress(items);
    const posts = await listPosts(db, [pcn.id]);
    const plan = reference
      ? planFundingYear(
          posts.map((row) => fundingPostOf(row.post)),
          financialYear,
          reference,
        )
      : null;
    const current = posts.filter((row) => isCurrent(row, today));
    const filled = current.filter(isFilled).length;
    result.push({
      pcnId: pcn.id,
      pcnName: pcn.name,
      checklist: { done: progress.done, total: progress.total + Math.max(0, unseeded), overdue: progress.overdue },
      funding: {
        financialYear,
        totalCost: plan?.totals.totalCost ?? 0,
        claimable: plan?.totals.claimable ?? 0,
        shortfall: plan?.totals.shortfall ?? 0,
      },
      posts: { total: current.length, filled, vacant: current.length - filled },
    });
  }
  return { role: 'pcn_manager', pcns: result };
}

/** A post that has not ended by `today` (a post starting later is planned, and counts). */
function isCurrent({ post }: NamedPostRow, today: string): boolean {
  return post.endDate === null || post.endDate >= today;
}

/** Someone holds it: a Kith user or a typed-in name. */
function isFilled({ post }: NamedPostRow): boolean {
  return post.holderUserId !== null || (post.holderName !== null && post.holderName !== '');
}
