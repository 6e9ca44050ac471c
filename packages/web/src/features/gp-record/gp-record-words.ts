import {
  GP_DOCUMENT_STATE_LABELS,
  GP_DOCUMENT_STATES,
  type GpDocument,
  type GpDocumentState,
  REFERRAL_STATUS_LABELS,
} from '@kith/shared';
import { formatDateTime } from '../../components/date-format.ts';

/** NHS tag colour per state; the words always say it too. */
export const GP_DOCUMENT_TAG_CLASSES: Readonly<Record<GpDocumentState, string>> = {
  preparing: 'nhsuk-tag--grey',
  no_practice: 'nhsuk-tag--orange',
  no_mailbox: 'nhsuk-tag--orange',
  queued: 'nhsuk-tag--blue',
  sent: 'nhsuk-tag--aqua-green',
  delivered: 'nhsuk-tag--green',
  failed: 'nhsuk-tag--red',
};

/** A state's label; a value Kith does not know (from an error body) is shown as given. */
export function gpDocumentStateLabel(state: GpDocumentState | string): string {
  return (GP_DOCUMENT_STATE_LABELS as Readonly<Record<string, string>>)[state] ?? state;
}

/** States that change on their own (the jobs move them on), so a screen showing one looks again. */
export function isStillMoving(state: GpDocumentState): boolean {
  return state === 'preparing' || state === 'queued' || state === 'sent';
}

/** Nothing went to the practice electronically: the letter has to be printed and sent instead. */
export function needsPrintedLetter(state: GpDocumentState): boolean {
  return state === 'no_practice' || state === 'no_mailbox';
}

/** The practice as people name it: "Riverside Surgery (M85001)". */
export function practiceName(practice: GpDocument['practice']): string | null {
  return practice ? `${practice.name} (${practice.odsCode})` : null;
}

/** Where the document is, in a sentence a link worker can act on (the reason, `lastError`, is shown beside it). */
export function gpDocumentSummary(document: GpDocument): string {
  const practice = practiceName(document.practice) ?? 'the practice';
  switch (document.state) {
    case 'preparing':
      return 'Kith is preparing the document for the GP record.';
    case 'no_practice':
      return 'Not sent: the person has no registered GP practice with an ODS code in Kith. Print the letter and send it to their practice.';
    case 'no_mailbox':
      return `Not sent: ${practice} has no MESH mailbox in Kith's directory. Print the letter and send it to the practice.`;
    case 'queued':
      return document.lastError
        ? `Waiting to be sent to ${practice} through MESH. The last try did not work; Kith will try again.`
        : `Waiting to be sent to ${practice} through MESH.`;
    case 'sent':
      return `Sent to ${practice} through MESH${document.sentAt ? ` on ${formatDateTime(document.sentAt)}` : ''}. Waiting for the practice's system to collect it.`;
    case 'delivered':
      return `Delivered: ${practice}'s system collected it${document.deliveredAt ? ` on ${formatDateTime(document.deliveredAt)}` : ''}.`;
    case 'failed':
      return 'Not delivered to the practice. Print the letter for the practice, or an administrator can send it again.';
  }
}

/** The letter's download address (the letters API), once the letter has been made. */
export function letterDownloadUrl(letterId: string): string {
  return `/api/letters/${encodeURIComponent(letterId)}.pdf`;
}

/** The ending a document reports, as the referral's status is named; anything else as given. */
export function endingLabel(ending: string): string {
  return (REFERRAL_STATUS_LABELS as Readonly<Record<string, string>>)[ending] ?? ending.replaceAll('_', ' ');
}

/** The state filter of the deliveries list from the address; anything unknown is "every state". */
export function readStateFilter(value: string | null): GpDocumentState | '' {
  return GP_DOCUMENT_STATES.find((state) => state === value) ?? '';
}

/** The deliveries list's address for a state (page 1). */
export function gpDeliveriesHref(state: GpDocumentState | ''): string {
  return state ? `/admin/gp-deliveries?state=${state}` : '/admin/gp-deliveries';
}
