import type { GpDocument } from '@kith/shared';

/** A document as the API answers it, for the screens' tests: delivered to Riverside Surgery. */
export function gpDocument(change: Partial<GpDocument> = {}): GpDocument {
  return {
    id: '6a0c0000-0000-4000-8000-000000000016',
    referralId: '6a0c0000-0000-4000-8000-0000000000aa',
    ending: 'discharged',
    state: 'delivered',
    practice: { odsCode: 'M85001', name: 'Riverside Surgery' },
    mailboxId: 'M85001OT001',
    meshMessageId: '20261207120000000000_ABCDEF',
    attempts: 1,
    lastError: null,
    letterId: '6a0c0000-0000-4000-8000-0000000000bb',
    createdAt: '2026-12-07T12:00:00.000Z',
    sentAt: '2026-12-07T12:01:00.000Z',
    deliveredAt: '2026-12-07T12:30:00.000Z',
    failedAt: null,
    resendable: false,
    ...change,
  };
}
