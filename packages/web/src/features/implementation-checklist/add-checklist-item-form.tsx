import { AddChecklistItemRequest } from '@kith/shared';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { addItemIssuesFor, onAddItemForm } from './checklist-item-values.ts';
import { useAddChecklistItem } from './checklist-queries.ts';

/** Adds one of the PCN's own items; owner, due date and the rest are set by editing it after. */
export function AddChecklistItemForm({ pcnId, onAdded }: { pcnId: string; onAdded: (message: string) => void }) {
  const add = useAddChecklistItem(pcnId);
  const kith = useKithForm({
    defaultValues: { newItemTitle: '' },
    fieldOrder: ['newItemTitle'],
    toRequest: ({ newItemTitle }) => {
      const checked = validateWith(AddChecklistItemRequest, { pcnId, title: newItemTitle });
      return checked.ok ? checked : { ok: false, issues: onAddItemForm(checked.issues) };
    },
    issuesFor: addItemIssuesFor,
    clearOnSave: true,
    onSubmit: async (request) => {
      const item = await add.mutateAsync(request);
      onAdded(`“${item.title}” added to the checklist`);
    },
  });

  return (
    <section aria-labelledby="add-item-heading">
      <h2 id="add-item-heading">Add an item</h2>
      <KithFormFrame kith={kith}>
        <FormTextField
          control={kith.form.control}
          name="newItemTitle"
          label="What needs doing"
          hint="Something your network needs that the default list does not cover"
        />
        <Button variant="secondary" type="submit" pending={kith.pending}>
          Add item
        </Button>
      </KithFormFrame>
    </section>
  );
}
