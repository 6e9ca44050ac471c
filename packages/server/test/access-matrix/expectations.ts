import { REPORT_IDS } from '@kith/shared';
import { NEEDS_TAXONOMY_ID } from '../../src/modules/directory/directory-test-data.ts';
import { randomConceptId } from '../../src/modules/gp-record/snomed-codes/snomed-code-test-data.ts';
import type { CallerSpec } from './callers.ts';
import type { Seed } from './seed.ts';

/**
 * THE reviewed file of the access matrix: who may see each seeded marker, how each route's path
 * is filled, which routes cannot be, and the known gaps. Change a line here only with a reason
 * a reviewer can check against the policy it cites.
 *
 * Sources: shared/src/rules/permissions.ts (roles), referrals/referral-access.ts (the referral gate),
 * safeguarding/safeguarding-policy.ts, supervision/supervision-policy.ts,
 * onward-referrals/onward-referral-policy.ts, community/community-policy.ts, workforce/post-policy.ts,
 * tasks/task-policy.ts, appointments/appointment-service.ts, person-messages/person-message-service.ts,
 * letters/letter-service.ts,
 * and the product brief ("each role sees only what its job needs"; a VCSE provider sees only
 * the referrals sent to it, and only the fields the person consented to share; a referrer gets
 * a message back). Everything of PCN A is invisible to PCN B; anonymous sees public routes only.
 */

// ---------------------------------------------------------------------------------------------
// Who may see what
// ---------------------------------------------------------------------------------------------

type Who = (caller: CallerSpec) => boolean;

const inA =
  (...roles: NonNullable<CallerSpec['role']>[]): Who =>
  (c) =>
    c.pcn === 'A' && c.role !== null && roles.includes(c.role);
const only =
  (...keys: string[]): Who =>
  (c) =>
    keys.includes(c.key);
const anyOf =
  (...rules: Who[]): Who =>
  (c) =>
    rules.some((rule) => rule(c));

/** `people:read` / `referrals:work` over PCN A: its link workers and supervisors. */
const careTeamA = inA('link_worker', 'supervisor');
/** `referrals:read`, `onward:read`, `unmet-needs:read` also go to PCN A's managers (the lead is one). */
const pathwayReadersA = inA('link_worker', 'supervisor', 'pcn_manager');
/** The referrer who made the seeded referrals (not the other referrer of the same practice). */
const referrerWhoReferred = only('A.referrer');
/** Every signed-in user: the community of practice is shared across organisations. */
const signedIn: Who = (c) => c.role !== null;
/** `gp-record:manage`: administrators, wherever their membership sits (permissions.ts). */
const admins: Who = (c) => c.role === 'admin';
/** `gp-record:manage` over PCN A: its administrators and those of the ICB above it. */
const adminsOverA = only('A.admin', 'ICB.admin');
const everyone: Who = () => true;

export interface Audience {
  who: Who;
  /** Why, citing the policy. */
  why: string;
}

export const MARKER_AUDIENCE = {
  personGivenName: {
    who: anyOf(pathwayReadersA, referrerWhoReferred, only('A.vcse_provider', 'A.safeguarding_lead')),
    why: 'people:read/referrals:read over PCN A; the referrer of their own referral; the provider got "name" shared; the designated lead reads the concern about the person',
  },
  personFamilyName: {
    who: anyOf(pathwayReadersA, referrerWhoReferred, only('A.vcse_provider', 'A.safeguarding_lead')),
    why: 'as the given name',
  },
  personAddress: {
    who: anyOf(careTeamA),
    why: 'people:read over PCN A only; address was not shared with the provider; referrers get status, dates and the message back',
  },
  referralNotes: {
    who: pathwayReadersA,
    why: 'referrals:read over PCN A; the referrer gets status, dates and the message back only (referral-view.ts)',
  },
  triageNote: {
    who: pathwayReadersA,
    why: 'referrals:read over PCN A; NOT the referrer (status, dates and the message back only)',
  },
  allocationReason: { who: pathwayReadersA, why: 'as the triage note' },
  contactNotes: {
    who: careTeamA,
    why: 'contacts are read with referrals:work (contact-service.ts) or people:read (the timeline) over PCN A',
  },
  carePlanWhatMatters: {
    who: careTeamA,
    why: 'the care plan is read with referrals:work over PCN A (care-plan-service.ts); "what matters to me" was not shared with the provider',
  },
  carePlanGoal: { who: careTeamA, why: 'as "what matters"' },
  carePlanAction: { who: careTeamA, why: 'as "what matters"' },
  dischargeReason: {
    who: anyOf(pathwayReadersA, referrerWhoReferred),
    why: 'referrals:read over PCN A; the referrer gets the message back',
  },
  dischargeSummary: { who: anyOf(pathwayReadersA, referrerWhoReferred), why: 'as the discharge reason' },
  selfReferralFamilyName: {
    who: pathwayReadersA,
    why: "a self-referral sits in PCN A's queue: referrals:read / people:read over PCN A; no referrer made it",
  },
  selfReferralHelpWanted: { who: pathwayReadersA, why: "as the self-referrer's name" },
  safeguardingDescription: {
    who: anyOf(careTeamA, only('A.safeguarding_lead')),
    why: 'safeguarding-policy: those who may read the person (people:read), manage (supervisor) or lead for PCN A',
  },
  safeguardingNote: { who: anyOf(careTeamA, only('A.safeguarding_lead')), why: 'as the description' },
  supervisionPrivateNotes: {
    who: only('A.supervisor', 'A.link_worker'),
    why: 'supervision-policy: the supervisor and the supervisee only',
  },
  supervisionAttendee: {
    who: anyOf(only('A.supervisor', 'A.link_worker'), inA('pcn_manager')),
    why: 'supervision-policy: the two parties and those who oversee supervision (supervision:oversee) in PCN A',
  },
  onwardNote: {
    who: anyOf(pathwayReadersA, only('A.vcse_provider')),
    why: 'onward-referral-policy: onward:read over PCN A, and the provider it was sent to',
  },
  onwardProviderNote: { who: anyOf(pathwayReadersA, only('A.vcse_provider')), why: 'as the onward note' },
  onwardConversationNote: {
    who: anyOf(pathwayReadersA, only('A.vcse_provider')),
    why: 'the conversation is read with onward:read over PCN A (onward-referral-notes-service.ts), and by the provider it was sent to',
  },
  appointmentPlace: {
    who: careTeamA,
    why: "appointments are read with referrals:work over PCN A (appointment-service.ts); a supervisor's team calendar is their own PCN's",
  },
  personMessageText: {
    who: careTeamA,
    why: "a person's messages are read with people:read over PCN A; the waiting list with person-messages:outbox (link workers, supervisors) in their PCNs",
  },
  taskTitle: {
    who: only('A.link_worker'),
    why: "tasks:work lists only the assignee's own tasks (task-repository.ts); the supervisor who set it may change it but does not list it",
  },
  unmetNeedNote: { who: pathwayReadersA, why: 'unmet-needs:read over PCN A (reports show aggregates, never notes)' },
  workforcePostTitle: { who: inA('supervisor', 'pcn_manager'), why: 'workforce:read over PCN A' },
  pulseTitle: { who: pathwayReadersA, why: 'pulse:answer and pulse:manage over PCN A' },
  checklistTitle: { who: inA('supervisor', 'pcn_manager'), why: 'checklist:read over PCN A' },
  checklistOwner: { who: inA('supervisor', 'pcn_manager'), why: 'checklist:read over PCN A' },
  communityPostTitle: {
    who: signedIn,
    why: 'community-policy: a members-only post is for every verified member (any Kith membership), never visitors',
  },
  communityPostBody: { who: signedIn, why: 'as the title' },
  communityComment: { who: signedIn, why: 'comments on a members-only post: members only' },
  publicServiceDescription: { who: everyone, why: 'the directory is public (the ORUK feed)' },
  eventDescription: { who: everyone, why: 'the events programme is public (community-policy)' },
  resourceTitle: { who: everyone, why: 'the resources library is public' },
  snomedTerm: {
    who: admins,
    why: 'the SNOMED CT code table is national reference data edited with gp-record:manage (admins of any organisation); the code with use "other" is in no message back',
  },
  mailboxNote: {
    who: admins,
    why: 'the practice mailbox directory is national reference data read with gp-record:manage (admins of any organisation)',
  },
  gpDocumentId: {
    who: anyOf(pathwayReadersA, referrerWhoReferred, adminsOverA),
    why: "the referral's GP document is read through the message back's gate (referrals:read over PCN A, the referrer who made it); the deliveries list with gp-record:manage over the admin's own organisations, so not PCN B's admin",
  },
  eventAttendeeName: {
    who: only('A.community_editor'),
    why: 'who replied to an event is for community editors only (GET /api/community/events/{id}/attendees)',
  },
} satisfies Record<string, Audience>;

export type MarkerKind = keyof typeof MARKER_AUDIENCE;

/**
 * Non-text rules: the referrer of a referral gets status, dates and the message back only, so
 * no response to them may carry the referral's triage judgement (risk flags, complexity).
 */
export const REFERRER_HIDDEN_FIELDS = ['riskFlags', 'complexity'] as const;
export const referrerFieldRuleApplies: Who = (c) => c.role === 'referrer';

/**
 * Status shapes, beside the markers. Anonymous gets 401 (or 404 for a members-only post) from
 * every API route except these public ones: the self-referral form's look-ups and the community's
 * public face. /health, /ready and the ORUK feed (/openreferral, CORS *) are outside /api and public.
 */
export const PUBLIC_API_GETS = new Set([
  'GET /api/public/pcns',
  'GET /api/public/gp-practices',
  'GET /api/public/referral-reasons',
  'GET /api/community/me',
  'GET /api/community/posts',
  'GET /api/community/posts/{id}',
  'GET /api/community/posts/{id}/comments',
  'GET /api/community/resources',
  'GET /api/community/resources/categories',
  'GET /api/community/events',
  'GET /api/community/events/{id}',
  'GET /api/community/events/{id}.ics',
  'GET /api/community/resources/{id}',
]);

/**
 * A PCN B user asking for a PCN A record by its id gets 403 or 404, except for records that are
 * shared across organisations by design: the directory (public through ORUK anyway) and the
 * community of practice. (Lists filtered by PCN A's id answer 200 with the caller's own scope.)
 */
export const SHARED_RECORD_ROUTES = new Set([
  'GET /api/directory/services/{id}',
  'GET /api/directory/organizations/{id}',
  'GET /api/directory/postcodes/{postcode}',
  'GET /api/community/posts/{id}',
  'GET /api/community/posts/{id}/comments',
  'GET /api/community/events/{id}',
  'GET /api/community/events/{id}.ics',
  'GET /api/community/resources/{id}',
]);

// ---------------------------------------------------------------------------------------------
// Known gaps: cells that fail today, with who is fixing them. Each is also an `it.fails` in the
// test, so when the fix lands that test fails and the line here must be deleted.
// ---------------------------------------------------------------------------------------------

export interface KnownLeak {
  caller: string;
  route: string;
  /** A marker kind, or one of REFERRER_HIDDEN_FIELDS. */
  what: MarkerKind | (typeof REFERRER_HIDDEN_FIELDS)[number];
  why: string;
}

export const KNOWN_LEAKS: KnownLeak[] = [];

// ---------------------------------------------------------------------------------------------
// Exact statuses, for routes whose answer to each caller is fixed by one permission or gate
// ---------------------------------------------------------------------------------------------

export interface StatusRule {
  /** The statuses a signed-in caller must get from this URL; null to check markers only. */
  expect: (caller: CallerSpec, url: string, seed: Seed) => number[] | null;
  why: string;
}

/** 200 to the holders of a permission that is not about one record, 403 to every other signed-in caller. */
const permission = (who: Who, why: string): StatusRule => ({ expect: (c) => (who(c) ? [200] : [403]), why });

/**
 * The GP document of a referral: the referral's gate first (404 to anyone it does not admit, who
 * learns nothing), then 404 "GP document" while the referral has none (the active one).
 */
const gpDocumentOfReferral: StatusRule = {
  expect: (c, url, seed) => {
    const admitted = pathwayReadersA(c) || referrerWhoReferred(c);
    return admitted && url.includes(seed.ids.dischargedReferral) ? [200] : [404];
  },
  why: "referral-access.ts loadReferralFor(referrals:read), as the message back: PCN A's care team and managers, and the referrer who made it; the active referral has not ended, so it has no document",
};

/** GET routes with exact statuses for signed-in callers (anonymous always gets 401). */
export const STATUS_RULES: Record<string, StatusRule> = {
  'GET /api/snomed-codes': permission(admins, 'gp-record:manage (admins); the code table is national reference data'),
  'GET /api/practice-mailboxes': permission(
    admins,
    'gp-record:manage (admins); the mailbox directory is national reference data',
  ),
  'GET /api/practice-mailboxes/{odsCode}': permission(admins, 'gp-record:manage (admins), as the directory'),
  'GET /api/gp-documents': permission(admins, "gp-record:manage (admins), listing their own organisations' documents only"),
  'GET /api/referrals/{id}/gp-document': gpDocumentOfReferral,
  'GET /api/referrals/{id}/gp-document/bundle': gpDocumentOfReferral,
};

// ---------------------------------------------------------------------------------------------
// Filling the routes
// ---------------------------------------------------------------------------------------------

/**
 * GET routes keyed `GET <OpenAPI path>` → the URLs to call. Every route with a path parameter or
 * a required query parameter must be here or in UNFILLABLE; parameterless routes are called as
 * they are unless listed here with extra variants.
 */
export function getFills(seed: Seed, reportTables: Record<string, string[]>): Record<string, string[]> {
  const A = seed.orgs.A;
  const id = seed.ids;
  // The discharged episode matters where its ending shows (the referral and the message back).
  const day = 86_400_000;
  const calendarWindow = `from=${new Date(Date.now() - day).toISOString()}&to=${new Date(Date.now() + 14 * day).toISOString()}`;
  const referralsBoth = (suffix: string) => [
    `/api/referrals/${id.referral}${suffix}`,
    `/api/referrals/${id.dischargedReferral}${suffix}`,
  ];
  return {
    'GET /api/organisations/{id}': [`/api/organisations/${A.pcn}`],
    'GET /api/users/{id}': [`/api/users/${seed.callers.get('A.link_worker')?.userId}`],
    'GET /api/people': ['/api/people', `/api/people?q=${seed.markers.personFamilyName}`],
    'GET /api/people/{id}': [`/api/people/${id.person}`],
    'GET /api/people/{id}/timeline': [`/api/people/${id.person}/timeline`],
    'GET /api/people/{id}/referrals': [`/api/people/${id.person}/referrals`],
    'GET /api/referrals': [
      '/api/referrals',
      '/api/referrals?mine=made',
      '/api/referrals?mine=assigned',
      `/api/referrals?organisationId=${A.pcn}`,
    ],
    'GET /api/referrals/{id}': referralsBoth(''),
    'GET /api/referrals/{id}/allocation-suggestions': [`/api/referrals/${id.referral}/allocation-suggestions`],
    'GET /api/referrals/{id}/contacts': [`/api/referrals/${id.referral}/contacts`],
    'GET /api/referrals/{id}/care-plan': [`/api/referrals/${id.referral}/care-plan`],
    'GET /api/referrals/{id}/outcome-measures': [`/api/referrals/${id.referral}/outcome-measures`],
    'GET /api/referrals/{id}/message-back': referralsBoth('/message-back'),
    'GET /api/referrals/{id}/healthcare-use': [`/api/referrals/${id.referral}/healthcare-use`],
    'GET /api/organisations/{id}/safeguarding-leads': [`/api/organisations/${A.pcn}/safeguarding-leads`],
    'GET /api/people/{personId}/safeguarding-concerns': [`/api/people/${id.person}/safeguarding-concerns`],
    'GET /api/safeguarding-concerns/{id}': [`/api/safeguarding-concerns/${id.concern}`],
    'GET /api/directory/services/{id}': [
      `/api/directory/services/${id.publicService}`,
      `/api/directory/services/${id.onwardService}`,
    ],
    'GET /api/directory/postcodes/{postcode}': ['/api/directory/postcodes/LS1%204AP'],
    'GET /api/directory/organizations/{id}': [`/api/directory/organizations/${id.directoryOrganisation}`],
    'GET /api/people/{id}/directory-start': [`/api/people/${id.person}/directory-start`],
    'GET /api/people/{id}/onward-referrals': [`/api/people/${id.person}/onward-referrals`],
    'GET /api/onward-referrals/{id}': [`/api/onward-referrals/${id.onwardReferral}`],
    'GET /api/provider/onward-referrals': ['/api/provider/onward-referrals', '/api/provider/onward-referrals?view=all'],
    'GET /api/provider/onward-referrals/{id}': [`/api/provider/onward-referrals/${id.onwardReferral}`],
    'GET /api/unmet-needs': [
      '/api/unmet-needs',
      `/api/unmet-needs?organisationId=${A.pcn}`,
      `/api/unmet-needs?personId=${id.person}`,
    ],
    'GET /api/workforce/posts': [`/api/workforce/posts?pcnId=${A.pcn}`],
    'GET /api/workforce/post-options': [`/api/workforce/post-options?pcnId=${A.pcn}`],
    'GET /api/workforce/posts/{id}': [`/api/workforce/posts/${id.workforcePost}`],
    'GET /api/workforce/funding-plan': [`/api/workforce/funding-plan?pcnId=${A.pcn}`],
    'GET /api/workforce/funding-plan.csv': [
      `/api/workforce/funding-plan.csv?pcnId=${A.pcn}&table=posts`,
      `/api/workforce/funding-plan.csv?pcnId=${A.pcn}&table=schedule`,
    ],
    'GET /api/supervision/sessions': ['/api/supervision/sessions', `/api/supervision/sessions?pcnId=${A.pcn}`],
    'GET /api/supervision/sessions/{id}': [`/api/supervision/sessions/${id.supervisionSession}`],
    'GET /api/supervision/sessions/{id}/notes': [`/api/supervision/sessions/${id.supervisionSession}/notes`],
    'GET /api/supervision/overview': [`/api/supervision/overview?pcnId=${A.pcn}`],
    'GET /api/learning/team': [`/api/learning/team?pcnId=${A.pcn}`],
    'GET /api/pulse/rounds': ['/api/pulse/rounds', `/api/pulse/rounds?organisationId=${A.pcn}`],
    'GET /api/pulse/rounds/{id}/results': [`/api/pulse/rounds/${id.pulseRound}/results`],
    'GET /api/pulse/rounds/{id}/results.csv': [`/api/pulse/rounds/${id.pulseRound}/results.csv`],
    'GET /api/implementation-checklist': [`/api/implementation-checklist?pcnId=${A.pcn}`],
    'GET /api/community/posts': ['/api/community/posts', '/api/community/posts?kind=discussion'],
    'GET /api/community/posts/{id}': [`/api/community/posts/${id.communityPost}`],
    'GET /api/community/posts/{id}/comments': [`/api/community/posts/${id.communityPost}/comments`],
    'GET /api/community/resources/{id}': [`/api/community/resources/${id.communityResource}`],
    'GET /api/community/events/{id}': [`/api/community/events/${id.communityEvent}`],
    'GET /api/community/events/{id}.ics': [`/api/community/events/${id.communityEvent}.ics`],
    'GET /api/community/events/{id}/attendees': [`/api/community/events/${id.communityEvent}/attendees`],
    // Reports asked for PCN A by name (PCN B must be refused it); their CSV tables over the caller's own scope.
    'GET /api/reports/{reportId}': REPORT_IDS.map((r) => `/api/reports/${r}?pcnId=${A.pcn}`),
    // One table per report: each CSV is built from the same report as its JSON (checked in full
    // above), and a report costs a whole run per call.
    'GET /api/reports/{reportId}/tables/{tableId}.csv': Object.entries(reportTables).flatMap(([r, tables]) =>
      tables.slice(0, 1).map((t) => `/api/reports/${r}/tables/${t}.csv`),
    ),
    // The working day (issue 15): the person's record history, messages and letters go with the record.
    'GET /api/people/{id}/versions': [`/api/people/${id.person}/versions`],
    'GET /api/people/{id}/messages': [`/api/people/${id.person}/messages`],
    'GET /api/people/{id}/letters': [`/api/people/${id.person}/letters`],
    'GET /api/letters/{id}.pdf': [`/api/letters/${id.letter}.pdf`],
    'GET /api/onward-referrals/{id}/notes': [`/api/onward-referrals/${id.onwardReferral}/notes`],
    'GET /api/provider/onward-referrals/{id}/notes': [`/api/provider/onward-referrals/${id.onwardReferral}/notes`],
    'GET /api/referrals/{id}/appointments': [`/api/referrals/${id.referral}/appointments`],
    'GET /api/referrals/{id}/appointment-workers': [`/api/referrals/${id.referral}/appointment-workers`],
    'GET /api/appointments/{id}': [`/api/appointments/${id.appointment}`],
    // The caller's own calendar and a supervisor's team, over a window holding the seeded appointment.
    'GET /api/appointments': [`/api/appointments?${calendarWindow}`, `/api/appointments?${calendarWindow}&team=true`],
    // The feed answers to its secret address, not to a session: every caller sends the same
    // request, so only an unknown address can be asked (404 for all, and nothing shown).
    'GET /calendar/{token}.ics': ['/calendar/matrixUnknownFeedToken0123456789.ics'],
    'GET /api/person-messages': ['/api/person-messages', '/api/person-messages?status=failed'],
    'GET /openreferral/services': [
      '/openreferral/services',
      `/openreferral/services?full=true&organization_id=${id.directoryOrganisation}`,
    ],
    // The GP record (issue 16): the discharged episode has a document (built, no mailbox); the active one has none.
    'GET /api/referrals/{id}/gp-document': referralsBoth('/gp-document'),
    'GET /api/referrals/{id}/gp-document/bundle': referralsBoth('/gp-document/bundle'),
    'GET /api/gp-documents': ['/api/gp-documents', '/api/gp-documents?state=no_mailbox'],
    'GET /api/practice-mailboxes': ['/api/practice-mailboxes', `/api/practice-mailboxes?q=${seed.reference.mailboxOdsCode}`],
    'GET /api/practice-mailboxes/{odsCode}': [`/api/practice-mailboxes/${seed.reference.mailboxOdsCode}`],
    'GET /openreferral/services/{id}': [`/openreferral/services/${id.publicService}`],
    'GET /openreferral/organizations/{id}': [`/openreferral/organizations/${id.directoryOrganisation}`],
    'GET /openreferral/taxonomies/{id}': [`/openreferral/taxonomies/${NEEDS_TAXONOMY_ID}`],
    'GET /openreferral/taxonomy_terms/{id}': [`/openreferral/taxonomy_terms/${id.needTerm}`],
  };
}

/** GET routes the matrix does not call, each with the reason. A new route must go in one list or the other. */
export const UNFILLABLE: Record<string, string> = {
  'GET /openreferral/service_at_locations/{id}': 'the seeded services have no locations; the feed is public anyway',
};

// ---------------------------------------------------------------------------------------------
// Writes, called as anonymous and as every PCN B user
// ---------------------------------------------------------------------------------------------

/** Writes not called, with the reason. */
export const WRITE_SKIPPED: Record<string, string> = {
  'POST /api/session': 'signing in is public by design (session.int.test.ts)',
  'DELETE /api/session': "signing out would end the caller's session for the rest of the matrix",
};

/**
 * Valid bodies for the writes that target PCN A's records, so the call gets past validation and
 * the answer shows the access decision: 401 for anonymous, 403 or 404 for PCN B. Other writes are
 * sent `{}` and must simply not succeed.
 */
export function writeBodies(seed: Seed): Record<string, unknown> {
  const lw = seed.callers.get('A.link_worker')?.userId;
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return {
    'POST /api/referrals/{id}/triage': { urgency: 'urgent', complexity: 'low', riskFlags: [], note: 'matrix' },
    'POST /api/referrals/{id}/allocate': { workerId: lw },
    'POST /api/referrals/{id}/transitions': { to: 'withdrawn', reason: 'matrix' },
    'POST /api/referrals/{id}/contacts': { mode: 'phone', successful: false },
    'PUT /api/referrals/{id}/care-plan': { baseVersion: 1, whatMatters: 'x', goals: [], actions: [], reviewDate: null },
    'POST /api/referrals/{id}/outcome-measures': { instrument: 'ons4', timepoint: 'review', items: [1, 1, 1, 1] },
    'POST /api/referrals/{id}/discharge': { outcome: 'other', reason: 'matrix', summary: '' },
    'PUT /api/referrals/{id}/healthcare-use': {
      gpConsultationsBefore: 1,
      gpConsultationsAfter: 0,
      aeAttendancesBefore: 0,
      aeAttendancesAfter: 0,
    },
    'POST /api/people/{personId}/safeguarding-concerns': { category: 'financial', description: 'matrix', immediateRisk: false },
    'POST /api/safeguarding-concerns/{id}/transitions': { to: 'managed_internally', note: 'matrix' },
    'PUT /api/organisations/{id}/safeguarding-leads': { userIds: [] },
    'PUT /api/supervision/sessions/{id}/notes': { privateNotes: 'overwritten by the matrix' },
    'POST /api/onward-referrals/{id}/status': { status: 'cancelled', reason: 'matrix' },
    'POST /api/provider/onward-referrals/{id}/status': { status: 'completed' },
    'POST /api/people/{id}/onward-referrals': {
      serviceId: seed.ids.onwardService,
      sharedFields: ['name'],
      consentGiven: true,
      note: 'matrix',
    },
    'POST /api/unmet-needs': { personId: seed.ids.person, needTermId: seed.ids.needTerm, area: 'LS1', reason: 'full' },
    'POST /api/pulse/rounds/{id}/close': {},
    'PUT /api/implementation-checklist/items/{id}': { title: 'matrix', status: 'done' },
    'DELETE /api/implementation-checklist/items/{id}': {},
    'PATCH /api/organisations/{id}': { name: 'Renamed by the matrix' },
    // The working day (issue 15).
    'PATCH /api/people/{id}': { baseVersion: 1, givenName: 'Matrix', familyName: 'Person' },
    'POST /api/people/{id}/messages': { message: 'matrix' },
    'POST /api/person-messages/{id}/retry': {},
    'POST /api/referrals/{id}/letters': { kind: 'care_plan' },
    'POST /api/appointments/{id}/letters': { largePrint: false },
    'POST /api/onward-referrals/{id}/notes': { body: 'matrix' },
    'POST /api/provider/onward-referrals/{id}/notes': { body: 'matrix' },
    'POST /api/referrals/{id}/appointments': { date: inDays(3), time: '11:00', durationMinutes: 30, mode: 'phone' },
    'PATCH /api/appointments/{id}': { version: 1, date: inDays(4), time: '11:00' },
    'POST /api/appointments/{id}/cancel': { version: 1, reason: 'matrix' },
    'POST /api/appointments/{id}/did-not-attend': { version: 1 },
    'POST /api/appointments/{id}/attended': { version: 1 },
    'POST /api/tasks': { title: 'matrix', dueOn: inDays(1), referralId: seed.ids.referral },
    'PATCH /api/tasks/{id}': { version: 1, title: 'matrix' },
    'DELETE /api/tasks/{id}': {},
    'POST /api/tasks/{id}/complete': { version: 1 },
    'POST /api/tasks/{id}/reopen': { version: 1 },
    'POST /api/tasks/{id}/snooze': { version: 1, until: inDays(5) },
    'POST /api/notifications/{id}/read': {},
    // The GP record (issue 16): a fresh code and ODS code each time, so an admin's call succeeds.
    'POST /api/gp-documents/{id}/resend': {},
    'POST /api/snomed-codes': { code: randomConceptId(), term: 'Matrix code', use: 'other' },
    'PATCH /api/snomed-codes/{code}': { term: 'Renamed by the matrix' },
    'POST /api/practice-mailboxes': {
      odsCode: `YW${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      mailboxId: 'YWMATRIXOT',
    },
    'PATCH /api/practice-mailboxes/{odsCode}': { note: 'Changed by the matrix' },
    'DELETE /api/practice-mailboxes/{odsCode}': {},
  };
}

/** Path parameters of write routes: the PCN A record each route acts on. */
export function writeParams(seed: Seed): Record<string, Record<string, string>> {
  const id = seed.ids;
  const A = seed.orgs.A;
  const byPrefix: [string, Record<string, string>][] = [
    ['/api/referrals/{id}', { id: id.referral }],
    ['/api/people/{personId}', { personId: id.person }],
    ['/api/people/{id}', { id: id.person }],
    ['/api/safeguarding-concerns/{id}', { id: id.concern }],
    ['/api/organisations/{id}', { id: A.pcn }],
    ['/api/users/{id}', { id: seed.callers.get('A.link_worker')?.userId ?? '' }],
    ['/api/supervision/sessions/{id}', { id: id.supervisionSession }],
    ['/api/onward-referrals/{id}', { id: id.onwardReferral }],
    ['/api/provider/onward-referrals/{id}', { id: id.onwardReferral }],
    ['/api/directory/services/{id}', { id: id.onwardService }],
    ['/api/directory/organizations/{id}', { id: id.directoryOrganisation }],
    ['/api/workforce/posts/{id}', { id: id.workforcePost }],
    ['/api/pulse/rounds/{id}', { id: id.pulseRound }],
    ['/api/implementation-checklist/items/{id}', { id: id.checklistItem }],
    ['/api/community/posts/{id}', { id: id.communityPost }],
    ['/api/community/comments/{id}', { id: id.communityComment }],
    ['/api/community/events/{id}', { id: id.communityEvent }],
    ['/api/community/resources/{id}', { id: id.communityResource }],
    ['/api/appointments/{id}', { id: id.appointment }],
    ['/api/tasks/{id}', { id: id.task }],
    ['/api/person-messages/{id}', { id: id.personMessage }],
    ['/api/notifications/{id}', { id: id.notification }],
    ['/api/gp-documents/{id}', { id: id.gpDocument }],
    ['/api/snomed-codes/{code}', { code: seed.reference.snomedCode }],
    ['/api/practice-mailboxes/{odsCode}', { odsCode: seed.reference.mailboxOdsCode }],
  ];
  return Object.fromEntries(byPrefix);
}

/**
 * Writes behind gp-record:manage, sent with valid bodies by every signed-in caller of PCN A and
 * the ICB: 403 to those without it, and the success status to PCN A's administrator (who may
 * make each of them: the codes and mailboxes are reference data, the document is PCN A's).
 */
export const GATED_WRITES: { route: string; who: Who; success: number; why: string }[] = [
  { route: 'POST /api/gp-documents/{id}/resend', who: admins, success: 200, why: "gp-record:manage over the document's PCN" },
  { route: 'POST /api/snomed-codes', who: admins, success: 201, why: 'gp-record:manage' },
  { route: 'PATCH /api/snomed-codes/{code}', who: admins, success: 200, why: 'gp-record:manage' },
  { route: 'POST /api/practice-mailboxes', who: admins, success: 201, why: 'gp-record:manage' },
  { route: 'PATCH /api/practice-mailboxes/{odsCode}', who: admins, success: 200, why: 'gp-record:manage' },
  { route: 'DELETE /api/practice-mailboxes/{odsCode}', who: admins, success: 204, why: 'gp-record:manage' },
];

/**
 * Writes that a signed-in user of any organisation may make on the seeded records, with why.
 * Anonymous may make none of them.
 */
export const WRITES_OPEN_TO_OTHERS: { route: string; who: Who; why: string }[] = [
  {
    route: 'POST /api/community/comments/{id}/report',
    who: signedIn,
    why: 'community-policy: any member may report a comment on a post they can read (members-only posts are for every member)',
  },
  { route: 'PUT /api/community/posts/{id}/favourite', who: signedIn, why: 'a member favourites any post they can read' },
  { route: 'DELETE /api/community/posts/{id}/favourite', who: signedIn, why: 'and un-favourites it' },
  {
    route: 'POST /api/notifications/read-all',
    who: signedIn,
    why: "every user marks their own notifications read; PCN A's stay unread (POST /api/notifications/{id}/read on one of them is 404)",
  },
  ...['POST', 'DELETE'].map((method) => ({
    route: `${method} /api/calendar-feed`,
    who: (c: CallerSpec) => c.role === 'link_worker' || c.role === 'supervisor',
    why: 'a worker (referrals:work) makes or turns off their own calendar address; it shows only their own appointments in their own PCNs',
  })),
  ...[
    'POST /api/snomed-codes',
    'PATCH /api/snomed-codes/{code}',
    'POST /api/practice-mailboxes',
    'PATCH /api/practice-mailboxes/{odsCode}',
    'DELETE /api/practice-mailboxes/{odsCode}',
  ].map((route) => ({
    route,
    who: admins,
    why: "gp-record:manage: the SNOMED CT codes and the practice mailbox directory are national reference data, not any PCN's (practice-mailbox-service.ts)",
  })),
  ...['verify', 'archive', 'restore'].map((action) => ({
    route: `POST /api/directory/services/{id}/${action}`,
    who: (c: CallerSpec) => c.role === 'admin',
    why: 'directory-policy: directory administrators curate every service; the directory is shared across the system, not owned by a tenant',
  })),
];
