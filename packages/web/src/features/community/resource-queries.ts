import type { CommunityResourceCategoryList, CommunityResourceList } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { type ResourceSearchParams, resourceQuery } from './resource-search-params.ts';

/** `GET /api/community/resources` for a search. */
export function useResources(params: ResourceSearchParams) {
  const query = resourceQuery(params);
  return useQuery({
    queryKey: ['community', 'resources', query],
    queryFn: ({ signal }) => api.get<CommunityResourceList>('/api/community/resources', query, signal),
  });
}

/** `GET /api/community/resources/categories`: the categories in use, for the filter. */
export function useResourceCategories() {
  return useQuery({
    queryKey: ['community', 'resource-categories'],
    queryFn: ({ signal }) => api.get<CommunityResourceCategoryList>('/api/community/resources/categories', undefined, signal),
    staleTime: 5 * 60_000,
  });
}
