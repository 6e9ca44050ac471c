import type {
  AddChecklistItemRequest,
  ChecklistItem,
  ImplementationChecklist,
  OrganisationList,
  UpdateChecklistItemRequest,
} from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const checklistKey = (pcnId: string) => ['implementation-checklist', pcnId] as const;

/** The PCNs the signed-in user can see, to choose whose checklist to open. */
export function useChecklistPcns() {
  return useQuery({
    queryKey: ['organisations', 'pcns'],
    queryFn: async ({ signal }) => (await api.get<OrganisationList>('/api/organisations', { kind: 'pcn' }, signal)).items,
  });
}

/** `GET /api/implementation-checklist?pcnId=` (the first read seeds the default list). */
export function useChecklist(pcnId: string) {
  return useQuery({
    queryKey: checklistKey(pcnId),
    queryFn: ({ signal }) => api.get<ImplementationChecklist>('/api/implementation-checklist', { pcnId }, signal),
    enabled: pcnId !== '',
  });
}

function useRefreshChecklist(pcnId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: checklistKey(pcnId) });
}

/** `PUT /api/implementation-checklist/items/:id`. */
export function useUpdateChecklistItem(pcnId: string) {
  const refresh = useRefreshChecklist(pcnId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateChecklistItemRequest }) =>
      api.put<ChecklistItem>(`/api/implementation-checklist/items/${encodeURIComponent(id)}`, body),
    onSuccess: refresh,
  });
}

/** `POST /api/implementation-checklist/items`. */
export function useAddChecklistItem(pcnId: string) {
  const refresh = useRefreshChecklist(pcnId);
  return useMutation({
    mutationFn: (body: AddChecklistItemRequest) => api.post<ChecklistItem>('/api/implementation-checklist/items', body),
    onSuccess: refresh,
  });
}

/** `DELETE /api/implementation-checklist/items/:id` (the PCN's own items only). */
export function useDeleteChecklistItem(pcnId: string) {
  const refresh = useRefreshChecklist(pcnId);
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/implementation-checklist/items/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}
