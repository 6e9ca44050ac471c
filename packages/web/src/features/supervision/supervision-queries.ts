import type {
  CreateSupervisionSessionRequest,
  SupervisionNotes,
  SupervisionOptions,
  SupervisionOverview,
  SupervisionSession,
  SupervisionSessionList,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

export const supervisionKey = ['supervision'] as const;
const sessionPath = (id: string, rest = '') => `/api/supervision/sessions/${encodeURIComponent(id)}${rest}`;

/** `GET /api/supervision/sessions`, one page: mine, and those in PCNs I oversee (never notes). */
export function useSupervisionSessions(query: { pcnId?: string; userId?: string; page: number }) {
  return useQuery({
    queryKey: [...supervisionKey, 'sessions', query],
    queryFn: ({ signal }) =>
      api.get<SupervisionSessionList>('/api/supervision/sessions', { ...query, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/supervision/sessions/:id`: notes included only for the two parties. */
export function useSupervisionSession(id: string) {
  return useQuery({
    queryKey: [...supervisionKey, 'session', id],
    queryFn: ({ signal }) => api.get<SupervisionSession>(sessionPath(id), undefined, signal),
  });
}

/** `GET /api/supervision/overview?pcnId=`: due and overdue link workers, and the ratio. */
export function useSupervisionOverview(pcnId: string) {
  return useQuery({
    queryKey: [...supervisionKey, 'overview', pcnId],
    queryFn: ({ signal }) => api.get<SupervisionOverview>('/api/supervision/overview', { pcnId }, signal),
  });
}

/** `GET /api/supervision/options`: PCNs where I may record, with their people. */
export function useSupervisionOptions() {
  return useQuery({
    queryKey: [...supervisionKey, 'options'],
    queryFn: ({ signal }) => api.get<SupervisionOptions>('/api/supervision/options', undefined, signal),
  });
}

/** `POST /api/supervision/sessions`. */
export function useRecordSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateSupervisionSessionRequest) => api.post<SupervisionSession>('/api/supervision/sessions', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supervisionKey }),
  });
}

/** `PUT /api/supervision/sessions/:id/notes` (the two parties only). */
export function useSaveNotes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SupervisionNotes) => api.put<SupervisionNotes>(sessionPath(id, '/notes'), request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...supervisionKey, 'session', id] }),
  });
}
