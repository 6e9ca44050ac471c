import { AddChecklistItemRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useAddChecklistItem } from './checklist-queries.ts';

/** Adds one of the PCN's own items; owner, due date and the rest are set by editing it after. */
export function AddChecklistItemForm({ pcnId, onAdded }: { pcnId: string; onAdded: (message: string) => void }) {
  const add = useAddChecklistItem(pcnId);
  const [title, setTitle] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const local = (found: FormIssue[]) =>
    found.map((issue) => (issue.path === 'title' ? { ...issue, path: 'newItemTitle' } : issue));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(AddChecklistItemRequest, { pcnId, title });
    if (!checked.ok) {
      setIssues(local(checked.issues));
      return;
    }
    setIssues([]);
    add.mutate(checked.data, {
      onSuccess: (item) => {
        setTitle('');
        onAdded(`“${item.title}” added to the checklist`);
      },
      onError: (error) => setIssues(local(issuesFromError(error))),
    });
  };

  return (
    <section aria-labelledby="add-item-heading">
      <h2 id="add-item-heading">Add an item</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="newItemTitle"
          label="What needs doing"
          hint="Something your network needs that the default list does not cover"
          value={title}
          onChange={setTitle}
          error={messageFor(issues, 'newItemTitle')}
        />
        <Button variant="secondary" type="submit" pending={add.isPending}>
          Add item
        </Button>
      </form>
    </section>
  );
}
