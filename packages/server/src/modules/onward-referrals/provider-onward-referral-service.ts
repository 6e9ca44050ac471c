import {
  type BusinessStatusChange,
  type OnwardReferralStatusChange,
  type OnwardReferralSummary,
  OPEN_TASK_STATUSES,
  type ProviderInboxQuery,
  type ProviderOnwardReferral,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { loadForProvider, providerScope } from './onward-referral-policy.ts';
import { listForProviders, organisationNames } from './onward-referral-repository.ts';
import { changeBusinessStatus, changeOnwardReferralStatus } from './onward-referral-status.ts';
import { providerView, toProviderSummary } from './onward-referral-view.ts';

/**
 * The VCSE provider's side: an inbox of referrals to their organisation's services, each seen
 * only as the snapshot the link worker chose to share. Opening one acknowledges nothing:
 * acknowledging is accepting or rejecting.
 */

export interface ProviderInboxPage {
  items: OnwardReferralSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export async function providerInbox(db: Db, ctx: RequestContext, query: ProviderInboxQuery): Promise<ProviderInboxPage> {
  const { directoryOrganisationIds, via } = await providerScope(db, ctx);
  const statuses = query.status ? [query.status] : query.view === 'open' ? OPEN_TASK_STATUSES : null;
  const { items, total } = await listForProviders(db, directoryOrganisationIds, {
    statuses,
    page: query.page,
    pageSize: query.pageSize,
  });
  await recordAudit(db, ctx, { action: 'list', recordType: 'onward_referral', via, detail: { count: items.length, total } });
  // The inbox says which PCN each referral came from; the person is named only inside it.
  const pcnNames = await organisationNames(
    db,
    items.map((i) => i.row.organisationId),
  );
  return {
    items: items.map((item) => toProviderSummary(item, pcnNames.get(item.row.organisationId) ?? '')),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getProviderOnwardReferral(db: Db, ctx: RequestContext, id: string): Promise<ProviderOnwardReferral> {
  const { referral, via } = await loadForProvider(db, ctx, id);
  const view = await providerView(db, referral);
  await recordAudit(db, ctx, { action: 'read', recordType: 'onward_referral', recordId: id, via, detail: { side: 'provider' } });
  return view;
}

export async function changeStatusAsProvider(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: OnwardReferralStatusChange,
): Promise<ProviderOnwardReferral> {
  return providerView(db, await changeOnwardReferralStatus(db, ctx, { id, change: input, side: 'provider' }));
}

export async function changeBusinessStatusAsProvider(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: BusinessStatusChange,
): Promise<ProviderOnwardReferral> {
  return providerView(db, await changeBusinessStatus(db, ctx, id, input));
}
