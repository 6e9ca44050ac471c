import type { Caseload } from '@kith/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';
import type { CaseloadParams } from './caseload-params.ts';

/** `GET /api/caseload`, one page: the signed-in link worker's open cases. Keeps the last view while re-sorting. */
export function useCaseload(params: CaseloadParams, page: number) {
  return useQuery({
    queryKey: ['caseload', params, page],
    queryFn: ({ signal }) =>
      api.get<Caseload>('/api/caseload', { sort: params.sort, filter: params.filter, page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}
