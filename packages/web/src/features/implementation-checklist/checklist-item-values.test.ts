import { describe, expect, it } from 'vitest';
import { buildChecklistItemRequest, type ChecklistItemFormValues, onAddItemForm, TYPED_OWNER } from './checklist-item-values.ts';

const VALUES: ChecklistItemFormValues = {
  title: 'Agree a referral pathway',
  ownerUserId: '',
  ownerName: '',
  dueDate: { day: '', month: '', year: '' },
  status: 'not_started',
  notes: '',
};

describe('the checklist item editor', () => {
  it('sends a typed owner’s name only when "someone else" is chosen', () => {
    const checked = buildChecklistItemRequest({ ...VALUES, ownerUserId: TYPED_OWNER, ownerName: 'Sam Patel' });
    expect(checked.ok && checked.data).toMatchObject({ ownerUserId: null, ownerName: 'Sam Patel', dueDate: null });
  });

  it('reads the due date boxes, and says when they do not hold a real date', () => {
    const saved = buildChecklistItemRequest({ ...VALUES, dueDate: { day: '31', month: '3', year: '2026' } });
    expect(saved.ok && saved.data.dueDate).toBe('2026-03-31');
    const wrong = buildChecklistItemRequest({ ...VALUES, dueDate: { day: '31', month: '2', year: '2026' } });
    expect(wrong).toEqual({ ok: false, issues: [{ path: 'dueDate', message: 'Due date must be a real date' }] });
  });

  it('lists problems in the order of the fields', () => {
    const checked = buildChecklistItemRequest({ ...VALUES, title: '', status: '', dueDate: { day: '1', month: '', year: '' } });
    expect(checked.ok ? [] : checked.issues.map((issue) => issue.path)).toEqual(['title', 'dueDate', 'status']);
  });
});

describe('the add item form', () => {
  it('shows problems with the title against its own box', () => {
    expect(onAddItemForm([{ path: 'title', message: 'Enter what needs doing' }])).toEqual([
      { path: 'newItemTitle', message: 'Enter what needs doing' },
    ]);
  });
});
