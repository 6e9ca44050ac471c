import type { OutboxList } from '@kith/shared';
import type { OutboxEmailRow } from './outbox-repository.ts';

/** An email as admins read it in the outbox: `sentAt` null while it waits, `error` from the last failed try. */
export function toOutboxEmail(row: OutboxEmailRow): OutboxList['items'][number] {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    textBody: row.textBody,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    error: row.error,
  };
}
