import type { CommunityMessage, CommunityRegisterRequest } from '@kith/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

/** `POST /api/community/register`: the same answer whether or not the email was new. */
export function useRegisterMember() {
  return useMutation({
    mutationFn: (body: CommunityRegisterRequest) => api.post<CommunityMessage>('/api/community/register', body),
  });
}

/** `POST /api/community/verify` with the token from the emailed link. */
export function useVerifyMember() {
  return useMutation({
    mutationFn: (token: string) => api.post<CommunityMessage>('/api/community/verify', { token }),
  });
}
