import type { PublicGpPracticeList, PublicReferralReasonList, SelfReferralAccepted, SelfReferralRequest } from '@kith/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

/** Active GP practices, by name: public, no sign-in needed. */
export function usePublicPractices() {
  return useQuery({
    queryKey: ['public', 'gp-practices'],
    queryFn: async () => (await api.get<PublicGpPracticeList>('/api/public/gp-practices')).items,
    staleTime: 10 * 60_000,
  });
}

/** What a person can ask for help with: public, no sign-in needed. */
export function usePublicReasons() {
  return useQuery({
    queryKey: ['public', 'referral-reasons'],
    queryFn: async () => (await api.get<PublicReferralReasonList>('/api/public/referral-reasons')).items,
    staleTime: 10 * 60_000,
  });
}

/** `POST /api/public/self-referrals` with an Idempotency-Key, so a retried send is one referral. */
export function useSubmitSelfReferral() {
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: SelfReferralRequest; idempotencyKey: string }) =>
      api.post<SelfReferralAccepted>('/api/public/self-referrals', request, { 'Idempotency-Key': idempotencyKey }),
  });
}
