import { COMMUNITY_RESOURCE_KINDS, type CommunityResourceKind } from '@kith/shared';
import type { QueryParams } from '../../api/api-client.ts';

/** A resources search as held in the page's query string. */
export interface ResourceSearchParams {
  q: string;
  category: string;
  kind: CommunityResourceKind | '';
  page: number;
}

export const RESOURCES_PAGE_SIZE = 25;

function isResourceKind(value: string | null): value is CommunityResourceKind {
  return value !== null && (COMMUNITY_RESOURCE_KINDS as readonly string[]).includes(value);
}

export function readResourceSearch(search: URLSearchParams): ResourceSearchParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const kind = search.get('kind');
  return {
    q: search.get('q') ?? '',
    category: search.get('category') ?? '',
    kind: isResourceKind(kind) ? kind : '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The resources page URL for a search; blanks and page 1 are left out. */
export function resourceSearchHref(params: Partial<ResourceSearchParams>): string {
  const search = new URLSearchParams();
  const q = params.q?.trim() ?? '';
  if (q) search.set('q', q);
  if (params.category) search.set('category', params.category);
  if (params.kind) search.set('kind', params.kind);
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/community/resources?${query}` : '/community/resources';
}

export function hasResourceFilters(params: ResourceSearchParams): boolean {
  return params.q.trim() !== '' || params.category !== '' || params.kind !== '';
}

/** The `GET /api/community/resources` query for a search. */
export function resourceQuery(params: ResourceSearchParams): QueryParams {
  return { q: params.q.trim(), category: params.category, kind: params.kind, page: params.page, pageSize: RESOURCES_PAGE_SIZE };
}
