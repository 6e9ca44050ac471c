import { COMMUNITY_COMMENT_HIDDEN_TEXT, type CommunityComment, type CommunityMe } from '@kith/shared';
import { type ReactNode, useState } from 'react';
import { formatDateTime } from '../../components/date-format.ts';
import { canEditNow, editTimeLeftText } from './comment-edit-window.ts';
import { CommentForm } from './comment-form.tsx';
import { useCreateComment, useUpdateComment } from './comment-queries.ts';
import { ReportCommentForm } from './report-comment-form.tsx';
import './community.css';

type OpenPanel = 'reply' | 'edit' | 'report' | null;

interface CommentItemProps {
  comment: CommunityComment;
  postId: string;
  me: CommunityMe | undefined;
  /** Replies are listed under it (top-level comments only). */
  children?: ReactNode;
}

/** One comment: who and when, the text (or that a moderator hid it), and reply, edit and report for members. */
export function CommentItem({ comment, postId, me, children }: CommentItemProps) {
  const [open, setOpen] = useState<OpenPanel>(null);
  const [notice, setNotice] = useState('');
  const create = useCreateComment(postId);
  const update = useUpdateComment(postId);
  const now = new Date();
  const isMember = me?.isMember ?? false;
  const editable = comment.isMine && canEditNow(comment, now);
  const canReply = isMember && !comment.hidden;
  const canReport = isMember && !comment.isMine && !comment.reportedByMe && !comment.hidden;
  const headingId = `comment-${comment.id}-by`;

  const toggle = (panel: OpenPanel) => {
    setNotice('');
    setOpen(open === panel ? null : panel);
  };

  return (
    <article className="kith-comment" aria-labelledby={headingId}>
      <p className="nhsuk-body-s kith-comment__meta nhsuk-u-margin-bottom-1" id={headingId}>
        <strong>{comment.authorName}</strong>
        <span className="nhsuk-u-visually-hidden"> wrote</span> on {formatDateTime(comment.createdAt)}
        {comment.editedAt ? ' (edited)' : ''}
      </p>
      {comment.body === null ? (
        <p className="nhsuk-body">
          <em>{COMMUNITY_COMMENT_HIDDEN_TEXT}</em>
        </p>
      ) : (
        <p className="nhsuk-body kith-plain-text">{comment.body}</p>
      )}
      {comment.hidden && comment.body !== null ? (
        <p className="nhsuk-body-s">
          <strong className="nhsuk-tag nhsuk-tag--grey">Hidden</strong> {COMMUNITY_COMMENT_HIDDEN_TEXT}: only its author and
          moderators can read it.
        </p>
      ) : null}
      {comment.reportedByMe ? <p className="nhsuk-body-s">You reported this comment to the moderators.</p> : null}
      {canReply || editable || canReport ? (
        <div className="kith-inline-actions">
          {canReply ? (
            <button type="button" className="kith-link-button" aria-expanded={open === 'reply'} onClick={() => toggle('reply')}>
              Reply<span className="nhsuk-u-visually-hidden"> to {comment.authorName}</span>
            </button>
          ) : null}
          {editable ? (
            <button type="button" className="kith-link-button" aria-expanded={open === 'edit'} onClick={() => toggle('edit')}>
              Edit<span className="nhsuk-u-visually-hidden"> your comment</span>
            </button>
          ) : null}
          {canReport ? (
            <button type="button" className="kith-link-button" aria-expanded={open === 'report'} onClick={() => toggle('report')}>
              Report<span className="nhsuk-u-visually-hidden"> the comment by {comment.authorName}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="nhsuk-body-s" role="status">
        {notice}
      </p>
      {open === 'reply' ? (
        <CommentForm
          id={`reply-${comment.id}`}
          label={`Your reply to ${comment.authorName}`}
          submitLabel="Post reply"
          focusOnOpen
          onSave={(body, website) => create.mutateAsync({ body, parentId: comment.id, website })}
          onCancel={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            setNotice('Your reply has been posted.');
          }}
        />
      ) : null}
      {open === 'edit' && comment.body !== null && comment.editableUntil ? (
        <CommentForm
          id={`edit-${comment.id}`}
          label="Change your comment"
          hint={editTimeLeftText(comment.editableUntil, now)}
          submitLabel="Save changes"
          initialBody={comment.body}
          focusOnOpen
          onSave={(body) => update.mutateAsync({ id: comment.id, body })}
          onCancel={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            setNotice('Your comment has been changed.');
          }}
        />
      ) : null}
      {open === 'report' ? (
        <ReportCommentForm
          postId={postId}
          commentId={comment.id}
          onCancel={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setNotice(message);
          }}
        />
      ) : null}
      {children}
    </article>
  );
}
