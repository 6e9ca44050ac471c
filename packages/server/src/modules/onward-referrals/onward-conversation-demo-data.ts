import { OPEN_CASE_STATUSES } from '@kith/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { directoryServices, referrals } from '../../db/schema/index.ts';
import { addNoteAsCareTeam, addNoteAsProvider } from './onward-referral-notes-service.ts';
import { sendOnwardReferral } from './onward-referral-service.ts';
import { changeStatusAsProvider } from './provider-onward-referral-service.ts';

/** A demo service that takes referrals through Kith, apart from the one the onward-referral journey uses. */
const DEMO_SERVICE = 'Sing for Wellbeing Choir (demo)';

/**
 * One onward referral with a conversation, made as the demo people would make it in the app:
 * the demo link worker refers one of their open cases to the men's shed, the demo provider
 * accepts with a note, and each side writes once more. Every step goes through the use cases, so
 * the events, audit rows and notifications (both sides' badges) are the real ones. Returns the
 * referral's id, or null when the demo has no open case or no such service.
 */
export async function loadDemoOnwardConversation(
  db: Db,
  { acknowledgeWithinBusinessDays }: { acknowledgeWithinBusinessDays: number },
): Promise<string | null> {
  const linkWorker = await contextForUser(db, 'linkworker@kith.example');
  const provider = await contextForUser(db, 'vcse@kith.example');
  const workerId = linkWorker.actor?.userId;
  if (!workerId) return null;
  const [openCase] = await db
    .select({ id: referrals.id, personId: referrals.personId })
    .from(referrals)
    .where(and(eq(referrals.assignedWorkerId, workerId), inArray(referrals.status, [...OPEN_CASE_STATUSES])))
    .orderBy(asc(referrals.createdAt), asc(referrals.id))
    .limit(1);
  const [service] = await db
    .select({ id: directoryServices.id })
    .from(directoryServices)
    .where(and(eq(directoryServices.name, DEMO_SERVICE), eq(directoryServices.referralRoute, 'kith_referral')))
    .limit(1);
  if (!openCase || !service) return null;

  const sent = await db.transaction((tx) =>
    sendOnwardReferral(tx, linkWorker, openCase.personId, {
      input: {
        serviceId: service.id,
        referralId: openCase.id,
        sharedFields: ['name', 'phone', 'referralReasons'],
        consentGiven: true,
        note: 'Keen to get out of the house more and used to enjoy woodwork. Late mornings suit him best.',
      },
      acknowledgeWithinBusinessDays,
    }),
  );
  await changeStatusAsProvider(db, provider, sent.id, {
    status: 'accepted',
    note: 'Happy to welcome him. We will ring this week to arrange a first visit on a Wednesday.',
  });
  await addNoteAsCareTeam(db, linkWorker, sent.id, {
    body: 'Thank you. He would like someone to meet him at the door on his first visit, if that is possible.',
  });
  await addNoteAsProvider(db, provider, sent.id, {
    body: 'Of course: one of our volunteers will meet him at the gate.',
  });
  return sent.id;
}
