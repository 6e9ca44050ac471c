import type { Caseload } from '@kith/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import type { CaseloadParams } from './caseload-params.ts';

export type CaseloadResponse = ReturnType<typeof Caseload.parse>;

/** `GET /api/caseload`: the signed-in link worker's open cases. Keeps the last view while re-sorting. */
export function useCaseload(params: CaseloadParams) {
  return useQuery({
    queryKey: ['caseload', params],
    queryFn: ({ signal }) => api.get<CaseloadResponse>('/api/caseload', { sort: params.sort, filter: params.filter }, signal),
    placeholderData: keepPreviousData,
  });
}
