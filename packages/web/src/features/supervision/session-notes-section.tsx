import { SupervisionNotes } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useSaveNotes } from './supervision-queries.ts';

interface SessionNotesSectionProps {
  sessionId: string;
  notes: string;
  otherPartyName: string;
}

/** The private notes, shown and editable only for the two people in the session. */
export function SessionNotesSection({ sessionId, notes, otherPartyName }: SessionNotesSectionProps) {
  const save = useSaveNotes(sessionId);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(notes);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(SupervisionNotes, { privateNotes: draft });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    save.mutate(checked.data, {
      onSuccess: () => {
        setIssues([]);
        setEditing(false);
        setSaved('The notes have been saved.');
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Private notes</h2>
      <p className="nhsuk-hint">Only you and {otherPartyName} can read these. Every time they are opened is recorded.</p>
      <SuccessBanner message={saved} />
      {editing ? (
        <>
          <ErrorSummary issues={issues} />
          <form onSubmit={submit} noValidate>
            <TextareaField
              id="privateNotes"
              label="Private notes"
              value={draft}
              onChange={setDraft}
              rows={10}
              error={messageFor(issues, 'privateNotes')}
            />
            <div className="nhsuk-button-group">
              <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
                Save notes
              </Button>
              <Button variant="secondary" type="button" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </div>
          </form>
        </>
      ) : (
        <>
          <div className="nhsuk-inset-text supervision-notes">
            {notes ? <p className="nhsuk-body">{notes}</p> : <p className="nhsuk-body">No notes yet.</p>}
          </div>
          <Button
            variant="secondary"
            type="button"
            onClick={() => {
              setDraft(notes);
              setSaved(null);
              setEditing(true);
            }}
          >
            Edit notes
          </Button>
        </>
      )}
    </section>
  );
}
