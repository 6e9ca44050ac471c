import type {
  CreateOnwardReferralRequest,
  OnwardReferral,
  OnwardReferralStatusChange,
  PersonOnwardReferralList,
  ServiceDetail,
} from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { isApiError } from '../../api/api-error.ts';

/** Every onward referral query starts with this key, so one invalidation refreshes them all. */
export const onwardReferralsKey = ['onward-referrals'] as const;

const personPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}/onward-referrals`;
const referralPath = (id: string, rest = '') => `/api/onward-referrals/${encodeURIComponent(id)}${rest}`;

/** `GET /api/directory/services/:id`: the service a referral is being made to. */
export function useReferableService(serviceId: string) {
  return useQuery({
    queryKey: [...onwardReferralsKey, 'service', serviceId],
    queryFn: ({ signal }) =>
      api.get<ServiceDetail>(`/api/directory/services/${encodeURIComponent(serviceId)}`, undefined, signal),
    enabled: serviceId !== '',
  });
}

/** `GET /api/people/:id/onward-referrals`: the person's onward referrals, newest first. */
export function usePersonOnwardReferrals(personId: string) {
  return useQuery({
    queryKey: [...onwardReferralsKey, 'person', personId],
    queryFn: ({ signal }) => api.get<PersonOnwardReferralList>(personPath(personId), undefined, signal),
    select: (list) => list.items,
  });
}

/** `GET /api/onward-referrals/:id`: the link worker's view, with its history. */
export function useOnwardReferral(id: string) {
  return useQuery({
    queryKey: [...onwardReferralsKey, 'detail', id],
    queryFn: ({ signal }) => api.get<OnwardReferral>(referralPath(id), undefined, signal),
  });
}

/**
 * `POST /api/people/:id/onward-referrals` with one Idempotency-Key per form, so a double click
 * or a retry after a dropped connection sends one referral, not two.
 */
export function useCreateOnwardReferral(personId: string, idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateOnwardReferralRequest) =>
      api.post<OnwardReferral>(personPath(personId), request, { 'Idempotency-Key': idempotencyKey }),
    onSuccess: (referral) => {
      queryClient.setQueryData([...onwardReferralsKey, 'detail', referral.id], referral);
      void queryClient.invalidateQueries({ queryKey: [...onwardReferralsKey, 'person', personId] });
      void queryClient.invalidateQueries({ queryKey: ['people', 'timeline', personId] });
    },
  });
}

/** `POST /api/onward-referrals/:id/status`: the requester's one move, cancelling. A 409 refetches. */
export function useChangeOnwardReferralStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: OnwardReferralStatusChange) => api.post<OnwardReferral>(referralPath(id, '/status'), request),
    onSuccess: (referral) => {
      queryClient.setQueryData([...onwardReferralsKey, 'detail', id], referral);
      void queryClient.invalidateQueries({ queryKey: [...onwardReferralsKey, 'person', referral.personId] });
      void queryClient.invalidateQueries({ queryKey: ['people', 'timeline', referral.personId] });
    },
    onError: (error) => {
      if (isApiError(error, 'conflict')) void queryClient.invalidateQueries({ queryKey: [...onwardReferralsKey, 'detail', id] });
    },
  });
}
