import { eq } from 'drizzle-orm';
import type { KithApp } from '../../src/app.ts';
import { gpDocuments, jobs, notifications, people, referrals } from '../../src/db/schema/index.ts';
import { insertProfile } from '../../src/modules/community/members/member-repository.ts';
import { createTestDirectoryService, createTestTerm } from '../../src/modules/directory/directory-test-data.ts';
import { GP_DOCUMENT_PREPARE_JOB, prepareJobKey } from '../../src/modules/gp-record/gp-document-queue.ts';
import { gpRecordJobHandlers } from '../../src/modules/gp-record/gp-record-jobs.ts';
import { randomConceptId } from '../../src/modules/gp-record/snomed-codes/snomed-code-test-data.ts';
import { createTestOnwardService } from '../../src/modules/onward-referrals/onward-test-data.ts';
import { replaceServedPcns } from '../../src/modules/organisations/organisation-repository.ts';
import { postBody } from '../../src/modules/workforce/workforce-test-data.ts';
import { createTestReferral } from '../pathway-test-data.ts';
import { createTestOrg, createTestUser, type SignedIn, signInFresh } from '../tenant-test-data.ts';
import { type Caller, createCallers, type OrgsOfPcn, type Pcn } from './callers.ts';
import type { MarkerKind } from './expectations.ts';

/**
 * Seeds the matrix once per file: one ICB with PCN A and PCN B, every caller, and in PCN A one
 * record of each kind whose free-text fields carry unique markers (`MARK-<kind>-<random>`).
 * Records are made through the API as the user whose job it is, so they are shaped exactly as
 * in use; only fixtures the API cannot make (a referral already active, directory services) are
 * written straight to the tables.
 */
export interface Seed {
  icb: string;
  orgs: Record<Pcn, OrgsOfPcn>;
  callers: Map<string, Caller>;
  /** Marker kind → the unique string planted in that field. */
  markers: Record<MarkerKind, string>;
  ids: {
    person: string;
    referral: string;
    dischargedReferral: string;
    concern: string;
    supervisionSession: string;
    onwardReferral: string;
    onwardService: string;
    publicService: string;
    directoryOrganisation: string;
    needTerm: string;
    workforcePost: string;
    pulseRound: string;
    checklistItem: string;
    communityPost: string;
    communityComment: string;
    communityEvent: string;
    communityResource: string;
    appointment: string;
    letter: string;
    personMessage: string;
    task: string;
    /** One of the link worker's own notifications (the task set for them). */
    notification: string;
    /** The discharged episode's document for the GP record (built; no mailbox for the practice). */
    gpDocument: string;
  };
  /** National reference data (not PCN A's): a SNOMED CT code and a practice's MESH mailbox. */
  reference: { snomedCode: string; mailboxOdsCode: string };
}

function marker(kind: string): string {
  return `MARK-${kind}-${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/** A synthetic ODS code (Y-codes are not real practices), unique enough for one run. */
function testOdsCode(): string {
  return `YM${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedMatrix(app: KithApp): Promise<Seed> {
  const db = app.kith.database.db;
  const icb = await createTestOrg(db, { kind: 'icb' });
  const orgs = {} as Record<Pcn, OrgsOfPcn>;
  for (const pcn of ['A', 'B'] as const) {
    const pcnId = await createTestOrg(db, {
      kind: 'pcn',
      parentId: icb,
      name: `Matrix PCN ${pcn} ${crypto.randomUUID().slice(0, 6)}`,
    });
    // With an ODS code, so the GP record can name the practice of PCN A's discharged person.
    const practice = await createTestOrg(db, { kind: 'gp_practice', parentId: pcnId, odsCode: testOdsCode() });
    const vcse = await createTestOrg(db, { kind: 'vcse', parentId: icb });
    await replaceServedPcns(db, vcse, [pcnId]);
    orgs[pcn] = { pcn: pcnId, practice, vcse };
  }
  const callers = await createCallers(app, icb, orgs);
  const as = (key: string): { session: SignedIn; userId: string } => {
    const caller = callers.get(key);
    if (!caller?.session || !caller.userId) throw new Error(`no signed-in caller ${key}`);
    return { session: caller.session, userId: caller.userId };
  };
  const write = async (key: string, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown, expected = [200, 201]) => {
    const response = await app.inject({ method, url, headers: as(key).session.writeHeaders, payload: payload as object });
    if (!expected.includes(response.statusCode)) {
      throw new Error(`seeding ${method} ${url} as ${key}: ${response.statusCode} ${response.body}`);
    }
    return response.json();
  };

  const m = {
    personGivenName: marker('person-givenName'),
    personFamilyName: marker('person-familyName'),
    personAddress: marker('person-addressLine1'),
    referralNotes: marker('referral-notes'),
    triageNote: marker('referral-triageNote'),
    allocationReason: marker('referral-allocationReason'),
    contactNotes: marker('contact-notes'),
    carePlanWhatMatters: marker('carePlan-whatMatters'),
    carePlanGoal: marker('carePlan-goal'),
    carePlanAction: marker('carePlan-action'),
    dischargeReason: marker('discharge-reason'),
    dischargeSummary: marker('discharge-summary'),
    safeguardingDescription: marker('safeguarding-description'),
    safeguardingNote: marker('safeguarding-transitionNote'),
    supervisionPrivateNotes: marker('supervision-privateNotes'),
    supervisionAttendee: marker('supervision-otherAttendee'),
    onwardNote: marker('onward-note'),
    onwardProviderNote: marker('onward-providerNote'),
    unmetNeedNote: marker('unmetNeed-note'),
    workforcePostTitle: marker('workforcePost-title'),
    pulseTitle: marker('pulse-title'),
    checklistTitle: marker('checklist-title'),
    checklistOwner: marker('checklist-ownerName'),
    communityPostTitle: marker('communityPost-title'),
    communityPostBody: marker('communityPost-body'),
    communityComment: marker('communityComment-body'),
    publicServiceDescription: marker('directoryService-description'),
    selfReferralFamilyName: marker('selfReferral-familyName'),
    selfReferralHelpWanted: marker('selfReferral-helpWanted'),
    eventDescription: marker('communityEvent-description'),
    eventAttendeeName: marker('communityEvent-attendeeName'),
    resourceTitle: marker('communityResource-title'),
    appointmentPlace: marker('appointment-place'),
    personMessageText: marker('personMessage-body'),
    onwardConversationNote: marker('onward-conversationNote'),
    taskTitle: marker('task-title'),
    snomedTerm: marker('snomedCode-term'),
    mailboxNote: marker('practiceMailbox-note'),
  } satisfies Record<Exclude<MarkerKind, 'gpDocumentId'>, string>;
  const A = orgs.A;

  // The designated safeguarding lead is named before the concern, so they are notified of it.
  await write('A.admin', 'PUT', `/api/organisations/${A.pcn}/safeguarding-leads`, {
    userIds: [as('A.safeguarding_lead').userId],
  });

  // The pathway: referred by the referrer, triaged and allocated by the supervisor, worked by the link worker.
  const referral = await app.inject({
    method: 'POST',
    url: '/api/referrals',
    headers: { ...as('A.referrer').session.writeHeaders, 'idempotency-key': crypto.randomUUID() },
    payload: {
      organisationId: A.pcn,
      person: { givenName: m.personGivenName, familyName: m.personFamilyName, addressLine1: m.personAddress, town: 'Leeds' },
      reasons: ['loneliness'],
      notes: m.referralNotes,
      consent: { toReferral: true, toDataSharing: true },
    },
  });
  if (referral.statusCode !== 201) throw new Error(`seeding referral: ${referral.statusCode} ${referral.body}`);
  const referralId = referral.json().id as string;
  // The referrer's view of their referral does not carry the person's record id.
  const [row] = await db.select({ personId: referrals.personId }).from(referrals).where(eq(referrals.id, referralId));
  if (!row) throw new Error('seeded referral vanished');
  const personId = row.personId;
  await write('A.supervisor', 'POST', `/api/referrals/${referralId}/triage`, {
    urgency: 'routine',
    complexity: 'high',
    riskFlags: ['lives_alone', 'self_neglect'],
    note: m.triageNote,
  });
  await write('A.supervisor', 'POST', `/api/referrals/${referralId}/allocate`, {
    workerId: as('A.link_worker').userId,
    reason: m.allocationReason,
  });
  await write('A.link_worker', 'POST', `/api/referrals/${referralId}/contacts`, {
    mode: 'phone',
    successful: true,
    notes: m.contactNotes,
  });
  await write('A.link_worker', 'PUT', `/api/referrals/${referralId}/care-plan`, {
    baseVersion: 0,
    whatMatters: m.carePlanWhatMatters,
    goals: [{ id: 'g1', text: m.carePlanGoal }],
    actions: [{ id: 'a1', text: m.carePlanAction, owner: 'Ada', dueDate: null, done: false }],
    reviewDate: daysFromToday(30),
  });
  await write('A.link_worker', 'POST', `/api/referrals/${referralId}/outcome-measures`, {
    instrument: 'ons4',
    timepoint: 'baseline',
    items: [5, 5, 5, 5],
  });

  // A self-referral from the public form: unverified, in PCN A's queue.
  const selfReferral = await app.inject({
    method: 'POST',
    url: '/api/public/self-referrals',
    remoteAddress: '198.18.0.1',
    payload: {
      organisationId: A.pcn,
      person: {
        givenName: 'Ffion',
        familyName: m.selfReferralFamilyName,
        dateOfBirth: '1961-07-14',
        postcode: 'CF10 1EP',
        phone: '07700 900123',
      },
      reasons: ['loneliness'],
      helpWanted: m.selfReferralHelpWanted,
      consent: { toReferral: true, toDataSharing: true },
      website: '',
      startedAt: Date.now() - 60_000,
    },
  });
  if (selfReferral.statusCode !== 202) throw new Error(`seeding self-referral: ${selfReferral.statusCode} ${selfReferral.body}`);

  // A second episode, discharged: its reason and summary make the message back to the referrer.
  const discharged = await createTestReferral(db, {
    organisationId: A.pcn,
    assignedWorkerId: as('A.link_worker').userId,
    referrerUserId: as('A.referrer').userId,
    status: 'active',
  });
  await write('A.link_worker', 'POST', `/api/referrals/${discharged.id}/discharge`, {
    outcome: 'goals_met',
    reason: m.dischargeReason,
    summary: m.dischargeSummary,
  });

  // The GP record (issue 16): the ending queued the episode's document; it is built here as the
  // job would (no job worker runs in tests) for a person registered with PCN A's practice, which
  // has no MESH mailbox, so the document waits as "no mailbox" and an admin may resend it.
  await db.update(people).set({ registeredPracticeId: A.practice }).where(eq(people.id, discharged.personId));
  const gpDocument = await buildGpDocumentOf(app, discharged.id);
  const snomed = await write('A.admin', 'POST', '/api/snomed-codes', {
    code: randomConceptId(),
    term: m.snomedTerm,
    use: 'other',
    source: 'Synthetic code for the access matrix',
  });
  const mailbox = await write('A.admin', 'POST', '/api/practice-mailboxes', {
    odsCode: testOdsCode(),
    mailboxId: `${testOdsCode()}OT`,
    note: m.mailboxNote,
  });

  const concern = await write('A.link_worker', 'POST', `/api/people/${personId}/safeguarding-concerns`, {
    referralId,
    category: 'financial',
    description: m.safeguardingDescription,
    immediateRisk: false,
  });
  const concernId = (concern.concern?.id ?? concern.id) as string;
  await write('A.supervisor', 'POST', `/api/safeguarding-concerns/${concernId}/transitions`, {
    to: 'acknowledged',
    note: m.safeguardingNote,
  });

  const session = await write('A.supervisor', 'POST', '/api/supervision/sessions', {
    pcnId: A.pcn,
    type: 'peer',
    heldOn: daysFromToday(-3),
    supervisorUserId: as('A.supervisor').userId,
    superviseeUserId: as('A.link_worker').userId,
    otherAttendees: [m.supervisionAttendee],
    privateNotes: m.supervisionPrivateNotes,
  });

  // Onward referral to a service of PCN A's VCSE organisation, sharing the name and reasons only.
  const onwardService = await createTestOnwardService(db, { kithOrganisationId: A.vcse });
  const onward = await write('A.link_worker', 'POST', `/api/people/${personId}/onward-referrals`, {
    serviceId: onwardService.serviceId,
    referralId,
    sharedFields: ['name', 'referralReasons'],
    consentGiven: true,
    note: m.onwardNote,
  });
  await write('A.vcse_provider', 'POST', `/api/provider/onward-referrals/${onward.id}/status`, {
    status: 'accepted',
    note: m.onwardProviderNote,
  });
  // The conversation with the provider: a note from the care team beside the provider's status note.
  await write('A.link_worker', 'POST', `/api/onward-referrals/${onward.id}/notes`, { body: m.onwardConversationNote });

  // The working day: an appointment next week, a letter, the person's consent to texts and a
  // message waiting to be sent (no job runs here), and a task the supervisor sets the worker.
  const appointment = await write('A.link_worker', 'POST', `/api/referrals/${referralId}/appointments`, {
    date: daysFromToday(7),
    time: '10:00',
    durationMinutes: 45,
    mode: 'face_to_face',
    place: m.appointmentPlace,
  });
  const letter = await write('A.link_worker', 'POST', `/api/referrals/${referralId}/letters`, { kind: 'care_plan' });
  const person = await app.inject({ url: `/api/people/${personId}`, headers: { cookie: as('A.link_worker').session.cookie } });
  await write('A.link_worker', 'PATCH', `/api/people/${personId}`, {
    baseVersion: person.json().version,
    givenName: m.personGivenName,
    familyName: m.personFamilyName,
    addressLine1: m.personAddress,
    town: 'Leeds',
    phone: '07700 900456',
    preferredContactMethod: 'text',
    contactConsent: true,
  });
  const message = await write('A.link_worker', 'POST', `/api/people/${personId}/messages`, { message: m.personMessageText });
  const task = await write('A.supervisor', 'POST', '/api/tasks', {
    title: m.taskTitle,
    dueOn: daysFromToday(2),
    referralId,
    assigneeUserId: as('A.link_worker').userId,
  });
  const [notification] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.userId, as('A.link_worker').userId))
    .limit(1);
  if (!notification) throw new Error('the link worker was notified of nothing');

  const publicService = await createTestDirectoryService(db, {
    kithOrganisationId: A.vcse,
    description: m.publicServiceDescription,
  });

  const needTerm = await createTestTerm(db);
  await write('A.link_worker', 'POST', '/api/unmet-needs', {
    personId,
    needTermId: needTerm,
    area: 'LS1',
    reason: 'no_service',
    note: m.unmetNeedNote,
  });

  const post = await write(
    'A.pcn_manager',
    'POST',
    '/api/workforce/posts',
    postBody({ icb, ...A }, { title: m.workforcePostTitle }),
  );
  const round = await write('A.pcn_manager', 'POST', '/api/pulse/rounds', {
    organisationId: A.pcn,
    title: m.pulseTitle,
    opensOn: daysFromToday(0),
    closesOn: daysFromToday(14),
  });
  const item = await write('A.pcn_manager', 'POST', '/api/implementation-checklist/items', {
    pcnId: A.pcn,
    title: m.checklistTitle,
    ownerName: m.checklistOwner,
  });

  // The community is shared by every member of every organisation; members-only is not public.
  const communityPost = await write('A.link_worker', 'POST', '/api/community/posts', {
    kind: 'discussion',
    title: m.communityPostTitle,
    bodyMarkdown: m.communityPostBody,
    visibility: 'members',
  });
  const comment = await write('A.link_worker_other', 'POST', `/api/community/posts/${communityPost.id}/comments`, {
    body: m.communityComment,
  });

  // The events programme and the library: an editor's event, answered by a self-registered member
  // (no Kith role, so their name appears nowhere but the community), and a resource.
  await write('ICB.admin', 'PUT', `/api/community/members/${as('A.community_editor').userId}/roles`, {
    isEditor: true,
    isModerator: false,
  });
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  startsAt.setUTCHours(10, 0, 0, 0);
  const event = await write('A.community_editor', 'POST', '/api/community/events', {
    kind: 'webinar',
    title: 'Building links with community organisations',
    description: m.eventDescription,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    onlineUrl: 'https://meet.example.org/links',
  });
  const attendee = await createTestUser(db, [], { displayName: m.eventAttendeeName });
  await insertProfile(db, { userId: attendee.id, emailVerifiedAt: new Date() });
  const attendeeSession = await signInFresh(app, attendee);
  const rsvp = await app.inject({
    method: 'PUT',
    url: `/api/community/events/${event.id}/rsvp`,
    headers: attendeeSession.writeHeaders,
    payload: { response: 'yes' },
  });
  if (rsvp.statusCode !== 200) throw new Error(`seeding RSVP: ${rsvp.statusCode} ${rsvp.body}`);
  const resource = await write('A.community_editor', 'POST', '/api/community/resources', {
    title: m.resourceTitle,
    kind: 'guide',
    category: 'Guides',
    url: 'https://example.org/guide',
  });

  return {
    icb,
    orgs,
    callers,
    // The GP document's id is its marker: it must reach only those who may read or manage it.
    markers: { ...m, gpDocumentId: gpDocument },
    ids: {
      person: personId,
      referral: referralId,
      dischargedReferral: discharged.id,
      concern: concernId,
      supervisionSession: session.id,
      onwardReferral: onward.id,
      onwardService: onwardService.serviceId,
      publicService: publicService.id,
      directoryOrganisation: onwardService.directoryOrganisationId,
      needTerm,
      workforcePost: post.id,
      pulseRound: round.id,
      checklistItem: item.id,
      communityPost: communityPost.id,
      communityComment: comment.id,
      communityEvent: event.id,
      communityResource: resource.id,
      appointment: appointment.id,
      letter: letter.id,
      personMessage: message.id,
      task: task.id,
      notification: notification.id,
      gpDocument,
    },
    reference: { snomedCode: snomed.code, mailboxOdsCode: mailbox.odsCode },
  };
}

/** Runs the prepare job of a referral's GP document (only that job), returning the document's id. */
async function buildGpDocumentOf(app: KithApp, referralId: string): Promise<string> {
  const db = app.kith.database.db;
  const [document] = await db.select({ id: gpDocuments.id }).from(gpDocuments).where(eq(gpDocuments.referralId, referralId));
  if (!document) throw new Error('ending the referral queued no GP document (modules/gp-record)');
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.dedupeKey, prepareJobKey(document.id, 0)));
  const prepare = gpRecordJobHandlers(undefined)[GP_DOCUMENT_PREPARE_JOB];
  if (!job || !prepare) throw new Error('no prepare job for the GP document');
  await db.transaction((tx) => prepare(tx, job, new Date()));
  const [built] = await db.select({ state: gpDocuments.state }).from(gpDocuments).where(eq(gpDocuments.id, document.id));
  if (built?.state !== 'no_mailbox') throw new Error(`the seeded GP document is ${built?.state}, not no_mailbox`);
  return document.id;
}
