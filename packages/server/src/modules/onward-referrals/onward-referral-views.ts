import { allowedTaskMoves, type OnwardReferral, type ProviderOnwardReferral } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import { eventsOf, type NamedOnwardReferral, organisationName, toSummary, userName } from './onward-referral-repository.ts';

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
