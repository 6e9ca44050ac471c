import { describe, expect, it } from 'vitest';
import {
  buildCreatePracticeMailbox,
  buildUpdatePracticeMailbox,
  EMPTY_PRACTICE_MAILBOX,
  practiceMailboxListHref,
  practiceMailboxValues,
} from './practice-mailbox-values.ts';

describe('a practice mailbox form', () => {
  it('sends codes upper case and a blank note as none', () => {
    expect(buildCreatePracticeMailbox({ odsCode: ' m85001 ', mailboxId: 'm85001ot001', note: '  ', active: ['active'] })).toEqual(
      {
        ok: true,
        data: { odsCode: 'M85001', mailboxId: 'M85001OT001', note: null },
      },
    );
  });

  it('names the fields an empty form needs', () => {
    const checked = buildCreatePracticeMailbox(EMPTY_PRACTICE_MAILBOX);
    expect(!checked.ok && checked.issues.map((issue) => issue.path).sort()).toEqual(['mailboxId', 'odsCode']);
  });

  it('explains what a mailbox id looks like', () => {
    const checked = buildUpdatePracticeMailbox({ ...EMPTY_PRACTICE_MAILBOX, mailboxId: 'M8-5' });
    expect(!checked.ok && checked.issues).toEqual([
      { path: 'mailboxId', message: 'Enter a MESH mailbox id: 4 to 20 letters and digits, like A81001OT01' },
    ]);
  });

  it('sends a change with every field, active unticked as inactive', () => {
    const values = practiceMailboxValues({
      odsCode: 'M85001',
      mailboxId: 'M85001OT001',
      practiceName: 'Riverside Surgery',
      active: true,
      note: null,
      updatedAt: '2026-12-07T10:00:00.000Z',
    });
    expect(buildUpdatePracticeMailbox({ ...values, active: [] })).toEqual({
      ok: true,
      data: { mailboxId: 'M85001OT001', note: null, active: false },
    });
  });

  it('keeps the search in the list address and leaves out page 1', () => {
    expect(practiceMailboxListHref(' river ')).toBe('/admin/practice-mailboxes?q=river');
    expect(practiceMailboxListHref('', 2)).toBe('/admin/practice-mailboxes?page=2');
    expect(practiceMailboxListHref('')).toBe('/admin/practice-mailboxes');
  });
});
