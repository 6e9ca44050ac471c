import { COMMENT_NEEDS_MEMBER_MESSAGE, type CommunityMe } from '@kith/shared';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { CommentForm } from './comment-form.tsx';
import { CommentItem } from './comment-item.tsx';
import { COMMENTS_PAGE_SIZE, useComments, useCreateComment } from './comment-queries.ts';
import { MemberPrompt } from './member-prompt.tsx';

function readCommentPage(search: URLSearchParams): number {
  const page = Number.parseInt(search.get('comments') ?? '1', 10);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/** A post's comments, threaded one level, with the form to add one (members) or why not (visitors). */
export function CommentsSection({ postId, me }: { postId: string; me: CommunityMe | undefined }) {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const page = readCommentPage(searchParams);
  const comments = useComments(postId, page);
  const create = useCreateComment(postId);
  const [posted, setPosted] = useState('');
  const count = comments.data?.commentCount;

  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments{count !== undefined ? ` (${count})` : ''}</h2>
      <QueryState query={comments} what="comments">
        {(data) => (
          <>
            {data.items.length === 0 ? <p className="nhsuk-body">No comments yet.</p> : null}
            {data.items.map((thread) => (
              <CommentItem key={thread.id} comment={thread} postId={postId} me={me}>
                {thread.replies.length > 0 ? (
                  <div className="kith-comment__replies">
                    {thread.replies.map((reply) => (
                      <CommentItem key={reply.id} comment={reply} postId={postId} me={me} />
                    ))}
                  </div>
                ) : null}
              </CommentItem>
            ))}
            {data.total > COMMENTS_PAGE_SIZE ? (
              <PaginationNav of={data} noun="comments" hrefFor={(next) => `${pathname}?comments=${next}`} />
            ) : null}
          </>
        )}
      </QueryState>
      {me?.isMember ? (
        <>
          <p className="nhsuk-body" role="status">
            {posted}
          </p>
          <CommentForm
            id="new-comment"
            label="Add a comment"
            hint="Plain text. Be kind: comments can be reported to the moderators."
            submitLabel="Post comment"
            onSave={(body, website) => {
              setPosted('');
              return create.mutateAsync({ body, website });
            }}
            onSaved={() => setPosted('Your comment has been posted.')}
          />
        </>
      ) : (
        <MemberPrompt message={COMMENT_NEEDS_MEMBER_MESSAGE} me={me} />
      )}
    </section>
  );
}
