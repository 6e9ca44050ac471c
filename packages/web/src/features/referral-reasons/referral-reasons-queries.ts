import type { CreateReferralReasonRequest, ReferralReason } from '@kith/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

/** `POST /api/referral-reasons` (admins): adds a coded reason to the list every form offers. */
export function useAddReferralReason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReferralReasonRequest) => api.post<ReferralReason>('/api/referral-reasons', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['referral-reasons'] }),
  });
}
