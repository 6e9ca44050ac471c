import { type ChecklistItem, UpdateChecklistItemRequest } from '@kith/shared';
import { type Checked, type FormIssue, issuesFromError, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, datePartsFromIso, readDateParts, withDateIssues } from '../../components/date-parts.ts';

/** The owner select's value for "someone not in Kith", whose name is typed instead. */
export const TYPED_OWNER = 'typed-name';

/** The item editor as typed: the owner is a person's id, TYPED_OWNER or '' (no owner yet). */
export interface ChecklistItemFormValues {
  title: string;
  ownerUserId: string;
  ownerName: string;
  dueDate: DateParts;
  status: string;
  notes: string;
}

/** The item editor's fields, top to bottom. */
export const CHECKLIST_ITEM_FIELD_ORDER = ['title', 'ownerUserId', 'ownerName', 'dueDate', 'status', 'notes'] as const;

export function valuesFromItem(item: ChecklistItem): ChecklistItemFormValues {
  return {
    title: item.title,
    ownerUserId: item.ownerUserId ?? (item.ownerName ? TYPED_OWNER : ''),
    ownerName: item.ownerUserId ? '' : (item.ownerName ?? ''),
    dueDate: datePartsFromIso(item.dueDate),
    status: item.status,
    notes: item.notes,
  };
}

/** Checks the item editor with the shared schema and builds `PUT /api/implementation-checklist/items/:id`. */
export function buildChecklistItemRequest(values: ChecklistItemFormValues): Checked<UpdateChecklistItemRequest> {
  const due = readDateParts(values.dueDate, 'due date');
  const owner = values.ownerUserId;
  const checked = validateWith(UpdateChecklistItemRequest, {
    title: values.title,
    ownerUserId: owner && owner !== TYPED_OWNER ? owner : null,
    ownerName: owner === TYPED_OWNER ? values.ownerName : null,
    dueDate: due.kind === 'date' ? due.iso : null,
    status: values.status,
    notes: values.notes,
  });
  const found = withDateIssues(dateIssue(due, 'dueDate'), checked);
  if (!checked.ok || found.length > 0) return { ok: false, issues: orderIssues(found, CHECKLIST_ITEM_FIELD_ORDER) };
  return checked;
}

/**
 * The add form's title box is `newItemTitle`, not `title`, as the item editor's title box may be
 * on the page too: the schema's and the server's issues about `title` are shown against it.
 */
export function onAddItemForm(issues: readonly FormIssue[]): FormIssue[] {
  return issues.map((issue) => (issue.path === 'title' ? { ...issue, path: 'newItemTitle' } : issue));
}

/** A refused add, shown on the add form. */
export function addItemIssuesFor(error: unknown): FormIssue[] {
  return onAddItemForm(issuesFromError(error));
}
