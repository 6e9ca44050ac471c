import { SupervisionNotes } from '@kith/shared';
import { useState } from 'react';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { SuccessBanner } from '../../components/success-banner.tsx';
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
  const [saved, setSaved] = useState<string | null>(null);
  const kith = useKithForm({
    defaultValues: { privateNotes: notes },
    toRequest: (values) => validateWith(SupervisionNotes, values),
    fieldOrder: ['privateNotes'],
    onSubmit: async (request) => {
      await save.mutateAsync(request);
      setEditing(false);
      setSaved('The notes have been saved.');
    },
  });
  const startEditing = () => {
    // Always from the notes as saved, not a draft left by Cancel.
    kith.form.reset({ privateNotes: notes });
    setSaved(null);
    setEditing(true);
  };

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Private notes</h2>
      <p className="nhsuk-hint">Only you and {otherPartyName} can read these. Every time they are opened is recorded.</p>
      <SuccessBanner message={saved} />
      {editing ? (
        <KithFormFrame kith={kith}>
          <FormTextareaField control={kith.form.control} name="privateNotes" label="Private notes" rows={10} />
          <div className="nhsuk-button-group">
            <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
              Save notes
            </Button>
            <Button variant="secondary" type="button" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </KithFormFrame>
      ) : (
        <>
          <div className="nhsuk-inset-text supervision-notes">
            {notes ? <p className="nhsuk-body">{notes}</p> : <p className="nhsuk-body">No notes yet.</p>}
          </div>
          <Button variant="secondary" type="button" onClick={startEditing}>
            Edit notes
          </Button>
        </>
      )}
    </section>
  );
}
