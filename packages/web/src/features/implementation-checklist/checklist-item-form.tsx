import {
  CHECKLIST_STATUS_LABELS,
  CHECKLIST_STATUSES,
  type ChecklistItem,
  type ChecklistOwnerOption,
  type UpdateChecklistItemRequest,
} from '@kith/shared';
import { useEffect, useRef } from 'react';
import type { Checked } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import {
  FormDateInputField,
  FormRadiosField,
  FormSelectField,
  FormTextareaField,
  FormTextField,
} from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import {
  buildChecklistItemRequest,
  CHECKLIST_ITEM_FIELD_ORDER,
  type ChecklistItemFormValues,
  TYPED_OWNER,
  valuesFromItem,
} from './checklist-item-values.ts';
import { useDeleteChecklistItem, useUpdateChecklistItem } from './checklist-queries.ts';

const STATUS_ITEMS = CHECKLIST_STATUSES.map((value) => ({ value, label: CHECKLIST_STATUS_LABELS[value] }));

/** What the editor's buttons send: the item's new state, or its deletion (which checks nothing typed). */
type ItemChange = { action: 'save'; body: UpdateChecklistItemRequest } | { action: 'delete' };
type Action = ItemChange['action'];

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
  // One form, two buttons: the button pressed sets `action` before the form is sent.
  const kith = useKithForm({
    defaultValues: { ...valuesFromItem(item), action: 'save' as Action },
    fieldOrder: CHECKLIST_ITEM_FIELD_ORDER,
    toRequest: ({ action, ...values }: ChecklistItemFormValues & { action: Action }): Checked<ItemChange> => {
      if (action === 'delete') return { ok: true, data: { action } };
      const checked = buildChecklistItemRequest(values);
      return checked.ok ? { ok: true, data: { action, body: checked.data } } : checked;
    },
    onSubmit: async (change) => {
      if (change.action === 'delete') {
        await remove.mutateAsync(item.id);
        onDone(`“${item.title}” deleted`);
        return;
      }
      const saved = await update.mutateAsync({ id: item.id, body: change.body });
      onDone(`“${saved.title}” saved`);
    },
  });
  const { control } = kith.form;
  const pressed = (action: Action) => () => kith.form.setValue('action', action);
  const sending = (action: Action) => kith.pending && kith.values.action === action;

  // Move focus to the form when it opens, so keyboard users land where they are editing.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="edit-item-heading" className="kith-checklist-editor">
      <h2 id="edit-item-heading" ref={heading} tabIndex={-1}>
        Edit: {item.title}
      </h2>
      <KithFormFrame kith={kith}>
        <FormTextField control={control} name="title" label="What needs doing" />
        <FormSelectField
          control={control}
          name="ownerUserId"
          label="Owner"
          placeholder="No owner yet"
          options={[
            ...owners.map((person) => ({ value: person.userId, label: person.name })),
            { value: TYPED_OWNER, label: 'Someone else (type their name)' },
          ]}
        />
        {kith.values.ownerUserId === TYPED_OWNER ? (
          <FormTextField control={control} name="ownerName" label="Owner’s name" />
        ) : null}
        <FormDateInputField control={control} name="dueDate" legend="Due date (optional)" hint="For example, 31 3 2026" />
        <FormRadiosField control={control} name="status" legend="Status" items={STATUS_ITEMS} />
        <FormTextareaField control={control} name="notes" label="Notes (optional)" rows={3} />
        <div className="nhsuk-button-group">
          <Button type="submit" onClick={pressed('save')} pending={sending('save')} pendingLabel="Saving…">
            Save item
          </Button>
          <Button variant="secondary" type="button" onClick={() => onDone(null)}>
            Cancel
          </Button>
          {item.defaultKey === null ? (
            <Button variant="warning" type="submit" onClick={pressed('delete')} pending={sending('delete')}>
              Delete item
            </Button>
          ) : null}
        </div>
        {item.defaultKey !== null ? (
          <p className="nhsuk-body-s">
            This item is on Kith's default list, so it cannot be deleted: mark it not applicable instead.
          </p>
        ) : null}
      </KithFormFrame>
    </section>
  );
}
