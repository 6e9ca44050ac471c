import type { Dashboard } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

/** `GET /api/dashboard`: the signed-in user's widgets, one section per role. */
export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: ({ signal }) => api.get<Dashboard>('/api/dashboard', undefined, signal),
  });
}
