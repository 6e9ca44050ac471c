import type { OrukImportProgress } from '@kith/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importOrukWithProgress, type OrukImportSource } from './streamed-oruk-import.ts';

/**
 * Checks (dry run) or imports an ORUK feed, streaming progress to `onProgress`. A committed
 * import changes the directory, so its lists are refetched.
 */
export function useOrukImport(onProgress: (progress: OrukImportProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ source, commit }: { source: OrukImportSource; commit: boolean }) =>
      importOrukWithProgress(source, commit, onProgress),
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: ['directory'] });
    },
  });
}
