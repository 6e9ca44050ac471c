import {
  type BusinessStatusChange,
  type OnwardReferralStatusChange,
  OPEN_TASK_STATUSES,
  type ProviderInboxPage,
  type ProviderInboxQuery,
  type ProviderOnwardReferral,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { latestNotesOf } from './onward-referral-notes-repository.ts';
import { loadForProvider, providerScope } from './onward-referral-policy.ts';
import { listForProviders, organisationNames } from './onward-referral-repository.ts';
import { changeBusinessStatus, changeOnwardReferralStatus } from './onward-referral-status.ts';
import { providerView, toProviderInboxItem } from './onward-referral-view.ts';

/**
 * The VCSE provider's side: an inbox of referrals to their organisation's services, each seen
 * only as the snapshot the link worker chose to share (the person's name too, and only when it
 * was shared). Opening one acknowledges nothing: acknowledging is accepting or rejecting.
 */

export async function providerInbox(db: Db, ctx: RequestContext, query: ProviderInboxQuery): Promise<ProviderInboxPage> {
  const { directoryOrganisationIds, via } = await providerScope(db, ctx);
  const statuses = query.status ? [query.status] : query.view === 'open' ? OPEN_TASK_STATUSES : null;
  // Referrals still waiting come longest waiting first; lists with closed ones, newest first.
  const onlyOpen = statuses?.every((s) => OPEN_TASK_STATUSES.includes(s)) ?? false;
  const oldestFirst = (query.sort ?? (onlyOpen ? 'oldest' : 'newest')) === 'oldest';
  const { items, total } = await listForProviders(db, directoryOrganisationIds, {
    statuses,
    oldestFirst,
    page: query.page,
    pageSize: query.pageSize,
  });
  await recordAudit(db, ctx, { action: 'list', recordType: 'onward_referral', via, detail: { count: items.length, total } });
  const pcnNames = await organisationNames(
    db,
    items.map((i) => i.row.organisationId),
  );
  const latestNotes = await latestNotesOf(
    db,
    items.map((i) => i.row.id),
  );
  return {
    items: items.map((item) =>
      toProviderInboxItem(item, pcnNames.get(item.row.organisationId) ?? '', latestNotes.get(item.row.id)),
    ),
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
