import type { ImportReferralsReport, ImportReferralsRequest } from '@kith/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

/** `POST /api/referrals/import`: checks (dry run) or imports a CSV of referrals. */
export function useImportReferrals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportReferralsRequest) => api.post<ImportReferralsReport>('/api/referrals/import', body),
    onSuccess: (report) => {
      if (report.created > 0) void queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}
