import type { ProviderInboxSort } from '@kith/shared';
import type { ProviderInboxParams } from './provider-referral-queries.ts';

export const PROVIDER_INBOX_PAGE_SIZE = 25;

/** Open referrals come longest waiting first (the ones to answer); all of them, newest first. */
export function defaultInboxSort(view: ProviderInboxParams['view']): ProviderInboxSort {
  return view === 'all' ? 'newest' : 'oldest';
}

/** Reads `?view=all&sort=oldest&page=2`; anything unexpected falls back to the open referrals' first page. */
export function readInboxParams(search: URLSearchParams): Required<ProviderInboxParams> {
  const view = search.get('view') === 'all' ? 'all' : 'open';
  const sortParam = search.get('sort');
  const sort = sortParam === 'oldest' || sortParam === 'newest' ? sortParam : defaultInboxSort(view);
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return { view, sort, page: Number.isInteger(page) && page > 0 ? page : 1, pageSize: PROVIDER_INBOX_PAGE_SIZE };
}

/** The inbox address for a view, order and page, leaving defaults out so links stay short. */
export function inboxHref({
  view,
  page,
  sort,
}: Pick<ProviderInboxParams, 'view' | 'page'> & { sort?: ProviderInboxSort | undefined }): string {
  const params = new URLSearchParams();
  if (view === 'all') params.set('view', 'all');
  if (sort && sort !== defaultInboxSort(view)) params.set('sort', sort);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/provider/referrals?${query}` : '/provider/referrals';
}
