import { UpdateCommunityCommentRequest } from '@kith/shared';
import { useEffect } from 'react';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { HoneypotField } from '../../components/honeypot-field.tsx';
import { communityIssues, issuesRenamed, movingIssues } from './community-issues.ts';

interface CommentFormProps {
  /** Unique on the page: a post page has a form per comment being replied to or edited. */
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  initialBody?: string;
  /** Focus the text box when the form opens (a reply or edit opened by a button). */
  focusOnOpen?: boolean;
  onSave: (body: string, website: string) => Promise<unknown>;
  onCancel?: () => void;
  /** Called after a save, e.g. to close the form; the text is cleared for the next comment. */
  onSaved?: () => void;
}

/** Writing, replying to or editing a comment: plain text, with the server's spam and rate limits explained. */
export function CommentForm({
  id,
  label,
  hint,
  submitLabel,
  initialBody = '',
  focusOnOpen,
  onSave,
  onCancel,
  onSaved,
}: CommentFormProps) {
  // Issues about the text name the text box by its id on this page.
  const onThisForm = (issues: Parameters<typeof issuesRenamed>[0]) => issuesRenamed(issues, 'body', id);
  const kith = useKithForm({
    defaultValues: { body: initialBody, website: '' },
    fieldOrder: [id],
    toRequest: (values) => movingIssues(validateWith(UpdateCommunityCommentRequest, { body: values.body }), onThisForm),
    issuesFor: (error) => onThisForm(communityIssues(error)),
    // The text is cleared for the next comment.
    clearOnSave: true,
    onSubmit: async (request, values) => {
      await onSave(request.body, values.website);
      onSaved?.();
    },
  });

  useEffect(() => {
    if (focusOnOpen) document.getElementById(id)?.focus();
  }, [focusOnOpen, id]);

  return (
    <KithFormFrame kith={kith} linkablePaths={[id]}>
      <FormTextareaField control={kith.form.control} name="body" issuePath={id} label={label} hint={hint} rows={4} />
      <HoneypotField id={`${id}-website`} value={kith.values.website} onChange={(website) => kith.set({ website })} />
      <div className="nhsuk-button-group">
        <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" type="button" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </KithFormFrame>
  );
}
