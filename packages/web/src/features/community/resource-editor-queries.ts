import type {
  CommunityResource,
  CommunityResourceList,
  CreateCommunityResourceRequest,
  UpdateCommunityResourceRequest,
} from '@kith/shared';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { type ResourceSearchParams, resourceQuery } from './resource-search-params.ts';

const resourcesKey = ['community', 'resources'] as const;
const resourceKey = (id: string) => [...resourcesKey, 'detail', id] as const;
const resourcePath = (id: string) => `/api/community/resources/${encodeURIComponent(id)}`;

/** Any change can move a resource in or out of a search or a category, so every list is asked again. */
function resourceChanged(queryClient: QueryClient, resource: CommunityResource): void {
  queryClient.setQueryData(resourceKey(resource.id), resource);
  void queryClient.invalidateQueries({ queryKey: resourcesKey });
  void queryClient.invalidateQueries({ queryKey: ['community', 'resource-categories'] });
}

/**
 * `GET /api/community/resources` for a search, with archived resources too when an editor asks
 * (the server ignores `includeArchived` for anyone else).
 */
export function useLibraryResources(params: ResourceSearchParams, includeArchived: boolean) {
  const query = { ...resourceQuery(params), ...(includeArchived ? { includeArchived: 'true' } : {}) };
  return useQuery({
    queryKey: [...resourcesKey, query],
    queryFn: ({ signal }) => api.get<CommunityResourceList>('/api/community/resources', query, signal),
  });
}

/** `GET /api/community/resources/:id` (editors also get archived ones). */
export function useResource(id: string) {
  return useQuery({
    queryKey: resourceKey(id),
    queryFn: ({ signal }) => api.get<CommunityResource>(resourcePath(id), undefined, signal),
  });
}

/** `POST /api/community/resources` (editors). */
export function useCreateResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommunityResourceRequest) => api.post<CommunityResource>('/api/community/resources', body),
    onSuccess: (resource) => resourceChanged(queryClient, resource),
  });
}

/** `PATCH /api/community/resources/:id` (editors). */
export function useUpdateResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCommunityResourceRequest) => api.patch<CommunityResource>(resourcePath(id), body),
    onSuccess: (resource) => resourceChanged(queryClient, resource),
  });
}

/** `POST /api/community/resources/:id/archive` or `/restore` (editors). */
export function useSetResourceArchived(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (archive: boolean) => api.post<CommunityResource>(`${resourcePath(id)}/${archive ? 'archive' : 'restore'}`),
    onSuccess: (resource) => resourceChanged(queryClient, resource),
  });
}
