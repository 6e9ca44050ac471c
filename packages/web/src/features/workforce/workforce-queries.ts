import type {
  ArrsCapInput,
  ArrsCapRow,
  CreatePostRequest,
  FundingPlan,
  OnCostRateInput,
  OnCostRateRow,
  PayPointInput,
  PayPointRow,
  PostList,
  PostOptions,
  ReferenceData,
  UpdatePostRequest,
  WorkforcePcnList,
  WorkforcePost,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

const workforceKey = ['workforce'] as const;

/** `GET /api/workforce/pcns`: PCNs whose workforce I may read. */
export function useWorkforcePcns() {
  return useQuery({
    queryKey: [...workforceKey, 'pcns'],
    queryFn: ({ signal }) => api.get<WorkforcePcnList>('/api/workforce/pcns', undefined, signal),
    select: (list) => list.items,
    staleTime: 5 * 60_000,
  });
}

/** `GET /api/workforce/posts?pcnId=&page=`: one page of the PCN's posts. */
export function usePosts(pcnId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...workforceKey, 'posts', pcnId, page],
    queryFn: ({ signal }) => api.get<PostList>('/api/workforce/posts', { pcnId, page, pageSize: LIST_PAGE_SIZE }, signal),
    enabled: Boolean(pcnId),
  });
}

/** `GET /api/workforce/posts/:id`. */
export function usePost(id: string | undefined) {
  return useQuery({
    queryKey: [...workforceKey, 'post', id],
    queryFn: ({ signal }) => api.get<WorkforcePost>(`/api/workforce/posts/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** `GET /api/workforce/post-options?pcnId=`: employers and people for the post form. */
export function usePostOptions(pcnId: string | undefined) {
  return useQuery({
    queryKey: [...workforceKey, 'options', pcnId],
    queryFn: ({ signal }) => api.get<PostOptions>('/api/workforce/post-options', { pcnId }, signal),
    enabled: Boolean(pcnId),
  });
}

/** `POST /api/workforce/posts` or `PUT /api/workforce/posts/:id`; the plan is refreshed after. */
export function useSavePost(postId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePostRequest | UpdatePostRequest) =>
      postId
        ? api.put<WorkforcePost>(`/api/workforce/posts/${postId}`, request)
        : api.post<WorkforcePost>('/api/workforce/posts', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: workforceKey }),
  });
}

/** `GET /api/workforce/funding-plan`. */
export function useFundingPlan(pcnId: string | undefined, year: string | undefined) {
  return useQuery({
    queryKey: [...workforceKey, 'funding-plan', pcnId, year],
    queryFn: ({ signal }) => api.get<FundingPlan>('/api/workforce/funding-plan', { pcnId, year, years: 3 }, signal),
    enabled: Boolean(pcnId),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/workforce/reference-data`. */
export function useReferenceData() {
  return useQuery({
    queryKey: [...workforceKey, 'reference-data'],
    queryFn: ({ signal }) => api.get<ReferenceData>('/api/workforce/reference-data', undefined, signal),
  });
}

/** The three reference tables and their input shapes, for one generic save hook. */
export interface ReferenceTables {
  'arrs-caps': { input: ArrsCapInput; row: ArrsCapRow };
  'pay-points': { input: PayPointInput; row: PayPointRow };
  'on-cost-rates': { input: OnCostRateInput; row: OnCostRateRow };
}

/** Adds (no id) or corrects (with id) a reference data row. */
export function useSaveReferenceRow<T extends keyof ReferenceTables>(table: T, id: string | undefined) {
  const queryClient = useQueryClient();
  const base = `/api/workforce/reference-data/${table}`;
  return useMutation({
    mutationFn: (input: ReferenceTables[T]['input']) =>
      id
        ? api.put<ReferenceTables[T]['row']>(`${base}/${encodeURIComponent(id)}`, input)
        : api.post<ReferenceTables[T]['row']>(base, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: workforceKey }),
  });
}
