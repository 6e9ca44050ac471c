import type {
  DirectoryMapSettings,
  DirectoryOrganisation,
  DirectoryOrganisationPage,
  DirectorySearchStart,
  OrganisationList,
  PostcodeCentroid,
  ServiceDetail,
  ServiceSearchPage,
  TaxonomyList,
  TaxonomyTermList,
} from '@kith/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { type DirectorySearchParams, searchApiQuery } from './directory-search-params.ts';

/** Every directory query lives under this key, so a change to any service refreshes them all. */
export const directoryKey = ['directory'] as const;

export const servicePath = (id: string, rest = '') => `/api/directory/services/${encodeURIComponent(id)}${rest}`;

/** `GET /api/directory/services`: the search. Keeps the last results on screen while the next page loads. */
export function useServiceSearch(params: DirectorySearchParams, enabled = true) {
  const query = searchApiQuery(params);
  return useQuery({
    queryKey: [...directoryKey, 'search', query],
    queryFn: ({ signal }) => api.get<ServiceSearchPage>('/api/directory/services', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** `GET /api/directory/services/:id`. */
export function useService(id: string) {
  return useQuery({
    queryKey: [...directoryKey, 'service', id],
    queryFn: ({ signal }) => api.get<ServiceDetail>(servicePath(id), undefined, signal),
    enabled: id !== '',
  });
}

/** `GET /api/directory/map-settings`: the map's tile source, or null tiles for markers on a plain background. */
export function useMapSettings() {
  return useQuery({
    queryKey: [...directoryKey, 'map-settings'],
    queryFn: ({ signal }) => api.get<DirectoryMapSettings>('/api/directory/map-settings', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** `GET /api/directory/postcodes/:postcode`: where a searched postcode is, for the map. */
export function usePostcodeCentroid(postcode: string) {
  return useQuery({
    queryKey: [...directoryKey, 'postcode', postcode],
    queryFn: ({ signal }) =>
      api.get<PostcodeCentroid>(`/api/directory/postcodes/${encodeURIComponent(postcode)}`, undefined, signal),
    enabled: postcode !== '',
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** `GET /api/directory/taxonomy-terms`: every term in tree order, with its depth. Changes rarely. */
export function useTaxonomyTerms() {
  return useQuery({
    queryKey: [...directoryKey, 'terms'],
    queryFn: ({ signal }) => api.get<TaxonomyTermList>('/api/directory/taxonomy-terms', undefined, signal),
    select: (list) => list.items,
    staleTime: 5 * 60_000,
  });
}

/** `GET /api/directory/taxonomies`. */
export function useTaxonomies() {
  return useQuery({
    queryKey: [...directoryKey, 'taxonomies'],
    queryFn: ({ signal }) => api.get<TaxonomyList>('/api/directory/taxonomies', undefined, signal),
    select: (list) => list.items,
    staleTime: 5 * 60_000,
  });
}

/** `GET /api/people/:id/directory-start`: the person's postcode and the needs behind their referrals. */
export function useDirectoryStart(personId: string) {
  return useQuery({
    queryKey: [...directoryKey, 'start', personId],
    queryFn: ({ signal }) =>
      api.get<DirectorySearchStart>(`/api/people/${encodeURIComponent(personId)}/directory-start`, undefined, signal),
    enabled: personId !== '',
    staleTime: 60_000,
  });
}

export interface ManagedServiceParams {
  q: string;
  staleOnly: boolean;
  includeArchived: boolean;
  page: number;
}

export const MANAGED_PAGE_SIZE = 50;

/** `GET /api/directory/manage/services`: all services for admins, their own for providers. */
export function useManagedServices(params: ManagedServiceParams) {
  const query = {
    q: params.q,
    staleOnly: params.staleOnly ? 'true' : undefined,
    includeArchived: params.includeArchived ? 'true' : undefined,
    page: params.page,
    pageSize: MANAGED_PAGE_SIZE,
  };
  return useQuery({
    queryKey: [...directoryKey, 'manage', query],
    queryFn: ({ signal }) => api.get<ServiceSearchPage>('/api/directory/manage/services', query, signal),
    placeholderData: keepPreviousData,
  });
}

const ORGANISATION_PAGE_SIZE = 100;
/** Enough pages for any one area's directory; a select longer than this would be no use anyway. */
const MAX_ORGANISATION_PAGES = 20;

/**
 * `GET /api/directory/organizations`, every page, for the organisation choice on the service
 * form and the organisations list. `mine` limits a provider to the organisations they run.
 */
export function useDirectoryOrganisations(options: { mine: boolean }) {
  return useQuery({
    queryKey: [...directoryKey, 'organisations', options],
    queryFn: async ({ signal }) => {
      const all: DirectoryOrganisation[] = [];
      for (let page = 1; page <= MAX_ORGANISATION_PAGES; page += 1) {
        const result = await api.get<DirectoryOrganisationPage>(
          '/api/directory/organizations',
          { page, pageSize: ORGANISATION_PAGE_SIZE, mine: options.mine ? 'true' : undefined },
          signal,
        );
        all.push(...result.items);
        if (all.length >= result.total || result.items.length === 0) break;
      }
      return all;
    },
  });
}

/** `GET /api/organisations?kind=vcse`: Kith's VCSE organisations a directory organisation can be linked to. */
export function useVcseOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'list', { kind: 'vcse' }],
    queryFn: ({ signal }) => api.get<OrganisationList>('/api/organisations', { kind: 'vcse' }, signal),
    select: (list) => list.items,
    staleTime: 60_000,
  });
}
