import type { PasswordResetAnswer, PasswordResetCompletion, PasswordResetRequest } from '@kith/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { meQueryKey } from './session-queries.ts';

/** `POST /api/session/password-reset`: the same answer whether or not the account exists. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => api.post<PasswordResetAnswer>('/api/session/password-reset', body),
  });
}

/**
 * `POST /api/session/password-reset/complete`. Every session of the account ends, so whoever
 * this tab thinks is signed in is read again.
 */
export function useCompletePasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordResetCompletion) => api.post<PasswordResetAnswer>('/api/session/password-reset/complete', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
