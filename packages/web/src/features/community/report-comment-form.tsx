import { CommunityCommentReportRequest } from '@kith/shared';
import { useEffect } from 'react';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useReportComment } from './comment-queries.ts';
import { communityIssues, issuesRenamed, movingIssues } from './community-issues.ts';

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
  // Issues about the reason name the text box by its id on this page.
  const onThisForm = (issues: Parameters<typeof issuesRenamed>[0]) => issuesRenamed(issues, 'reason', id);
  const kith = useKithForm({
    defaultValues: { reason: '' },
    fieldOrder: [id],
    toRequest: (values) => movingIssues(validateWith(CommunityCommentReportRequest, values), onThisForm),
    issuesFor: (error) => onThisForm(communityIssues(error)),
    onSubmit: async (request) => {
      await report.mutateAsync({ id: commentId, reason: request.reason });
      onDone('Thank you. A moderator will look at this comment.');
    },
  });

  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);

  return (
    <KithFormFrame kith={kith} linkablePaths={[id]}>
      <FormTextareaField
        control={kith.form.control}
        name="reason"
        issuePath={id}
        label="Why are you reporting this comment? (optional)"
        hint="Moderators see your reason but not your name"
        rows={3}
      />
      <div className="nhsuk-button-group">
        <Button variant="warning" type="submit" pending={kith.pending} pendingLabel="Reporting…">
          Report comment
        </Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </KithFormFrame>
  );
}
