import { ROLES, type Role } from '@kith/shared';
import type { UserListParams } from './users-queries.ts';

function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}

/** Reads the users list filters from the query string, ignoring anything malformed. */
export function readUserListParams(search: URLSearchParams): UserListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const role = search.get('role');
  return {
    q: search.get('q') ?? '',
    role: isRole(role) ? role : '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The users list URL for a set of filters; blank filters and page 1 are left out. */
export function userListHref(params: UserListParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.role) search.set('role', params.role);
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/admin/users?${query}` : '/admin/users';
}
