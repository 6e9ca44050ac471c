import type { CommunityResourceCategoryList } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

/** `GET /api/community/resources/categories`: the categories in use, for the filter. */
export function useResourceCategories() {
  return useQuery({
    queryKey: ['community', 'resource-categories'],
    queryFn: ({ signal }) => api.get<CommunityResourceCategoryList>('/api/community/resources/categories', undefined, signal),
    staleTime: 5 * 60_000,
  });
}
