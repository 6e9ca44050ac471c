import type {
  ConcernList,
  ConcernTransitionRequest,
  RaiseConcernRequest,
  RaisedConcern,
  SafeguardingConcern,
  SafeguardingInbox,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { isApiError } from '../../api/api-error.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

export const safeguardingKey = ['safeguarding'] as const;
const personPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}/safeguarding-concerns`;
const concernPath = (id: string, rest = '') => `/api/safeguarding-concerns/${encodeURIComponent(id)}${rest}`;

/** `GET /api/people/:personId/safeguarding-concerns`: every concern about the person, newest first. */
export function usePersonConcerns(personId: string) {
  return useQuery({
    queryKey: [...safeguardingKey, 'person', personId],
    queryFn: ({ signal }) => api.get<ConcernList>(personPath(personId), undefined, signal),
    select: (list) => list.items,
  });
}

/** `GET /api/safeguarding/inbox`, one page: concerns I was notified about, unread first. */
export function useSafeguardingInbox(page: number) {
  return useQuery({
    queryKey: [...safeguardingKey, 'inbox', page],
    queryFn: ({ signal }) => api.get<SafeguardingInbox>('/api/safeguarding/inbox', { page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/safeguarding-concerns/:id`; opening it marks my notification read. */
export function useConcern(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...safeguardingKey, 'concern', id],
    queryFn: async ({ signal }) => {
      const concern = await api.get<SafeguardingConcern>(concernPath(id), undefined, signal);
      void queryClient.invalidateQueries({ queryKey: [...safeguardingKey, 'inbox'] });
      return concern;
    },
  });
}

/** `POST /api/people/:personId/safeguarding-concerns`. */
export function useRaiseConcern(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RaiseConcernRequest) => api.post<RaisedConcern>(personPath(personId), request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: safeguardingKey }),
  });
}

/** `POST /api/safeguarding-concerns/:id/transitions`; a 409 refetches the concern as it is now. */
export function useTransitionConcern(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ConcernTransitionRequest) => api.post<SafeguardingConcern>(concernPath(id, '/transitions'), request),
    onSuccess: (concern) => {
      queryClient.setQueryData([...safeguardingKey, 'concern', id], concern);
      void queryClient.invalidateQueries({ queryKey: [...safeguardingKey, 'inbox'] });
      void queryClient.invalidateQueries({ queryKey: [...safeguardingKey, 'person', concern.personId] });
    },
    onError: (error) => {
      if (isApiError(error, 'conflict')) void queryClient.invalidateQueries({ queryKey: [...safeguardingKey, 'concern', id] });
    },
  });
}
