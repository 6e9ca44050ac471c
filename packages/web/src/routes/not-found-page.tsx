import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';

/** Any path Kith does not know. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p className="nhsuk-body">If you typed the web address, check it is correct.</p>
      <p className="nhsuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="nhsuk-body">
        <Link to="/">Go to the Kith home page</Link>
      </p>
    </>
  );
}
