import { GP_DOCUMENT_RESENDABLE_STATES, type GpDocument, type GpDocumentListItem } from '@kith/shared';
import type { GpDocumentViewRow } from './gp-document-repository.ts';

/** A GP document and its delivery as the API shows it (the Bundle itself has its own route). */
export function toGpDocument({ document: d, practiceName }: GpDocumentViewRow): GpDocument {
  return {
    id: d.id,
    referralId: d.referralId,
    ending: d.ending,
    state: d.state,
    practice: d.practiceOdsCode ? { odsCode: d.practiceOdsCode, name: practiceName ?? d.practiceOdsCode } : null,
    mailboxId: d.mailboxId,
    meshMessageId: d.meshMessageId,
    attempts: d.attempts,
    lastError: d.lastError,
    letterId: d.letterId,
    createdAt: d.createdAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    failedAt: d.failedAt?.toISOString() ?? null,
    resendable: GP_DOCUMENT_RESENDABLE_STATES.includes(d.state),
  };
}

export function toGpDocumentListItem(row: GpDocumentViewRow): GpDocumentListItem {
  return { ...toGpDocument(row), pcnName: row.pcnName };
}

/** The Bundle's download name: Kith's document id only, nothing about the person. */
export function gpDocumentFilename(id: string): string {
  return `gp-document-${id}.json`;
}
