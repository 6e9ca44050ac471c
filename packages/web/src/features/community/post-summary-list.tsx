import type { CommunityPostSummary } from '@kith/shared';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { POST_KIND_LABELS } from './post-form-values.ts';
import { postListHref } from './post-list-params.ts';

interface PostSummaryListProps {
  posts: readonly CommunityPostSummary[];
  /** Heading level of each post's title in the page's outline. */
  headingLevel?: 2 | 3;
  emptyText: string;
}

/** Who wrote a post and when, in one line. */
export function postByline(post: CommunityPostSummary): string {
  const author = post.guestAuthor ? `${post.guestAuthor} (guest post, shared by ${post.authorName})` : post.authorName;
  const when = post.publishedAt ? ` on ${formatDateTime(post.publishedAt)}` : ' (draft)';
  return `${POST_KIND_LABELS[post.kind]} by ${author}${when}`;
}

/** A post's tags, each a link to the posts with that tag. */
export function PostTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="kith-tag-list" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={postListHref({ tag })}>
            <span className="nhsuk-u-visually-hidden">Posts tagged </span>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Posts as a list of cards: title, byline, summary, rating and tags. */
export function PostSummaryList({ posts, headingLevel = 2, emptyText }: PostSummaryListProps) {
  if (posts.length === 0) return <p className="nhsuk-body">{emptyText}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="nhsuk-list">
      {posts.map((post) => (
        <li key={post.id} className="nhsuk-card">
          <div className="nhsuk-card__content">
            <Heading className="nhsuk-card__heading nhsuk-heading-m">
              <Link to={`/community/posts/${post.id}`}>{post.title}</Link>
            </Heading>
            <p className="nhsuk-body-s kith-comment__meta">
              {postByline(post)}
              {post.visibility === 'members' ? ' · members only' : ''}
            </p>
            {post.summary ? <p className="nhsuk-card__description">{post.summary}</p> : null}
            <p className="nhsuk-body-s">{post.ratingText}</p>
            <PostTags tags={post.tags} />
          </div>
        </li>
      ))}
    </ul>
  );
}
