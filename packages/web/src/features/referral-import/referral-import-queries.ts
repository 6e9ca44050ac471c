import type { ImportReferralsReport, ImportReferralsRequest } from '@kith/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { type ImportProgress, importWithProgress } from './streamed-import.ts';

/**
 * `POST /api/referrals/import`: a check (dry run) is one quick request; a real import streams a
 * line per row so `onProgress` can drive a progress bar.
 */
export function useImportReferrals(onProgress: (progress: ImportProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportReferralsRequest) =>
      body.dryRun === false
        ? importWithProgress(body, onProgress)
        : api.post<ImportReferralsReport>('/api/referrals/import', body),
    onSuccess: (report) => {
      if (report.created > 0) void queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}
