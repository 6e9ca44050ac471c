import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
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
      {users.isPending ? <LoadingState what="users" /> : null}
      {users.isError ? <ErrorState error={users.error} what="users" onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <>
          <UserTable users={users.data.items} filtered={params.q !== '' || params.role !== ''} />
          <PaginationNav of={users.data} noun="users" hrefFor={(page) => userListHref({ ...params, page })} />
        </>
      ) : null}
    </>
  );
}
