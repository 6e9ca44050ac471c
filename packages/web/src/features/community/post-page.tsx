import type { CommunityMe, CommunityPostDetail } from '@kith/shared';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CommentsSection } from './comments-section.tsx';
import { useCommunityMe } from './community-me-queries.ts';
import { FavouriteToggle } from './favourite-toggle.tsx';
import { PostBody } from './post-body.tsx';
import { usePost, usePublishPost } from './post-queries.ts';
import { PostRating } from './post-rating.tsx';
import { PostTags, postByline } from './post-summary-list.tsx';
import { useCommunityAction } from './use-community-form.ts';

/** Editors edit blog posts; a discussion's author, or a moderator, edits the discussion (as community-policy.ts). */
function mayEdit(me: CommunityMe | undefined, post: CommunityPostDetail): boolean {
  if (!me?.isMember) return false;
  if (post.kind === 'discussion') return post.authorUserId === me.userId || me.isModerator;
  return me.isEditor;
}

/** A draft's notice, with the editor's publish button. */
function DraftNotice({ post }: { post: CommunityPostDetail }) {
  const publish = usePublishPost();
  const kith = useCommunityAction(() => publish.mutateAsync(post.id));
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Draft
      </h2>
      <KithFormFrame kith={kith}>
        <p>Only community editors can see this post until it is published.</p>
        <Button type="submit" pending={kith.pending} pendingLabel="Publishing…">
          Publish this post
        </Button>
      </KithFormFrame>
    </div>
  );
}

/**
 * `/community/posts/:id`: a post with its rendered body, its rating, favourites and comments.
 * Visitors read public posts; what only members may do is replaced by a line saying so.
 */
export function PostPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const me = useCommunityMe();
  const post = usePost(id);
  const flash = readFlash(location.state);
  usePageTitle(post.data?.title ?? 'Post');

  if (post.isPending) return <LoadingState what="the post" />;
  if (post.isError) {
    return (
      <>
        <h1>Post</h1>
        <ErrorState error={post.error} what="the post" onRetry={() => void post.refetch()} />
        <p className="nhsuk-body">
          <Link to="/community/posts">All posts and discussions</Link>
        </p>
      </>
    );
  }
  const data = post.data;
  const published = data.status === 'published';

  // Two-thirds width: long lines are hard to read (NHS layout guidance).
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to="/community/posts">
          Blog and discussions
        </Link>
        <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
        <article aria-labelledby="post-title">
          <h1 id="post-title">{data.title}</h1>
          <p className="nhsuk-body kith-comment__meta">
            {postByline(data)}
            {data.visibility === 'members' ? ' · members only' : ''}
          </p>
          <PostTags tags={data.tags} />
          {published ? null : <DraftNotice post={data} />}
          {mayEdit(me.data, data) ? (
            <p className="nhsuk-body">
              <Link to={`/community/posts/${data.id}/edit`}>
                Edit<span className="nhsuk-u-visually-hidden"> “{data.title}”</span>
              </Link>
            </p>
          ) : null}
          {data.summary ? <p className="nhsuk-body-l">{data.summary}</p> : null}
          <PostBody html={data.bodyHtml} />
        </article>
        {published ? (
          <>
            <PostRating key={data.id} post={data} me={me.data} />
            <FavouriteToggle post={data} me={me.data} />
            <CommentsSection postId={data.id} me={me.data} />
          </>
        ) : null}
      </div>
    </div>
  );
}
