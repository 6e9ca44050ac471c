import type {
  AnswerPulseRequest,
  CreatePulseRoundRequest,
  CurrentPulseRounds,
  OrganisationList,
  PulseAnswerReceipt,
  PulseResults,
  PulseRound,
  PulseRoundList,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

const roundsKey = ['pulse', 'rounds'] as const;
const currentKey = ['pulse', 'current'] as const;

/** `GET /api/pulse/current`: open rounds the link worker has not answered yet. */
export function useCurrentPulseRounds() {
  return useQuery({
    queryKey: currentKey,
    queryFn: ({ signal }) => api.get<CurrentPulseRounds>('/api/pulse/current', undefined, signal),
  });
}

/** `POST /api/pulse/rounds/:id/responses`. */
export function useAnswerPulse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roundId, body }: { roundId: string; body: AnswerPulseRequest }) =>
      api.post<PulseAnswerReceipt>(`/api/pulse/rounds/${encodeURIComponent(roundId)}/responses`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentKey }),
  });
}

/**
 * `GET /api/pulse/rounds`, one page of the rounds the manager looks after, newest opening first
 * (so open and upcoming rounds are on the first page).
 */
export function usePulseRounds(page: number, pageSize = LIST_PAGE_SIZE) {
  return useQuery({
    queryKey: [...roundsKey, page, pageSize],
    queryFn: ({ signal }) => api.get<PulseRoundList>('/api/pulse/rounds', { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `POST /api/pulse/rounds`. */
export function useCreatePulseRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePulseRoundRequest) => api.post<PulseRound>('/api/pulse/rounds', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundsKey }),
  });
}

/** `POST /api/pulse/rounds/:id/close`: the round stops taking answers now and its results can be read. */
export function useClosePulseRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roundId: string) => api.post<PulseRound>(`/api/pulse/rounds/${encodeURIComponent(roundId)}/close`),
    onSuccess: () => {
      // Pages of rounds not on screen would otherwise still say "open" when next shown, and the
      // results page would offer to close a closed round until its refetch landed: drop them.
      queryClient.removeQueries({ queryKey: ['pulse'], type: 'inactive' });
      return queryClient.invalidateQueries({ queryKey: ['pulse'] });
    },
  });
}

/**
 * `GET /api/pulse/rounds/:id/results`: figures only for groups of 5 or more, and only once the
 * round has closed — so the page asks only when `enabled` (it knows the round's state).
 */
export function usePulseResults(roundId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['pulse', 'results', roundId],
    queryFn: ({ signal }) => api.get<PulseResults>(`/api/pulse/rounds/${encodeURIComponent(roundId)}/results`, undefined, signal),
  });
}

/** The PCNs and ICBs the manager can see: where a round can be opened. */
export function usePulseOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'pulse-targets'],
    queryFn: async ({ signal }) => {
      const list = await api.get<OrganisationList>('/api/organisations', undefined, signal);
      return list.items.filter((organisation) => organisation.kind === 'pcn' || organisation.kind === 'icb');
    },
  });
}

/** Where the CSV export of a round's results is downloaded from (same suppression as the screen). */
export function pulseResultsCsvUrl(roundId: string): string {
  return `/api/pulse/rounds/${encodeURIComponent(roundId)}/results.csv`;
}
