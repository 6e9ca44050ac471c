import { Link, useLocation } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { SignInState } from '../session/sign-in-location.ts';
import { useCommunityMe } from './community-me-queries.ts';
import { CommunityNav } from './community-nav.tsx';
import { useEvents } from './event-queries.ts';
import { EventSummaryList } from './event-summary-list.tsx';
import { usePosts } from './post-queries.ts';
import { PostSummaryList } from './post-summary-list.tsx';
import { useResourceCategories } from './resource-queries.ts';
import { resourceSearchHref } from './resource-search-params.ts';

const LATEST = { tag: '', kind: '' as const, drafts: false, page: 1 };

/** Sign in or register, for visitors; a welcome for members. */
function Welcome() {
  const me = useCommunityMe();
  const location = useLocation();
  if (!me.data) return null;
  if (me.data.isMember) {
    return <p className="nhsuk-body-l">Welcome back, {me.data.displayName}.</p>;
  }
  const state: SignInState = { from: location.pathname };
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        Anyone can read what is published here. To rate and save posts, comment, start discussions and reply to events,{' '}
        <Link to="/community/register">register as a member</Link> (it is free, and gives no access to anyone’s records) or{' '}
        <Link to="/sign-in" state={state}>
          sign in
        </Link>
        .
      </p>
    </div>
  );
}

/**
 * `/community`: the community of practice for link workers, PCNs and voluntary-sector partners —
 * the latest posts, the next events and the resources library. Open to visitors.
 */
export function CommunityHomePage() {
  usePageTitle('Community of practice');
  const me = useCommunityMe();
  const posts = usePosts(LATEST);
  const events = useEvents('upcoming', 1, 3);
  const categories = useResourceCategories();

  return (
    <>
      <h1>Community of practice</h1>
      <p className="nhsuk-body-l">
        Link workers, primary care networks and voluntary-sector partners sharing practice: blog posts and discussions, webinars
        and network meetings, guides and toolkits.
      </p>
      <Welcome />
      <CommunityNav me={me.data} />
      <div className="nhsuk-grid-row">
        <section className="nhsuk-grid-column-two-thirds" aria-labelledby="latest-posts">
          <h2 id="latest-posts">Latest posts</h2>
          <QueryState query={posts} what="posts">
            {(data) => (
              <PostSummaryList posts={data.items.slice(0, 5)} headingLevel={3} emptyText="Nothing has been published yet." />
            )}
          </QueryState>
          <p className="nhsuk-body">
            <Link to="/community/posts">All posts and discussions</Link>
          </p>
        </section>
        <div className="nhsuk-grid-column-one-third">
          <section aria-labelledby="next-events">
            <h2 id="next-events">Coming up</h2>
            <QueryState query={events} what="events">
              {(data) => (
                <EventSummaryList events={data.items} headingLevel={3} emptyText="No events are planned at the moment." />
              )}
            </QueryState>
            <p className="nhsuk-body">
              <Link to="/community/events">All events</Link>
            </p>
          </section>
          <section aria-labelledby="resources">
            <h2 id="resources">Resources</h2>
            <QueryState query={categories} what="resource categories">
              {(data) =>
                data.items.length === 0 ? (
                  <p className="nhsuk-body">The library is empty at the moment.</p>
                ) : (
                  <ul className="nhsuk-list">
                    {data.items.map((item) => (
                      <li key={item.category}>
                        <Link to={resourceSearchHref({ category: item.category })}>
                          {item.category} ({item.count})
                        </Link>
                      </li>
                    ))}
                  </ul>
                )
              }
            </QueryState>
            <p className="nhsuk-body">
              <Link to="/community/resources">Search the resources library</Link>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}
