import type {
  BusinessStatusChange,
  OnwardReferralStatusChange,
  ProviderInboxPage,
  ProviderInboxQuery,
  ProviderOnwardReferral,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { isApiError } from '../../api/api-error.ts';

/** The provider's side is cached apart from the link worker's: different shapes of the same records. */
export const providerReferralsKey = ['provider-referrals'] as const;

const path = (id: string, rest = '') => `/api/provider/onward-referrals/${encodeURIComponent(id)}${rest}`;

/** The inbox filters the screen sets. */
export type ProviderInboxParams = Pick<ProviderInboxQuery, 'view' | 'page' | 'pageSize' | 'sort'>;

/** `GET /api/provider/onward-referrals`: referrals to my organisation's services. */
export function useProviderInbox(params: ProviderInboxParams) {
  return useQuery({
    queryKey: [...providerReferralsKey, 'inbox', params],
    queryFn: ({ signal }) => api.get<ProviderInboxPage>('/api/provider/onward-referrals', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/provider/onward-referrals/:id`: the shared details only. */
export function useProviderReferral(id: string) {
  return useQuery({
    queryKey: [...providerReferralsKey, 'detail', id],
    queryFn: ({ signal }) => api.get<ProviderOnwardReferral>(path(id), undefined, signal),
  });
}

function useProviderReferralChanged(id: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (referral: ProviderOnwardReferral) => {
      queryClient.setQueryData([...providerReferralsKey, 'detail', id], referral);
      void queryClient.invalidateQueries({ queryKey: [...providerReferralsKey, 'inbox'] });
      // A change's note is in the conversation too.
      void queryClient.invalidateQueries({ queryKey: [...providerReferralsKey, 'notes', id] });
    },
    onError: (error: unknown) => {
      // Someone else moved it on: show it as it is now.
      if (isApiError(error, 'conflict'))
        void queryClient.invalidateQueries({ queryKey: [...providerReferralsKey, 'detail', id] });
    },
  };
}

/** `POST /api/provider/onward-referrals/:id/status`. */
export function useProviderStatusChange(id: string) {
  const changed = useProviderReferralChanged(id);
  return useMutation({
    mutationFn: (request: OnwardReferralStatusChange) => api.post<ProviderOnwardReferral>(path(id, '/status'), request),
    ...changed,
  });
}

/** `POST /api/provider/onward-referrals/:id/business-status`. */
export function useProviderBusinessStatus(id: string) {
  const changed = useProviderReferralChanged(id);
  return useMutation({
    mutationFn: (request: BusinessStatusChange) => api.post<ProviderOnwardReferral>(path(id, '/business-status'), request),
    ...changed,
  });
}
