import type { Person, Timeline } from '@kith/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

const path = (id: string, rest = '') => `/api/people/${encodeURIComponent(id)}${rest}`;

/** `GET /api/people/:id`. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => api.get<Person>(path(id), undefined, signal),
  });
}

/** `GET /api/people/:id/timeline`, one page: everything that happened, newest first. */
export function usePersonTimeline(id: string, page: number) {
  return useQuery({
    queryKey: ['people', 'timeline', id, page],
    queryFn: ({ signal }) => api.get<Timeline>(path(id, '/timeline'), { page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}
