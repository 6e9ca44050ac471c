import type {
  CapacityUpdate,
  DirectoryOrganisation,
  DirectoryOrganisationInput,
  ServiceDetail,
  ServiceInput,
  TaxonomyTerm,
  TaxonomyTermInput,
} from '@kith/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { directoryKey, servicePath } from './directory-queries.ts';

/** Any change to the directory can move search results, curation lists and counts: refresh them all. */
function useDirectoryChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: directoryKey });
}

/** `POST /api/directory/services`, or `PUT …/:id` when editing. */
export function useSaveService(id: string | undefined) {
  const changed = useDirectoryChanged();
  return useMutation({
    mutationFn: (input: ServiceInput) =>
      id ? api.put<ServiceDetail>(servicePath(id), input) : api.post<ServiceDetail>('/api/directory/services', input),
    onSuccess: changed,
  });
}

/** `PATCH /api/directory/services/:id/capacity`: the one-click update, which also counts as verifying. */
export function useUpdateCapacity() {
  const changed = useDirectoryChanged();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: CapacityUpdate }) =>
      api.patch<unknown>(servicePath(id, '/capacity'), update),
    onSuccess: changed,
  });
}

export type ServiceAction = 'verify' | 'archive' | 'restore';

/** `POST /api/directory/services/:id/verify|archive|restore`. */
export function useServiceAction() {
  const changed = useDirectoryChanged();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: ServiceAction }) => api.post<unknown>(servicePath(id, `/${action}`)),
    onSuccess: changed,
  });
}

/** `POST /api/directory/organizations`, or `PUT …/:id` when editing. */
export function useSaveDirectoryOrganisation() {
  const changed = useDirectoryChanged();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: DirectoryOrganisationInput }) =>
      id
        ? api.put<DirectoryOrganisation>(`/api/directory/organizations/${encodeURIComponent(id)}`, input)
        : api.post<DirectoryOrganisation>('/api/directory/organizations', input),
    onSuccess: changed,
  });
}

/** `POST /api/directory/taxonomy-terms`, or `PUT …/:id` when renaming or describing. */
export function useSaveTaxonomyTerm() {
  const changed = useDirectoryChanged();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: TaxonomyTermInput }) =>
      id
        ? api.put<TaxonomyTerm>(`/api/directory/taxonomy-terms/${encodeURIComponent(id)}`, input)
        : api.post<TaxonomyTerm>('/api/directory/taxonomy-terms', input),
    onSuccess: changed,
  });
}
