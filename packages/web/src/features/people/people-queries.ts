import type { Person, PersonVersionList, Timeline, UpdatePersonRequest } from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** `GET /api/people/:id/versions`: who saved each version of the record, when, and what changed. */
export function usePersonVersions(id: string) {
  return useQuery({
    queryKey: ['people', 'versions', id],
    queryFn: ({ signal }) => api.get<PersonVersionList>(path(id, '/versions'), undefined, signal),
  });
}

/** `PATCH /api/people/:id`: saves an edit; the record, its history and its timeline are shown afresh. */
export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePersonRequest) => api.patch<Person>(path(id), request),
    onSuccess: (person) => {
      queryClient.setQueryData(['people', 'detail', id], person);
      void queryClient.invalidateQueries({ queryKey: ['people', 'versions', id] });
    },
  });
}
