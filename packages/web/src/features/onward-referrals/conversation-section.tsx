import type { OnwardReferralNote } from '@kith/shared';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { type ConversationSide, useAddNote, useConversation } from './conversation-queries.ts';
import { buildNoteRequest, CONVERSATION_FIELDS, EMPTY_CONVERSATION_FORM, noteAuthor } from './conversation-values.ts';
import { EVENT_SIDE_LABELS } from './task-labels.ts';

interface ConversationSectionProps {
  referralId: string;
  /** The reader's side. */
  side: ConversationSide;
  /** The other side, as the form names it: "Walking Friends", "the link worker". */
  otherSide: string;
}

/**
 * The notes the link worker's side and the provider write to each other on one referral, oldest
 * first, and the form to add one. Each note tells the other side; a closed referral takes notes
 * for a while, then says why it no longer does.
 */
export function ConversationSection({ referralId, side, otherSide }: ConversationSectionProps) {
  const conversation = useConversation(side, referralId);
  const add = useAddNote(side, referralId);
  const [posted, setPosted] = useState('');

  return (
    <section aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">Conversation</h2>
      <QueryState query={conversation} what="the conversation">
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <p className="nhsuk-body">No notes yet.</p>
            ) : (
              <ol className="nhsuk-list" aria-labelledby="conversation-heading">
                {data.items.map((note) => (
                  <NoteItem key={note.id} note={note} />
                ))}
              </ol>
            )}
            <p className="nhsuk-body" role="status">
              {posted}
            </p>
            {data.canWrite ? (
              <NoteForm
                label={`Write a note to ${otherSide}`}
                onSave={async (body) => {
                  setPosted('');
                  await add.mutateAsync({ body });
                  setPosted(`Your note has been added. ${capitalise(otherSide)} will be told about it.`);
                }}
              />
            ) : data.closedMessage ? (
              <p className="nhsuk-body">{data.closedMessage}</p>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}

function NoteItem({ note }: { note: OnwardReferralNote }) {
  return (
    <li className="nhsuk-card nhsuk-u-margin-bottom-3">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
          <span className="nhsuk-caption-m">
            {EVENT_SIDE_LABELS[note.side]}
            <span className="nhsuk-u-visually-hidden">: </span>
          </span>
          {noteAuthor(note)}
        </h3>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
        </p>
        <p className="nhsuk-body kith-pre-line nhsuk-u-margin-bottom-0">{note.body}</p>
      </div>
    </li>
  );
}

function NoteForm({ label, onSave }: { label: string; onSave: (body: string) => Promise<void> }) {
  const kith = useKithForm({
    defaultValues: EMPTY_CONVERSATION_FORM,
    toRequest: buildNoteRequest,
    fieldOrder: CONVERSATION_FIELDS,
    // The box empties for the next note.
    clearOnSave: true,
    onSubmit: async (request) => onSave(request.body),
  });
  return (
    <KithFormFrame kith={kith} aria-labelledby="conversation-heading">
      <FormTextareaField
        control={kith.form.control}
        name="body"
        label={label}
        hint="Up to 2000 characters. Both sides can read every note. Share only what the person agreed to."
        rows={4}
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Adding…">
        Add note
      </Button>
    </KithFormFrame>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
