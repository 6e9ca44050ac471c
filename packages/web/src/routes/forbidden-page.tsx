import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';

/** Shown when a signed-in user opens a page their roles do not allow. */
export function ForbiddenPage() {
  usePageTitle('You do not have access to this page');
  return (
    <>
      <h1>You do not have access to this page</h1>
      <p className="nhsuk-body">Your roles in Kith do not include this page.</p>
      <p className="nhsuk-body">
        If you think you need access, ask an administrator in your organisation. <Link to="/">Go to your home page</Link>.
      </p>
    </>
  );
}
