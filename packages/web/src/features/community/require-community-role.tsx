import { Link, Outlet } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCommunityMe } from './community-me-queries.ts';

const NEEDS = {
  member: { words: 'registered community members', check: 'isMember' },
  editor: { words: 'community editors', check: 'isEditor' },
  moderator: { words: 'community moderators', check: 'isModerator' },
} as const;

/** Explains why the page is not available, with a way back to the community. */
function NotForYou({ words }: { words: string }) {
  usePageTitle('You do not have access to this page');
  return (
    <>
      <h1>You do not have access to this page</h1>
      <p className="nhsuk-body">This page is for {words}.</p>
      <p className="nhsuk-body">
        <Link to="/community">Go to the community</Link>
      </p>
    </>
  );
}

/**
 * Shows its pages only to community members, editors or moderators (inside the sign-in guard).
 * The server enforces the same rules; this only spares others a page of errors.
 */
export function RequireCommunityRole({ need: which }: { need: keyof typeof NEEDS }) {
  const me = useCommunityMe();
  const need = NEEDS[which];
  if (me.isPending) {
    return (
      <>
        <h1 className="nhsuk-u-visually-hidden">Kith community</h1>
        <LoadingState what="your community membership" />
      </>
    );
  }
  if (me.isError) {
    return (
      <>
        <h1>Sorry, there is a problem with the service</h1>
        <ErrorState error={me.error} what="your community membership" onRetry={() => void me.refetch()} />
      </>
    );
  }
  return me.data[need.check] ? <Outlet /> : <NotForYou words={need.words} />;
}
