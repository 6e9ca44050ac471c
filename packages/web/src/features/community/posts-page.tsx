import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCommunityMe } from './community-me-queries.ts';
import { PostFilterForm } from './post-filter-form.tsx';
import { postListHref, readPostListParams } from './post-list-params.ts';
import { usePosts } from './post-queries.ts';
import { PostSummaryList } from './post-summary-list.tsx';

/**
 * `/community/posts`: published blog posts and discussions, newest first, filtered by tag and
 * kind. Editors switch to the drafts waiting to be published.
 */
export function PostsPage() {
  const [searchParams] = useSearchParams();
  const params = readPostListParams(searchParams);
  const me = useCommunityMe();
  const isEditor = me.data?.isEditor ?? false;
  const drafts = params.drafts && isEditor;
  const posts = usePosts({ ...params, drafts });
  const title = drafts ? 'Draft posts' : 'Blog and discussions';
  usePageTitle(params.tag ? `${title} tagged “${params.tag}”` : title);
  const filtered = params.tag !== '' || params.kind !== '';

  return (
    <>
      <Link className="nhsuk-back-link" to="/community">
        Community
      </Link>
      <h1>{title}</h1>
      {params.tag ? (
        <p className="nhsuk-body-l">
          Tagged <strong>{params.tag}</strong>
        </p>
      ) : null}
      <div className="kith-inline-actions">
        {me.data?.isMember ? (
          <ButtonLink className="nhsuk-u-margin-bottom-0" to="/community/posts/new">
            {isEditor ? 'Write a post' : 'Start a discussion'}
          </ButtonLink>
        ) : null}
        {isEditor ? (
          <Link className="nhsuk-body" to={postListHref({ drafts: !drafts })}>
            {drafts ? 'Show published posts' : 'Show drafts waiting to be published'}
          </Link>
        ) : null}
      </div>
      <PostFilterForm key={searchParams.toString()} initial={{ ...params, drafts }} />
      <QueryState query={posts} what="posts">
        {(data) => (
          <>
            <PostSummaryList
              posts={data.items}
              emptyText={
                filtered ? 'No posts match these filters.' : drafts ? 'There are no drafts.' : 'Nothing has been published yet.'
              }
            />
            <PaginationNav of={data} noun="posts" hrefFor={(page) => postListHref({ ...params, drafts, page })} />
          </>
        )}
      </QueryState>
    </>
  );
}
