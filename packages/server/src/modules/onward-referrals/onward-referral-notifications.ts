import type { TaskStatus } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notifyUsers, usersWithRoleIn } from '../notifications/notify.ts';
import { assignedWorkerOf, kithOrganisationOfProvider } from './onward-referral-notes-repository.ts';
import type { OnwardReferralRow } from './onward-referral-repository.ts';

/**
 * Who hears about what happens on an onward referral, raised inside the change's transaction.
 * The two sides: the care team (the link worker who sent it and the worker the episode is
 * allocated to) and the provider (the VCSE provider users of the Kith organisation linked to
 * the service's directory organisation). Whoever made the change is not told about it. Titles
 * name no one: the link leads to the referral, behind sign-in and each side's own gate.
 */

type Referral = Pick<OnwardReferralRow, 'id' | 'requestedBy' | 'referralId' | 'providerOrganizationId'>;

/** The care team side: the sender and the episode's allocated worker. */
async function careTeamOf(db: DbOrTx, referral: Referral): Promise<string[]> {
  const assigned = await assignedWorkerOf(db, referral.referralId);
  return [referral.requestedBy, ...(assigned ? [assigned] : [])];
}

/** The provider side: nobody when the directory organisation is not linked to a Kith organisation. */
async function providersOf(db: DbOrTx, referral: Referral): Promise<string[]> {
  const kithOrganisationId = await kithOrganisationOfProvider(db, referral.providerOrganizationId);
  return kithOrganisationId ? usersWithRoleIn(db, [kithOrganisationId], ['vcse_provider']) : [];
}

const withoutActor = (userIds: readonly string[], actorUserId: string | null) => userIds.filter((id) => id !== actorUserId);
const careTeamLink = (id: string) => `/onward-referrals/${id}`;
const providerLink = (id: string) => `/provider/referrals/${id}`;

/** A new referral reached the provider's inbox. */
export async function notifyReceived(db: DbOrTx, referral: Referral, actorUserId: string, now: Date): Promise<void> {
  await notifyUsers(
    db,
    withoutActor(await providersOf(db, referral), actorUserId),
    {
      kind: 'onward_received',
      subjectType: 'onward_referral',
      subjectId: referral.id,
      title: 'A new referral arrived for one of your services',
      link: providerLink(referral.id),
      dedupeKey: `onward-received:${referral.id}`,
    },
    now,
  );
}

/** What the care team is told when the provider moves a referral, naming the new state. */
const PROVIDER_MOVE_TITLES: Partial<Record<TaskStatus, string>> = {
  accepted: 'An onward referral was accepted',
  rejected: 'An onward referral was not accepted',
  'in-progress': 'An onward referral was started',
  'on-hold': 'An onward referral was put on hold',
  completed: 'An onward referral was completed',
  failed: 'An onward referral did not go ahead',
  cancelled: 'An onward referral was cancelled by the provider',
};

/**
 * A state change, told to the other side: the provider's moves to the care team, the care
 * team's cancelling to the provider. `version` is the referral's version after the change, so
 * each change is told once.
 */
export async function notifyMoved(
  db: DbOrTx,
  referral: Referral,
  change: { side: 'requester' | 'provider'; from: TaskStatus; to: TaskStatus; version: number; withNote: boolean },
  actorUserId: string,
  now: Date,
): Promise<void> {
  const byProvider = change.side === 'provider';
  const base = byProvider
    ? change.to === 'in-progress' && change.from === 'on-hold'
      ? 'An onward referral was restarted'
      : PROVIDER_MOVE_TITLES[change.to]
    : change.to === 'cancelled'
      ? 'A referral to your service was cancelled by the link worker'
      : undefined;
  if (!base) return;
  const recipients = byProvider ? await careTeamOf(db, referral) : await providersOf(db, referral);
  await notifyUsers(
    db,
    withoutActor(recipients, actorUserId),
    {
      kind: 'onward_updated',
      subjectType: 'onward_referral',
      subjectId: referral.id,
      title: change.withNote ? `${base}, with a note` : base,
      link: byProvider ? careTeamLink(referral.id) : providerLink(referral.id),
      dedupeKey: `onward-updated:${referral.id}:${change.version}`,
    },
    now,
  );
}

/** A note in the conversation, told to the other side. */
export async function notifyNote(
  db: DbOrTx,
  referral: Referral,
  note: { id: string; side: 'requester' | 'provider' },
  actorUserId: string,
  now: Date,
): Promise<void> {
  const byProvider = note.side === 'provider';
  const recipients = byProvider ? await careTeamOf(db, referral) : await providersOf(db, referral);
  await notifyUsers(
    db,
    withoutActor(recipients, actorUserId),
    {
      kind: 'onward_note',
      subjectType: 'onward_referral',
      subjectId: referral.id,
      title: byProvider
        ? 'A provider wrote a note on an onward referral'
        : 'A link worker wrote a note on a referral to your service',
      link: byProvider ? careTeamLink(referral.id) : providerLink(referral.id),
      dedupeKey: `onward-note:${note.id}`,
    },
    now,
  );
}
