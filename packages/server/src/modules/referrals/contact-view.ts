import type { Contact } from '@kith/shared';
import type { contacts } from '../../db/schema/index.ts';

/** A contact row with the name of the worker who logged it (see `contact-repository.ts`). */
export interface ContactRow {
  contact: typeof contacts.$inferSelect;
  workerName: string | null;
}

export function toContact({ contact: c, workerName }: ContactRow): Contact {
  return {
    id: c.id,
    referralId: c.referralId,
    occurredAt: c.occurredAt.toISOString(),
    mode: c.mode,
    successful: c.successful,
    durationMinutes: c.durationMinutes,
    notes: c.notes,
    workerName,
  };
}
