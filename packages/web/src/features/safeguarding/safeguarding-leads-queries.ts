import type { SafeguardingLeads, UserPage } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const leadsKey = (organisationId: string) => ['safeguarding-leads', organisationId] as const;

/** `GET /api/organisations/:id/safeguarding-leads`. */
export function useSafeguardingLeads(organisationId: string) {
  return useQuery({
    queryKey: leadsKey(organisationId),
    queryFn: ({ signal }) =>
      api.get<SafeguardingLeads>(
        `/api/organisations/${encodeURIComponent(organisationId)}/safeguarding-leads`,
        undefined,
        signal,
      ),
  });
}

/** People who hold a role in the PCN: the candidates for lead. */
export function usePcnStaff(organisationId: string) {
  return useQuery({
    queryKey: ['users', 'in-organisation', organisationId],
    queryFn: ({ signal }) => api.get<UserPage>('/api/users', { organisationId, pageSize: 200 }, signal),
  });
}

/** `PUT /api/organisations/:id/safeguarding-leads`: the complete new set of leads. */
export function useSetSafeguardingLeads(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) =>
      api.put<SafeguardingLeads>(`/api/organisations/${encodeURIComponent(organisationId)}/safeguarding-leads`, { userIds }),
    onSuccess: (leads) => queryClient.setQueryData(leadsKey(organisationId), leads),
  });
}
