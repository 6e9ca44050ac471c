import { type ChecklistItem, type ChecklistProgress, isChecklistItemOverdue } from '@kith/shared';
import type { NamedChecklistItem } from './checklist-repository.ts';

/** An item as the API returns it: a chosen user's current name wins over a typed-in owner, and `overdue` is for `today` (UK). */
export function toChecklistItem({ row, ownerUserName }: NamedChecklistItem, today: string): ChecklistItem {
  return {
    id: row.id,
    pcnId: row.pcnId,
    defaultKey: row.defaultKey,
    title: row.title,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerUserId ? ownerUserName : row.ownerName,
    dueDate: row.dueDate,
    status: row.status,
    notes: row.notes,
    overdue: isChecklistItemOverdue(row, today),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Done out of the items that apply; not-applicable items leave the total. */
export function checklistProgress(items: readonly ChecklistItem[]): ChecklistProgress {
  const notApplicable = items.filter((item) => item.status === 'not_applicable').length;
  return {
    done: items.filter((item) => item.status === 'done').length,
    total: items.length - notApplicable,
    notApplicable,
    overdue: items.filter((item) => item.overdue).length,
  };
}
