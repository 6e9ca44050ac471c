import { CommunityCommentReportRequest } from '@kith/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useReportComment } from './comment-queries.ts';
import { communityIssues } from './community-issues.ts';

interface ReportCommentFormProps {
  postId: string;
  commentId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Reporting a comment to the moderators, with an optional reason. The reporter stays anonymous to them. */
export function ReportCommentForm({ postId, commentId, onDone, onCancel }: ReportCommentFormProps) {
  const report = useReportComment(postId);
  const id = `report-${commentId}`;
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(CommunityCommentReportRequest, { reason });
    const onThisForm = (found: FormIssue[]) => found.map((issue) => (issue.path === 'reason' ? { ...issue, path: id } : issue));
    if (!checked.ok) {
      setIssues(onThisForm(checked.issues));
      return;
    }
    setIssues([]);
    report.mutate(
      { id: commentId, reason: checked.data.reason },
      {
        onSuccess: () => onDone('Thank you. A moderator will look at this comment.'),
        onError: (error) => setIssues(onThisForm(communityIssues(error))),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary issues={issues} linkablePaths={[id]} />
      <TextareaField
        id={id}
        name="reason"
        label="Why are you reporting this comment? (optional)"
        hint="Moderators see your reason but not your name"
        value={reason}
        onChange={setReason}
        rows={3}
        error={messageFor(issues, id)}
      />
      <div className="nhsuk-button-group">
        <Button variant="warning" type="submit" pending={report.isPending} pendingLabel="Reporting…">
          Report comment
        </Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
