import type { ReferralReason } from '@kith/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

export interface NewReason {
  code: string;
  label: string;
  snomedCode: string | null;
}

/** `POST /api/referral-reasons` (admins): adds a coded reason to the list every form offers. */
export function useAddReferralReason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewReason) => api.post<ReferralReason>('/api/referral-reasons', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['referral-reasons'] }),
  });
}
