import type { PracticeMailbox } from '@kith/shared';
import type { PracticeMailboxWithName } from './practice-mailbox-repository.ts';

export function toPracticeMailbox(row: PracticeMailboxWithName): PracticeMailbox {
  return {
    odsCode: row.odsCode,
    mailboxId: row.mailboxId,
    practiceName: row.practiceName,
    active: row.active,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}
