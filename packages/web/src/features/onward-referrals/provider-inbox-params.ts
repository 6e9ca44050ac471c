import type { ProviderInboxParams } from './provider-referral-queries.ts';

export const PROVIDER_INBOX_PAGE_SIZE = 25;

/** Reads `?view=all&page=2`; anything unexpected falls back to the open referrals' first page. */
export function readInboxParams(search: URLSearchParams): ProviderInboxParams {
  const view = search.get('view') === 'all' ? 'all' : 'open';
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return { view, page: Number.isInteger(page) && page > 0 ? page : 1, pageSize: PROVIDER_INBOX_PAGE_SIZE };
}

/** The inbox address for a view and page, leaving defaults out so links stay short. */
export function inboxHref({ view, page }: Pick<ProviderInboxParams, 'view' | 'page'>): string {
  const params = new URLSearchParams();
  if (view === 'all') params.set('view', 'all');
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/provider/referrals?${query}` : '/provider/referrals';
}
