import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { StatusTag } from '../../components/status-tag.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { UserDetailsForm } from './user-details-form.tsx';
import { UserPasswordForm } from './user-password-form.tsx';
import { UserRolesForm } from './user-roles-form.tsx';
import { UserStatusForm } from './user-status-form.tsx';
import { useUser } from './users-queries.ts';

/** `/admin/users/:id`: change a user's name, email, roles and password, or deactivate them. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useUser(id);
  const flash = readFlash(location.state);
  const [saved, setSaved] = useState<string | null>(null);
  // A malformed id fails validation on the server; to the user it is simply not found.
  const notFound = isApiError(user.error, 'not_found', 'validation');
  usePageTitle(user.data ? `${user.data.displayName} – Users` : notFound ? 'User not found' : 'User');

  if (user.isPending) {
    return (
      <>
        <BackLink to="/admin/users">Back to users</BackLink>
        <h1>User</h1>
        <LoadingState what="the user" />
      </>
    );
  }
  if (user.isError) {
    return (
      <>
        <BackLink to="/admin/users">Back to users</BackLink>
        <h1>{notFound ? 'User not found' : 'User'}</h1>
        <ErrorState error={user.error} what="the user" onRetry={() => void user.refetch()} />
      </>
    );
  }

  const account = user.data;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Back to users</BackLink>
        <SuccessBanner message={saved ?? flash?.flash} detail={saved ? undefined : flash?.flashDetail} />
        <h1>
          <span className="nhsuk-caption-l">
            User<span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {account.displayName}
        </h1>
        <p className="nhsuk-body">
          <StatusTag active={account.active} />
        </p>
        {/* Starts again from the saved record after a save, as the server tidied it (a lower-case email address). */}
        <UserDetailsForm key={account.updatedAt} user={account} onSaved={setSaved} />
        <UserRolesForm key={account.updatedAt} user={account} onSaved={setSaved} />
        <UserPasswordForm user={account} onSaved={setSaved} />
        <UserStatusForm user={account} onSaved={setSaved} />
      </div>
    </div>
  );
}
