import { type CreateContactRequest, isValidNhsNumber, type PersonInput } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { PathwayPolicy } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { saveCarePlan } from '../care/care-plan-service.ts';
import { dischargeReferral } from '../care/discharge-service.ts';
import { recordMeasure } from '../care/outcome-measure-service.ts';
import { recordContact } from '../referrals/contact-service.ts';
import { createReferral } from '../referrals/referral-service.ts';
import { allocateReferral, transitionReferral, triageReferral } from '../referrals/triage-service.ts';
import { createSelfReferral } from '../self-referral/self-referral-service.ts';
import { DEMO_CASES, type DemoCase, type DemoStage } from './demo-cases.ts';
import { demoMeasure } from './demo-measures.ts';
import { DEMO_STORIES, type DemoStory } from './demo-stories.ts';
import { referralIdFromReference, spreadReferralHistory } from './demo-timeline-repository.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** How far along the pathway each stage is, so a later stage does everything an earlier one does. */
const PROGRESS: Record<Exclude<DemoStage, 'self_referral' | 'declined'>, number> = {
  received: 0,
  triaged: 1,
  allocated: 2,
  not_reached: 2,
  contacted: 3,
  withdrawn: 3,
  active: 4,
  discharged: 5,
};

interface DemoActors {
  referrer: RequestContext;
  supervisor: RequestContext;
  linkWorker: RequestContext;
  linkWorkerId: string;
}

interface DemoSetting {
  pcn: string;
  practice: string;
  policy: PathwayPolicy;
  now: Date;
}

/**
 * Works each demo referral (demo-cases.ts) through the same use cases the screens call — the
 * referrer refers (or the person refers themselves), the supervisor triages and allocates to the
 * demo link worker, who logs contacts, records outcome measures, writes the care plan and
 * discharges — so every row is checked and audited as a real one is; then spreads each
 * referral's history back over the weeks it is meant to have taken. Returns how many referrals.
 */
export async function loadDemoReferrals(db: Db, setting: DemoSetting): Promise<number> {
  const linkWorker = await contextForUser(db, 'linkworker@kith.example');
  const actors: DemoActors = {
    referrer: await contextForUser(db, 'referrer@kith.example'),
    supervisor: await contextForUser(db, 'supervisor@kith.example'),
    linkWorker,
    linkWorkerId: linkWorker.actor?.userId ?? '',
  };
  for (const [index, demo] of DEMO_CASES.entries()) {
    const referralId = await workDemoCase(db, { actors, setting, demo, index });
    const from = new Date(setting.now.getTime() - demo.receivedDaysAgo * DAY_MS - (1 + (index % 5)) * 45 * MINUTE_MS);
    const last = new Date(setting.now.getTime() - demo.lastDaysAgo * DAY_MS - 20 * MINUTE_MS);
    await spreadReferralHistory(db, referralId, { from, to: last > from ? last : from });
  }
  return DEMO_CASES.length;
}

interface CaseWork {
  actors: DemoActors;
  setting: DemoSetting;
  demo: DemoCase;
  index: number;
}

async function workDemoCase(db: Db, work: CaseWork): Promise<string> {
  const { actors, setting, demo, index } = work;
  const story = DEMO_STORIES[demo.reason];
  if (demo.stage === 'self_referral') return selfRefer(db, work, story);
  const id = await refer(db, work, story);
  if (demo.stage === 'declined') {
    await transitionReferral(db, actors.supervisor, id, {
      to: 'declined',
      reason: 'Needs specialist housing advice first: passed to the council’s housing options team.',
    });
    return id;
  }
  const progress = PROGRESS[demo.stage];
  if (progress >= 1) {
    await triageReferral(db, actors.supervisor, id, {
      urgency: demo.urgency ?? 'routine',
      complexity: demo.complexity ?? 'medium',
      riskFlags: demo.riskFlags ?? [],
    });
  }
  if (progress >= 2) {
    await allocateReferral(db, actors.supervisor, id, { input: { workerId: actors.linkWorkerId }, policy: setting.policy });
    const failed = demo.stage === 'not_reached' ? setting.policy.notReachedAfterAttempts : (demo.failedAttempts ?? 0);
    for (let attempt = 0; attempt < failed; attempt++) {
      await contact(db, work, id, { mode: 'phone', successful: false, notes: 'No answer; left a voicemail.' });
    }
  }
  if (progress >= 3) {
    await contact(db, work, id, {
      mode: 'phone',
      successful: true,
      durationMinutes: 20 + (index % 4) * 5,
      notes: story.firstContactNote,
    });
    await recordMeasure(db, actors.linkWorker, id, demoMeasure('ons4', 'baseline', index));
  }
  if (demo.stage === 'withdrawn') {
    await transitionReferral(db, actors.linkWorker, id, {
      to: 'withdrawn',
      reason: 'Asked to stop for now: feeling better and would rather manage on her own.',
    });
    return id;
  }
  if (progress >= 4) await engage(db, work, id, story);
  if (demo.stage === 'discharged' && demo.discharge) {
    await recordMeasure(db, actors.linkWorker, id, demoMeasure('ons4', 'discharge', index));
    await recordMeasure(db, actors.linkWorker, id, demoMeasure('swemwbs', 'discharge', index));
    await dischargeReferral(db, actors.linkWorker, id, demo.discharge);
  }
  return id;
}

/** The person takes part: a face-to-face meeting, baseline wellbeing, a care plan, and a review for some. */
async function engage(db: Db, work: CaseWork, id: string, story: DemoStory): Promise<void> {
  const { actors, setting, demo, index } = work;
  await contact(db, work, id, {
    mode: index % 3 === 0 ? 'home_visit' : 'face_to_face',
    successful: true,
    durationMinutes: 45 + (index % 3) * 15,
    notes: 'Met to talk about what matters and agree a plan.',
  });
  await recordMeasure(db, actors.linkWorker, id, demoMeasure('swemwbs', 'baseline', index));
  if (story.reasons.includes('loneliness'))
    await recordMeasure(db, actors.linkWorker, id, demoMeasure('ucla3', 'baseline', index));
  const givenName = demo.name.split(' ')[0] ?? demo.name;
  await saveCarePlan(db, actors.linkWorker, id, {
    baseVersion: 0,
    whatMatters: story.whatMatters,
    goals: story.goals.map((text, n) => ({ id: `goal-${n + 1}`, text })),
    actions: story.actions.map((action, n) => ({
      id: `action-${n + 1}`,
      text: action.text,
      owner: action.owner === 'person' ? givenName : (actors.linkWorker.actor?.displayName ?? 'Link worker'),
      dueDate: isoDate(setting.now, action.dueInDays),
      done: action.done,
    })),
    reviewDate: isoDate(setting.now, 7 + (index % 4) * 7),
  });
  if (demo.reviewed || demo.stage === 'discharged') {
    await contact(db, work, id, {
      mode: 'group',
      successful: true,
      durationMinutes: 90,
      notes: 'Went along to the group together.',
    });
    await recordMeasure(db, actors.linkWorker, id, demoMeasure('ons4', 'review', index));
    await recordMeasure(db, actors.linkWorker, id, demoMeasure('swemwbs', 'review', index));
  }
}

async function refer(db: Db, { actors, setting, demo, index }: CaseWork, story: DemoStory): Promise<string> {
  const created = await db.transaction((tx) =>
    createReferral(tx, actors.referrer, {
      organisationId: setting.pcn,
      person: { ...demoPerson(demo, index), registeredPracticeId: setting.practice, preferredContactMethod: 'phone' },
      reasons: story.reasons,
      notes: story.referralNote,
      urgency: demo.urgency ?? 'routine',
      consent: { toReferral: true, toDataSharing: true },
    }),
  );
  return created.id;
}

async function selfRefer(db: Db, { setting, demo, index }: CaseWork, story: DemoStory): Promise<string> {
  const person = demoPerson(demo, index);
  const accepted = await db.transaction((tx) =>
    createSelfReferral(tx, `demo-self-referral-${index}`, {
      organisationId: setting.pcn,
      person: { ...person, dateOfBirth: demo.dateOfBirth, postcode: demo.postcode, phone: person.phone ?? null },
      reasons: story.reasons,
      helpWanted: story.whatMatters,
      consent: { toReferral: true, toDataSharing: true },
      startedAt: setting.now.getTime(),
    }),
  );
  const id = await referralIdFromReference(db, accepted.reference);
  if (!id) throw new Error(`demo self-referral ${accepted.reference} not found`);
  return id;
}

function contact(db: Db, { actors, setting }: CaseWork, id: string, input: CreateContactRequest) {
  return recordContact(db, actors.linkWorker, id, { input, policy: setting.policy });
}

/** The person as their GP practice would send them: a made-up NHS number in the 999 test range. */
function demoPerson(demo: DemoCase, index: number): PersonInput {
  const [givenName = demo.name, ...rest] = demo.name.split(' ');
  return {
    givenName,
    familyName: rest.join(' '),
    dateOfBirth: demo.dateOfBirth,
    postcode: demo.postcode,
    phone: `07700 900${String(100 + index * 7).padStart(3, '0')}`,
    nhsNumber: testNhsNumber(index),
  };
}

/** The first valid NHS number in 999 000 nnn 0–9 for the index (999 numbers are never issued to people). */
function testNhsNumber(index: number): string {
  const stem = `999${String(100_000 + index * 137).padStart(6, '0')}`;
  for (let check = 0; check < 10; check++) if (isValidNhsNumber(`${stem}${check}`)) return `${stem}${check}`;
  return testNhsNumber(index + 1000);
}

function isoDate(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}
