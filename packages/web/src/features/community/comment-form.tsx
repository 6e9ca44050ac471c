import { UpdateCommunityCommentRequest } from '@kith/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { HoneypotField } from '../../components/honeypot-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { communityIssues } from './community-issues.ts';

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
  const [body, setBody] = useState(initialBody);
  const [website, setWebsite] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (focusOnOpen) document.getElementById(id)?.focus();
  }, [focusOnOpen, id]);

  // Issues about the text name the text box by its id on this page.
  const onThisForm = (found: FormIssue[]) => found.map((issue) => (issue.path === 'body' ? { ...issue, path: id } : issue));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(UpdateCommunityCommentRequest, { body });
    if (!checked.ok) {
      setIssues(onThisForm(checked.issues));
      return;
    }
    setIssues([]);
    setPending(true);
    try {
      await onSave(checked.data.body, website);
      setBody('');
      onSaved?.();
    } catch (error) {
      setIssues(onThisForm(communityIssues(error)));
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary issues={issues} linkablePaths={[id]} />
      <TextareaField
        id={id}
        name="body"
        label={label}
        hint={hint}
        value={body}
        onChange={setBody}
        rows={4}
        error={messageFor(issues, id)}
      />
      <HoneypotField id={`${id}-website`} value={website} onChange={setWebsite} />
      <div className="nhsuk-button-group">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" type="button" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
