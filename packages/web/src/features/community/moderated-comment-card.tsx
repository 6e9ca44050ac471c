import { CommunityCommentHideRequest, type CommunityModeratedComment } from '@kith/shared';
import { Link } from 'react-router';
import { type Checked, type FormIssue, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { communityIssues, issuesRenamed, movingIssues } from './community-issues.ts';
import { useModerateComment } from './moderation-queries.ts';

type Decision = 'hide' | 'restore';
type ModerationRequest = { action: 'hide'; reason: string } | { action: 'restore' };

interface ModeratedCommentCardProps {
  comment: CommunityModeratedComment;
  onDone: (message: string) => void;
}

/** One reported or hidden comment with its reports, and the moderator's hide (with a reason) or restore. */
export function ModeratedCommentCard({ comment, onDone }: ModeratedCommentCardProps) {
  const moderate = useModerateComment();
  const reasonId = `hide-reason-${comment.id}`;
  const onThisCard = (issues: FormIssue[]) => issuesRenamed(issues, 'reason', reasonId);
  const doneMessage = (action: Decision) => {
    if (action === 'hide') return `The comment by ${comment.authorName} has been hidden`;
    return comment.hidden
      ? `The comment by ${comment.authorName} has been restored`
      : `The comment by ${comment.authorName} stays visible`;
  };
  // One form, two decisions: the button pressed sets `action` before the form is sent.
  const kith = useKithForm({
    defaultValues: { reason: '', action: (comment.hidden ? 'restore' : 'hide') as Decision },
    fieldOrder: [reasonId],
    toRequest: ({ reason, action }): Checked<ModerationRequest> => {
      if (action === 'restore') return { ok: true, data: { action } };
      const checked = movingIssues(validateWith(CommunityCommentHideRequest, { reason }), onThisCard);
      return checked.ok ? { ok: true, data: { action, reason: checked.data.reason } } : checked;
    },
    issuesFor: (error) => onThisCard(communityIssues(error)),
    onSubmit: async (request) => {
      await moderate.mutateAsync({ id: comment.id, ...request });
      onDone(doneMessage(request.action));
    },
  });
  const decide = (action: Decision) => () => kith.form.setValue('action', action);

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
        <KithFormFrame kith={kith} linkablePaths={[reasonId]}>
          {comment.hidden ? (
            <Button
              variant="secondary"
              className="nhsuk-u-margin-bottom-0"
              type="submit"
              onClick={decide('restore')}
              pending={kith.pending}
            >
              Restore<span className="nhsuk-u-visually-hidden"> the comment by {comment.authorName}</span>
            </Button>
          ) : (
            <>
              <FormTextareaField
                control={kith.form.control}
                name="reason"
                issuePath={reasonId}
                label="Reason for hiding (optional)"
                hint="Seen by other moderators only"
                rows={2}
              />
              <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
                <Button variant="warning" type="submit" onClick={decide('hide')} pending={kith.pending}>
                  Hide<span className="nhsuk-u-visually-hidden"> the comment by {comment.authorName}</span>
                </Button>
                <Button variant="secondary" type="submit" onClick={decide('restore')} pending={kith.pending}>
                  Keep it visible
                </Button>
              </div>
            </>
          )}
        </KithFormFrame>
      </div>
    </li>
  );
}
