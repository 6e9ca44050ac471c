import { Link } from 'react-router';

interface BackLinkProps {
  to: string;
  children: string;
}

/** NHS back link to the page a user came from within a task. */
export function BackLink({ to, children }: BackLinkProps) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}
