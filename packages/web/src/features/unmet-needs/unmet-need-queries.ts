import type { CreateUnmetNeedRequest, TaxonomyTermList, UnmetNeed, UnmetNeedPage } from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const unmetNeedsKey = ['unmet-needs'] as const;

/** `GET /api/directory/taxonomy-terms`: the needs, in tree order with their depth. */
export function useNeedTerms() {
  return useQuery({
    queryKey: [...unmetNeedsKey, 'terms'],
    queryFn: ({ signal }) => api.get<TaxonomyTermList>('/api/directory/taxonomy-terms', undefined, signal),
    select: (list) => list.items,
    staleTime: 5 * 60_000,
  });
}

/** `GET /api/unmet-needs`: recorded in my organisations, newest first. */
export function useUnmetNeeds(params: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...unmetNeedsKey, 'list', params],
    queryFn: ({ signal }) => api.get<UnmetNeedPage>('/api/unmet-needs', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `POST /api/unmet-needs`. */
export function useRecordUnmetNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUnmetNeedRequest) => api.post<UnmetNeed>('/api/unmet-needs', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...unmetNeedsKey, 'list'] }),
  });
}
