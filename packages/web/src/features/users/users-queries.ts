import type { CreateUserRequest, ReplaceMembershipsRequest, Role, UpdateUserRequest, User, UserPage } from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { meQueryKey } from '../session/session-queries.ts';

/** Filters of the users list, as held in the page's query string. */
export interface UserListParams {
  q: string;
  role: Role | '';
  page: number;
}

export const USERS_PAGE_SIZE = 25;

const usersKey = ['users'] as const;

/** `GET /api/users`: one page of users matching the filters. Keeps the last page on screen while the next loads. */
export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<UserPage>('/api/users', { q: params.q, role: params.role, page: params.page, pageSize: USERS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/users/:id`. */
export function useUser(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'detail', id],
    queryFn: ({ signal }) => api.get<User>(`/api/users/${encodeURIComponent(id)}`, undefined, signal),
  });
}

/** After any change, the user's own record is replaced and every list refetched. */
function useUserSaved() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData([...usersKey, 'detail', user.id], user);
    void queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] });
    // The admin may have changed their own name or roles.
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  };
}

/** `POST /api/users`. */
export function useCreateUser() {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (request: CreateUserRequest) => api.post<User>('/api/users', request),
    onSuccess: saved,
  });
}

/** `PATCH /api/users/:id`: name, email, password or active. */
export function useUpdateUser(id: string) {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (request: UpdateUserRequest) => api.patch<User>(`/api/users/${encodeURIComponent(id)}`, request),
    onSuccess: saved,
  });
}

/** `PUT /api/users/:id/memberships`: the complete new set of roles. */
export function useReplaceMemberships(id: string) {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (request: ReplaceMembershipsRequest) =>
      api.put<User>(`/api/users/${encodeURIComponent(id)}/memberships`, request),
    onSuccess: saved,
  });
}
