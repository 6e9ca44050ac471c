import type { MessageBack } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { referralsKey } from './referral-queries.ts';

export const messageBackKey = (referralId: string) => [...referralsKey, referralId, 'message-back'] as const;

/** `GET /api/referrals/:id/message-back`: 404 until the person is discharged. */
export function useMessageBack(referralId: string, enabled = true) {
  return useQuery({
    queryKey: messageBackKey(referralId),
    queryFn: ({ signal }) =>
      api.get<MessageBack>(`/api/referrals/${encodeURIComponent(referralId)}/message-back`, undefined, signal),
    enabled,
  });
}
