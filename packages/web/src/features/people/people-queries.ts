import type { Person, TimelineEntry } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const path = (id: string, rest = '') => `/api/people/${encodeURIComponent(id)}${rest}`;

/** `GET /api/people/:id`. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => api.get<Person>(path(id), undefined, signal),
  });
}

/** `GET /api/people/:id/timeline`: everything that happened, newest first. */
export function usePersonTimeline(id: string) {
  return useQuery({
    queryKey: ['people', 'timeline', id],
    queryFn: ({ signal }) => api.get<{ items: TimelineEntry[] }>(path(id, '/timeline'), undefined, signal),
    select: (timeline) => timeline.items,
  });
}
