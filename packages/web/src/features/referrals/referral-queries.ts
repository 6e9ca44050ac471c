import type {
  AllocateRequest,
  AllocationSuggestions,
  CreateReferralRequest,
  PersonMatchesRequest,
  PersonMatchList,
  Referral,
  ReferralDetail,
  ReferralList,
  ReferralListQuery,
  ReferralReasonList,
  TransitionRequest,
  TriageRequest,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { isApiError } from '../../api/api-error.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

/** The query-string filters of `GET /api/referrals` the screens set (the page size is fixed). */
type ReferralListParams = Pick<ReferralListQuery, 'status' | 'mine' | 'page'>;

/** One page of the queue: whoever may read the queue gets the team's view of every referral in it. */
type ReferralQueuePage = Omit<ReferralList, 'items'> & { items: Referral[] };

export const referralsKey = ['referrals'] as const;
const path = (id: string, rest = '') => `/api/referrals/${encodeURIComponent(id)}${rest}`;

/** `GET /api/referral-reasons`: the active coded reasons. */
export function useReferralReasons() {
  return useQuery({
    queryKey: ['referral-reasons'],
    queryFn: ({ signal }) => api.get<ReferralReasonList>('/api/referral-reasons', undefined, signal),
    select: (list) => list.items.filter((reason) => reason.active),
    staleTime: 5 * 60_000,
  });
}

/**
 * `GET /api/referrals`, one page: a referrer gets the ones they made (newest first); supervisors
 * and link workers their PCN's queue (by status, most urgent, longest waiting).
 */
export function useReferrals(params: ReferralListParams) {
  return useQuery({
    queryKey: [...referralsKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<ReferralQueuePage>(
        '/api/referrals',
        { status: params.status, mine: params.mine, page: params.page, pageSize: LIST_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * `GET /api/referrals?mine=made`, one page, newest first: each referral as this user may see it
 * (the referrer's view — status, dates and the message back — unless they are also on its team).
 */
export function useMyReferrals(page: number) {
  return useQuery({
    queryKey: [...referralsKey, 'list', { mine: 'made', page }],
    queryFn: ({ signal }) => api.get<ReferralList>('/api/referrals', { mine: 'made', page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * `GET /api/referrals/:id`: for the team, with its transitions and what it may move to next; for
 * its referrer, the referrer's view (`access: 'referrer'`).
 */
export function useReferral(id: string) {
  return useQuery({
    queryKey: [...referralsKey, 'detail', id],
    queryFn: ({ signal }) => api.get<ReferralDetail>(path(id), undefined, signal),
  });
}

/** After any change to a referral: replace it, and refetch every list that may show it. */
export function useReferralChanged() {
  const queryClient = useQueryClient();
  return (referral: ReferralDetail) => {
    queryClient.setQueryData([...referralsKey, 'detail', referral.id], referral);
    void queryClient.invalidateQueries({ queryKey: [...referralsKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['caseload'] });
    void queryClient.invalidateQueries({ queryKey: ['people'] });
  };
}

/** When a change is refused because the referral moved on (409), fetch what it is now. */
function useRefetchOnConflict(id: string) {
  const queryClient = useQueryClient();
  return (error: unknown) => {
    if (isApiError(error, 'conflict')) void queryClient.invalidateQueries({ queryKey: [...referralsKey, 'detail', id] });
  };
}

/**
 * `POST /api/referrals` with an idempotency key made once per form load: if the answer is lost
 * and the user presses the button again, the server returns the referral it already made.
 */
export function useCreateReferral(idempotencyKey: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (request: CreateReferralRequest) =>
      api.post<ReferralDetail>('/api/referrals', request, { 'Idempotency-Key': idempotencyKey }),
    onSuccess: changed,
  });
}

/** `POST /api/people/matches`: records that are likely the same person. */
export function useFindPersonMatches() {
  return useMutation({
    mutationFn: (request: PersonMatchesRequest) =>
      api.post<PersonMatchList>('/api/people/matches', request).then((list) => list.items),
  });
}

/** `POST /api/referrals/:id/triage`. */
export function useTriageReferral(id: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (request: TriageRequest) => api.post<Referral>(path(id, '/triage'), request),
    onSuccess: changed,
    onError: useRefetchOnConflict(id),
  });
}

/** `GET /api/referrals/:id/allocation-suggestions`: link workers, most headroom first. */
export function useAllocationSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...referralsKey, id, 'allocation-suggestions'],
    queryFn: ({ signal }) => api.get<AllocationSuggestions>(path(id, '/allocation-suggestions'), undefined, signal),
    select: (list) => list.items,
    enabled,
  });
}

/** `POST /api/referrals/:id/allocate` (also reassigns). */
export function useAllocateReferral(id: string) {
  const changed = useReferralChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AllocateRequest) => api.post<Referral>(path(id, '/allocate'), request),
    onSuccess: (referral) => {
      changed(referral);
      void queryClient.invalidateQueries({ queryKey: [...referralsKey, id, 'allocation-suggestions'] });
    },
    onError: useRefetchOnConflict(id),
  });
}

/** `POST /api/referrals/:id/transitions`: decline, withdraw, close in error and the like. */
export function useTransitionReferral(id: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (request: TransitionRequest) => api.post<Referral>(path(id, '/transitions'), request),
    onSuccess: changed,
    onError: useRefetchOnConflict(id),
  });
}
