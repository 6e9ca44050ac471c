import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { readUserListParams, userListHref } from './user-list-params.ts';
import { UserSearchForm } from './user-search-form.tsx';
import { UserTable } from './user-table.tsx';
import { useUsers } from './users-queries.ts';

/** `/admin/users`: search and page through user accounts. */
export function UsersPage() {
  const [searchParams] = useSearchParams();
  const params = readUserListParams(searchParams);
  const users = useUsers(params);
  usePageTitle('Users');

  return (
    <>
      <h1>Users</h1>
      <ButtonLink to="/admin/users/new">Create user</ButtonLink>
      <UserSearchForm key={`${params.q}|${params.role}`} initial={params} />
      <QueryState query={users} what="users">
        {(data) => (
          <>
            <UserTable users={data.items} filtered={params.q !== '' || params.role !== ''} />
            <PaginationNav of={data} noun="users" hrefFor={(page) => userListHref({ ...params, page })} />
          </>
        )}
      </QueryState>
    </>
  );
}
