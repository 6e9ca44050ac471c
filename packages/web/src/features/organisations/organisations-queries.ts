import type { CreateOrganisationRequest, Organisation, OrganisationList, UpdateOrganisationRequest } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const organisationsKey = ['organisations'] as const;

/**
 * `GET /api/organisations`: every organisation (Kith serves one ICB area, so the list is small
 * enough to fetch whole and arrange as a tree in the browser).
 */
export function useOrganisations(options: { includeInactive: boolean }) {
  return useQuery({
    queryKey: [...organisationsKey, 'list', options],
    queryFn: ({ signal }) =>
      api.get<OrganisationList>('/api/organisations', options.includeInactive ? { includeInactive: true } : undefined, signal),
    select: (list) => list.items,
    staleTime: 60_000,
  });
}

/** `GET /api/organisations/:id`. */
export function useOrganisation(id: string) {
  return useQuery({
    queryKey: [...organisationsKey, 'detail', id],
    queryFn: ({ signal }) => api.get<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, undefined, signal),
  });
}

function useOrganisationSaved() {
  const queryClient = useQueryClient();
  return (organisation: Organisation) => {
    queryClient.setQueryData([...organisationsKey, 'detail', organisation.id], organisation);
    void queryClient.invalidateQueries({ queryKey: [...organisationsKey, 'list'] });
    // Users show organisation names, which may have changed.
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  };
}

/** `POST /api/organisations`. */
export function useCreateOrganisation() {
  const saved = useOrganisationSaved();
  return useMutation({
    mutationFn: (request: CreateOrganisationRequest) => api.post<Organisation>('/api/organisations', request),
    onSuccess: saved,
  });
}

/** `PATCH /api/organisations/:id`. */
export function useUpdateOrganisation(id: string) {
  const saved = useOrganisationSaved();
  return useMutation({
    mutationFn: (request: UpdateOrganisationRequest) =>
      api.patch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, request),
    onSuccess: saved,
  });
}
