import { CommunityCommentHideRequest, type CommunityModeratedComment } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { communityIssues } from './community-issues.ts';
import { useModerateComment } from './moderation-queries.ts';

interface ModeratedCommentCardProps {
  comment: CommunityModeratedComment;
  onDone: (message: string) => void;
}

/** One reported or hidden comment with its reports, and the moderator's hide (with a reason) or restore. */
export function ModeratedCommentCard({ comment, onDone }: ModeratedCommentCardProps) {
  const moderate = useModerateComment();
  const reasonId = `hide-reason-${comment.id}`;
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const onThisCard = (found: FormIssue[]) =>
    found.map((issue) => (issue.path === 'reason' ? { ...issue, path: reasonId } : issue));

  const hide = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(CommunityCommentHideRequest, { reason });
    if (!checked.ok) {
      setIssues(onThisCard(checked.issues));
      return;
    }
    setIssues([]);
    moderate.mutate(
      { id: comment.id, action: 'hide', reason: checked.data.reason },
      {
        onSuccess: () => onDone(`The comment by ${comment.authorName} has been hidden`),
        onError: (error) => setIssues(onThisCard(communityIssues(error))),
      },
    );
  };

  const restore = () => {
    setIssues([]);
    moderate.mutate(
      { id: comment.id, action: 'restore' },
      {
        onSuccess: () =>
          onDone(
            comment.hidden
              ? `The comment by ${comment.authorName} has been restored`
              : `The comment by ${comment.authorName} stays visible`,
          ),
        onError: (error) => setIssues(communityIssues(error)),
      },
    );
  };

  return (
    <li className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s">
          Comment by {comment.authorName} on <Link to={`/community/posts/${comment.postId}`}>{comment.postTitle}</Link>
        </h2>
        <p className="nhsuk-body-s kith-comment__meta">
          Written {formatDateTime(comment.createdAt)}
          {comment.hidden && comment.hiddenAt ? ` · hidden ${formatDateTime(comment.hiddenAt)}` : ''}
          {comment.hiddenReason ? ` · reason: ${comment.hiddenReason}` : ''}
        </p>
        <blockquote className="nhsuk-inset-text kith-plain-text">{comment.body}</blockquote>
        {comment.reports.length > 0 ? (
          <>
            <h3 className="nhsuk-heading-xs">
              {comment.reports.length === 1 ? '1 report' : `${comment.reports.length} reports`}
              {comment.pendingReportCount > 0 ? ` (${comment.pendingReportCount} since the last decision)` : ''}
            </h3>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {comment.reports.map((report) => (
                <li key={`${report.reportedAt}:${report.reason}`}>
                  {formatDateTime(report.reportedAt)}: {report.reason || 'no reason given'}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <ErrorSummary issues={issues} linkablePaths={[reasonId]} />
        {comment.hidden ? (
          <Button
            variant="secondary"
            className="nhsuk-u-margin-bottom-0"
            type="button"
            onClick={restore}
            pending={moderate.isPending}
          >
            Restore<span className="nhsuk-u-visually-hidden"> the comment by {comment.authorName}</span>
          </Button>
        ) : (
          <form onSubmit={hide} noValidate>
            <TextareaField
              id={reasonId}
              name="reason"
              label="Reason for hiding (optional)"
              hint="Seen by other moderators only"
              value={reason}
              onChange={setReason}
              rows={2}
              error={messageFor(issues, reasonId)}
            />
            <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
              <Button variant="warning" type="submit" pending={moderate.isPending}>
                Hide<span className="nhsuk-u-visually-hidden"> the comment by {comment.authorName}</span>
              </Button>
              <Button variant="secondary" type="button" onClick={restore} pending={moderate.isPending}>
                Keep it visible
              </Button>
            </div>
          </form>
        )}
      </div>
    </li>
  );
}
