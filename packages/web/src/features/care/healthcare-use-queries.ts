import type { HealthcareUse, HealthcareUseInput } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { referralsKey } from '../referrals/referral-queries.ts';

const path = (referralId: string) => `/api/referrals/${encodeURIComponent(referralId)}/healthcare-use`;
const key = (referralId: string) => [...referralsKey, referralId, 'healthcare-use'] as const;

/** `GET /api/referrals/:id/healthcare-use`: every figure null until recorded. */
export function useHealthcareUse(referralId: string) {
  return useQuery({
    queryKey: key(referralId),
    queryFn: ({ signal }) => api.get<HealthcareUse>(path(referralId), undefined, signal),
  });
}

/** `PUT /api/referrals/:id/healthcare-use`: records or corrects the four figures (null: not recorded). */
export function useSaveHealthcareUse(referralId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: HealthcareUseInput) => api.put<HealthcareUse>(path(referralId), request),
    onSuccess: (saved) => {
      queryClient.setQueryData(key(referralId), saved);
      // The impact reports read these figures.
      void queryClient.invalidateQueries({ queryKey: ['reports', 'report'] });
    },
  });
}
