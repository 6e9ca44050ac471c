import {
  allowedTaskMoves,
  type OnwardReferral,
  type OnwardReferralEvent,
  type OnwardReferralSummary,
  type ProviderInboxItem,
  type ProviderOnwardReferral,
} from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import {
  findEvents,
  type NamedOnwardReferral,
  type OnwardEventRow,
  organisationName,
  userName,
} from './onward-referral-repository.ts';

/**
 * The two sides' views of one referral. The provider's is built from the referral row and its
 * shared snapshot only: it names the person with nothing but what the link worker chose to share.
 */

/** What the care team sees; `canAct` says whether this reader may cancel it. */
export async function requesterView(db: DbOrTx, referral: NamedOnwardReferral, canAct: boolean): Promise<OnwardReferral> {
  const { row } = referral;
  return {
    ...toSummary(referral),
    personId: row.personId,
    referralId: row.referralId,
    sharedFields: row.sharedFields,
    shared: row.shared,
    note: row.note,
    sentByName: await userName(db, row.requestedBy),
    consentRecordedAt: row.consentRecordedAt.toISOString(),
    events: await eventsOf(db, row.id),
    allowedMoves: canAct ? allowedTaskMoves(row.status, 'requester') : [],
  };
}

/** What the provider sees: the snapshot, the note, who sent it from which PCN, and the history. */
export async function providerView(db: DbOrTx, referral: NamedOnwardReferral): Promise<ProviderOnwardReferral> {
  const { row } = referral;
  return {
    ...toSummary(referral),
    shared: row.shared,
    note: row.note,
    sentByName: await userName(db, row.requestedBy),
    pcnName: await organisationName(db, row.organisationId),
    events: await eventsOf(db, row.id),
    allowedMoves: allowedTaskMoves(row.status, 'provider'),
  };
}

/** The line both sides' lists show for a referral. */
export function toSummary({ row, serviceName, providerName }: NamedOnwardReferral): OnwardReferralSummary {
  return {
    id: row.id,
    serviceId: row.serviceId,
    serviceName,
    providerName,
    status: row.status,
    businessStatus: row.businessStatus,
    statusReason: row.statusReason,
    sentAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reminderRaisedAt: row.reminderRaisedAt?.toISOString() ?? null,
  };
}

/**
 * A line of a provider's inbox: the summary, the PCN the referral came from, the person's name
 * only if the link worker shared it (from the snapshot, never the record), and the newest note.
 */
export function toProviderInboxItem(
  referral: NamedOnwardReferral,
  pcnName: string,
  latestNote: { side: 'requester' | 'provider'; at: Date } | undefined,
): ProviderInboxItem {
  return {
    ...toSummary(referral),
    pcnName,
    sharedName: referral.row.shared.name ?? null,
    latestNote: latestNote ? { side: latestNote.side, at: latestNote.at.toISOString() } : null,
  };
}

async function eventsOf(db: DbOrTx, onwardReferralId: string): Promise<OnwardReferralEvent[]> {
  return (await findEvents(db, onwardReferralId)).map(toEventView);
}

function toEventView({ event, actorName }: OnwardEventRow): OnwardReferralEvent {
  return {
    id: event.id,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    businessStatus: event.businessStatus,
    reason: event.reason,
    note: event.note,
    side: event.side,
    actorName,
    at: event.at.toISOString(),
  };
}
