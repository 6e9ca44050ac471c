import type { CreateCommunityEventRequest, CreateCommunityResourceRequest } from '@kith/shared';
import { inArray } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { communityResources } from '../../db/schema/index.ts';
import { inviteToEvent } from './events/event-invitation-service.ts';
import { createEvent } from './events/event-service.ts';
import { findProfile, insertProfile, updateProfile } from './members/member-repository.ts';
import { createResource } from './resources/resource-service.ts';

/**
 * Demo data for the community of practice (never loaded in production): a resources library
 * whose links are real public pages where we are sure of them (NHS England, GOV.UK, the
 * National Academy for Social Prescribing) and example.org placeholders, marked as such,
 * where we are not; and three upcoming events with the demo link workers invited.
 */
const PLACEHOLDER = ' (Demo entry: the link is a placeholder.)';

export const DEMO_RESOURCES: CreateCommunityResourceRequest[] = [
  {
    title: 'Social prescribing: summary guide',
    kind: 'guide',
    category: 'Social prescribing',
    summary:
      'NHS England’s social prescribing pages and the summary guide for people leading local implementation: what good social prescribing looks like and the standard model.',
    url: 'https://www.england.nhs.uk/personalisedcare/social-prescribing/',
    tags: ['social prescribing', 'nhs england', 'standard model'],
  },
  {
    title: 'Social prescribing: frequently asked questions',
    kind: 'guide',
    category: 'Social prescribing',
    summary: 'The key elements of good social prescribing and the link worker role, answered by NHS England.',
    url: 'https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/',
    tags: ['social prescribing', 'link workers'],
  },
  {
    title: 'Social prescribing: applying All Our Health',
    kind: 'guide',
    category: 'Social prescribing',
    summary:
      'Guidance for frontline health and care staff on promoting the benefits of social prescribing, with an e-learning session.',
    url: 'https://www.gov.uk/government/publications/social-prescribing-applying-all-our-health/social-prescribing-applying-all-our-health',
    tags: ['social prescribing', 'e-learning'],
  },
  {
    title: 'What is social prescribing? (National Academy for Social Prescribing)',
    kind: 'link',
    category: 'Social prescribing',
    summary: 'A plain-English introduction to social prescribing to share with partners and the people you support.',
    url: 'https://socialprescribingacademy.org.uk/about-us/what-is-social-prescribing/',
    tags: ['social prescribing', 'introduction'],
  },
  {
    title: 'PCN implementation checklist',
    kind: 'checklist',
    category: 'Implementation',
    summary: `Steps for a primary care network bringing in social prescribing link workers: recruitment, supervision, IT access, referral routes and measuring outcomes.${PLACEHOLDER}`,
    url: 'https://example.org/kith-demo/pcn-implementation-checklist',
    tags: ['pcn', 'implementation', 'recruitment'],
  },
  {
    title: 'Common outcomes framework',
    kind: 'guide',
    category: 'Outcomes',
    summary: `Measuring the impact of social prescribing on the person, the health and care system and the community.${PLACEHOLDER}`,
    url: 'https://example.org/kith-demo/common-outcomes-framework',
    tags: ['outcomes', 'evaluation'],
  },
  {
    title: 'Person-centred care toolkit',
    kind: 'toolkit',
    category: 'Personalised care',
    summary: `Conversation prompts, “what matters to me” planning templates and examples of personalised care and support plans.${PLACEHOLDER}`,
    url: 'https://example.org/kith-demo/person-centred-care-toolkit',
    tags: ['personalised care', 'what matters to me', 'templates'],
  },
  {
    title: 'Personalised care and support planning: a brief summary guide',
    kind: 'guide',
    category: 'Personalised care',
    summary: 'NHS England’s guide for integrated care systems on implementing personalised care and support planning.',
    url: 'https://www.england.nhs.uk/long-read/personalised-care-and-support-planning-a-brief-summary-guide/',
    tags: ['personalised care', 'care and support planning'],
  },
  {
    title: 'Comprehensive Model of Personalised Care',
    kind: 'link',
    category: 'Personalised care',
    summary: 'The six components of personalised care, social prescribing among them.',
    url: 'https://www.england.nhs.uk/personalisedcare/comprehensive-model/',
    tags: ['personalised care', 'nhs england'],
  },
];

/** Wall-clock UK date `days` from `now`, as YYYY-MM-DD (event times below are UK time). */
function ukDate(now: Date, days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(now.getTime() + days * 86_400_000));
}

function demoEvents(now: Date): CreateCommunityEventRequest[] {
  return [
    {
      kind: 'webinar',
      title: 'Safeguarding in social prescribing (fortnightly webinar)',
      description:
        'Recognising and responding to safeguarding concerns as a link worker, with time for questions. The joining link is a demo placeholder.',
      startsAt: `${ukDate(now, 7)}T12:30`,
      endsAt: `${ukDate(now, 7)}T13:30`,
      onlineUrl: 'https://example.org/kith-demo/webinar-safeguarding',
      capacity: 100,
      audience: 'Link workers, supervisors and VCSE partners',
    },
    {
      kind: 'network_meeting',
      title: 'Riverside link worker network meeting',
      description:
        'Share what is working, meet local community organisations and plan the next quarter together. Tea and coffee provided.',
      startsAt: `${ukDate(now, 14)}T10:00`,
      endsAt: `${ukDate(now, 14)}T12:30`,
      place: 'Riverside Community Hall (demo), 1 River Street',
      capacity: 20,
      audience: 'Link workers and community partners in Riverside PCN',
    },
    {
      kind: 'webinar',
      title: 'Care and support planning (fortnightly webinar)',
      description:
        'Writing personalised care and support plans with people, not for them. The joining link is a demo placeholder.',
      startsAt: `${ukDate(now, 21)}T12:30`,
      endsAt: `${ukDate(now, 21)}T13:30`,
      onlineUrl: 'https://example.org/kith-demo/webinar-care-planning',
      capacity: null,
      audience: 'Everyone in the community',
    },
  ];
}

/**
 * Loads the community demo: makes `editorEmail` (an existing demo user) a community editor
 * and moderator, adds the resources not already there (by title), creates the events and
 * invites every link worker to them. Resources, events and invitations go through the use cases,
 * so they are audited as the editor's own.
 */
export async function loadDemoCommunity(db: Db, options: { editorEmail: string; publicUrl: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const { publicUrl } = options;
  const ctx = await contextForUser(db, options.editorEmail);
  const userId = ctx.actor?.userId ?? '';
  if (await findProfile(db, userId)) await updateProfile(db, userId, { isEditor: true, isModerator: true });
  else await insertProfile(db, { userId, emailVerifiedAt: now, isEditor: true, isModerator: true });

  const titles = DEMO_RESOURCES.map((r) => r.title);
  const existing = await db
    .select({ title: communityResources.title })
    .from(communityResources)
    .where(inArray(communityResources.title, titles));
  const present = new Set(existing.map((r) => r.title));
  for (const resource of DEMO_RESOURCES) {
    if (!present.has(resource.title)) await createResource(db, ctx, resource, now);
  }
  for (const event of demoEvents(now)) {
    const created = await createEvent(db, ctx, { input: event, publicUrl, now });
    await inviteToEvent(db, ctx, {
      eventId: created.id,
      request: { invitees: [{ kind: 'role', role: 'link_worker' }] },
      publicUrl,
      now,
    });
  }
}
