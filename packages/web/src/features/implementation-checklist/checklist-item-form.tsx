import {
  CHECKLIST_STATUS_LABELS,
  CHECKLIST_STATUSES,
  type ChecklistItem,
  type ChecklistOwnerOption,
  UpdateChecklistItemRequest,
} from '@kith/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { type DateParts, dateIssue, datePartsFromIso, readDateParts, withDateIssues } from '../../components/date-parts.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useDeleteChecklistItem, useUpdateChecklistItem } from './checklist-queries.ts';

/** The owner select's value for "someone not in Kith", whose name is typed instead. */
const TYPED_OWNER = 'typed-name';
const FIELD_ORDER = ['title', 'ownerUserId', 'ownerName', 'dueDate', 'status', 'notes'];

interface ChecklistItemFormProps {
  item: ChecklistItem;
  owners: readonly ChecklistOwnerOption[];
  onDone: (message: string | null) => void;
}

/** Edits one item: owner (a person in the PCN or a typed name), due date, status and notes. */
export function ChecklistItemForm({ item, owners, onDone }: ChecklistItemFormProps) {
  const update = useUpdateChecklistItem(item.pcnId);
  const remove = useDeleteChecklistItem(item.pcnId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState(item.title);
  const [owner, setOwner] = useState(item.ownerUserId ?? (item.ownerName ? TYPED_OWNER : ''));
  const [ownerName, setOwnerName] = useState(item.ownerUserId ? '' : (item.ownerName ?? ''));
  const [dueDate, setDueDate] = useState<DateParts>(datePartsFromIso(item.dueDate));
  const [status, setStatus] = useState<string>(item.status);
  const [notes, setNotes] = useState(item.notes);
  const [issues, setIssues] = useState<FormIssue[]>([]);

  // Move focus to the form when it opens, so keyboard users land where they are editing.
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const due = readDateParts(dueDate, 'due date');
    const checked = validateWith(UpdateChecklistItemRequest, {
      title,
      ownerUserId: owner && owner !== TYPED_OWNER ? owner : null,
      ownerName: owner === TYPED_OWNER ? ownerName : null,
      dueDate: due.kind === 'date' ? due.iso : null,
      status,
      notes,
    });
    const found = withDateIssues(dateIssue(due, 'dueDate'), checked);
    if (!checked.ok || found.length > 0) {
      setIssues(orderIssues(found, FIELD_ORDER));
      return;
    }
    setIssues([]);
    update.mutate(
      { id: item.id, body: checked.data },
      { onSuccess: (saved) => onDone(`“${saved.title}” saved`), onError: (error) => setIssues(issuesFromError(error)) },
    );
  };

  const deleteItem = () =>
    remove.mutate(item.id, {
      onSuccess: () => onDone(`“${item.title}” deleted`),
      onError: (error) => setIssues(issuesFromError(error)),
    });

  return (
    <section aria-labelledby="edit-item-heading" className="kith-checklist-editor">
      <h2 id="edit-item-heading" ref={heading} tabIndex={-1}>
        Edit: {item.title}
      </h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <TextField id="title" label="What needs doing" value={title} onChange={setTitle} error={messageFor(issues, 'title')} />
        <SelectField
          id="ownerUserId"
          label="Owner"
          value={owner}
          onChange={setOwner}
          placeholder="No owner yet"
          options={[
            ...owners.map((person) => ({ value: person.userId, label: person.name })),
            { value: TYPED_OWNER, label: 'Someone else (type their name)' },
          ]}
          error={messageFor(issues, 'ownerUserId')}
        />
        {owner === TYPED_OWNER ? (
          <TextField
            id="ownerName"
            label="Owner’s name"
            value={ownerName}
            onChange={setOwnerName}
            error={messageFor(issues, 'ownerName')}
          />
        ) : null}
        <DateInputField
          id="dueDate"
          legend="Due date (optional)"
          hint="For example, 31 3 2026"
          value={dueDate}
          onChange={setDueDate}
          error={messageFor(issues, 'dueDate')}
        />
        <RadiosField
          id="status"
          legend="Status"
          value={status}
          onChange={setStatus}
          items={CHECKLIST_STATUSES.map((value) => ({ value, label: CHECKLIST_STATUS_LABELS[value] }))}
          error={messageFor(issues, 'status')}
        />
        <TextareaField
          id="notes"
          label="Notes (optional)"
          value={notes}
          onChange={setNotes}
          rows={3}
          error={messageFor(issues, 'notes')}
        />
        <div className="nhsuk-button-group">
          <Button type="submit" pending={update.isPending} pendingLabel="Saving…">
            Save item
          </Button>
          <Button variant="secondary" type="button" onClick={() => onDone(null)}>
            Cancel
          </Button>
          {item.defaultKey === null ? (
            <Button variant="warning" type="button" onClick={deleteItem} pending={remove.isPending}>
              Delete item
            </Button>
          ) : null}
        </div>
        {item.defaultKey !== null ? (
          <p className="nhsuk-body-s">
            This item is on Kith's default list, so it cannot be deleted: mark it not applicable instead.
          </p>
        ) : null}
      </form>
    </section>
  );
}
