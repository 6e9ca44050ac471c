import type { Sex } from '@kith/shared';
import { createTestOrg, createTestUser, type TestUser } from '../../../test/tenant-test-data.ts';
import type { Db } from '../../db/client.ts';
import { contacts, healthcareUse, people, referrals, referralTransitions, unmetNeeds } from '../../db/schema/index.ts';
import { createTestTerm } from '../directory/directory-test-data.ts';
import { createTestPost } from './pressure/pressure-test-data.ts';

/**
 * Two PCNs ("twins") in one ICB whose data differ only in ways small-number suppression must
 * hide, for report-indistinguishability.int.test.ts (issue 12). Each twin has 5 whole-time link
 * workers and the same 18 referrals, healthcare use for 7 of them and 18 unmet needs. Twin B also has one
 * extra referral (allocated, never contacted) and one extra unmet need on each of three
 * consecutive days, so as the period end moves a day at a time B is 0, 1, 2 then 3 ahead:
 *   - every small cell the extras fall in is 1 in A and 1 to 4 in B (source "self", reason
 *     housing, sex and ethnic category not recorded, age 75–84, area "Hilltop" — which also
 *     overtakes "Riverside" (3), so an order by exact count would give it away);
 *   - every larger count is 18 in A and 18 to 21 in B (referred, open cases, weighted cases,
 *     allocated in the last year, people supported, unmet needs), all rounding to 20;
 *   - B also has a sixth whole-time link worker: 5 against 6 workers and WTE, both rounding to 5.
 * A commissioner must not be able to tell the twins apart on any day, whatever assumptions they
 * put in the ROI query. Dates are relative to `now`, because caseload pressure is "now".
 */
export interface TwinFixture {
  icbId: string;
  twins: Record<TwinKey, { pcnId: string; pcnName: string; practiceName: string }>;
  commissioner: TestUser;
  /** Sees exact figures over the same ICB: the guard that the twins really differ. */
  icbManager: TestUser;
  /** The fixed start of every period asked for. */
  from: string;
  /** The period ends to try, one a day: from the day before the first extra to the day after the last. */
  periodEnds: string[];
}

export type TwinKey = 'a' | 'b';

const DAY_MS = 86_400_000;
const BASE_REFERRALS = 18;
/** Referrals 0–13 were contacted and are active; 14–17 are allocated, not yet reached. */
const CONTACTED = 14;
/** GP consultations and A&E attendances before → after, for referrals 0–6. */
const HEALTHCARE: [number, number, number, number][] = [
  [6, 3, 1, 0],
  [4, 4, 0, 0],
  [8, 5, 2, 1],
  [5, 2, 1, 1],
  [7, 6, 0, 0],
  [3, 3, 1, 0],
  [9, 4, 2, 0],
];
/** Unmet needs by area in each twin: 18 in all; "Hilltop" is where twin B's extras go. */
const BASE_NEEDS: [string, number][] = [
  ['Town', 14],
  ['Riverside', 3],
  ['Hilltop', 1],
];
const EXTRAS = 3;

interface Person {
  source: 'gp_practice' | 'self';
  reason: string;
  sex: Sex | null;
  ethnicity: 'A' | null;
  dateOfBirth: string;
}
/** The one person in each small cell, and twin B's extras: all in the same small cells. */
const SMALL_CELLS: Person = { source: 'self', reason: 'housing', sex: null, ethnicity: null, dateOfBirth: '1948-06-01' };
const USUAL: Person = { source: 'gp_practice', reason: 'loneliness', sex: 'female', ethnicity: 'A', dateOfBirth: '1980-01-01' };

export async function createTwinFixture(db: Db, now: Date): Promise<TwinFixture> {
  const suffix = crypto.randomUUID().slice(0, 8);
  const day = (offset: number) => new Date(now.getTime() + offset * DAY_MS);
  const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);
  const baseAt = new Date(`${isoDay(-120)}T09:00:00Z`);
  const extraAt = (i: number) => new Date(`${isoDay(-20 + i)}T12:00:00Z`);

  const icbId = await createTestOrg(db, { kind: 'icb', name: `Twin ICB ${suffix}` });
  const need = await createTestTerm(db, { name: `Twin need ${suffix}` });
  const twins = {} as TwinFixture['twins'];
  for (const key of ['a', 'b'] as const) {
    const pcnName = `Twin PCN ${key.toUpperCase()} ${suffix}`;
    const practiceName = `Twin practice ${key.toUpperCase()} ${suffix}`;
    const pcnId = await createTestOrg(db, { kind: 'pcn', parentId: icbId, name: pcnName });
    const practiceId = await createTestOrg(db, { kind: 'gp_practice', parentId: pcnId, name: practiceName });
    twins[key] = { pcnId, pcnName, practiceName };
    const workers: string[] = [];
    for (let i = 0; i < 5; i++) {
      workers.push((await createTestUser(db, [{ organisationId: pcnId, role: 'link_worker' }])).id);
    }
    // A whole-time post each: 5 WTE, so the ROI has a cost a commissioner may see (5 rounds to 5).
    for (const worker of workers) {
      await createTestPost(db, { pcnId, employerId: practiceId, holderUserId: worker, wte: 1, startDate: '2020-01-01' });
    }

    const referral = async (person: Person, worker: string, at: Date, contacted: boolean) => {
      const [p] = await db
        .insert(people)
        .values({
          organisationId: pcnId,
          givenName: 'Twin',
          familyName: `Person ${suffix}`,
          dateOfBirth: person.dateOfBirth,
          sex: person.sex,
          ethnicCategory: person.ethnicity,
          registeredPracticeId: practiceId,
        })
        .returning({ id: people.id });
      const personId = p?.id as string;
      const [r] = await db
        .insert(referrals)
        .values({
          organisationId: pcnId,
          personId,
          source: person.source,
          status: contacted ? 'active' : 'allocated',
          reasons: [person.reason],
          assignedWorkerId: worker,
          consentToReferral: true,
          consentToDataSharing: true,
          consentRecordedAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: referrals.id });
      const referralId = r?.id as string;
      const after = (hours: number) => new Date(at.getTime() + hours * 3_600_000);
      await db.insert(referralTransitions).values({ referralId, fromStatus: 'received', toStatus: 'allocated', at: after(1) });
      if (contacted) {
        await db
          .insert(contacts)
          .values({ referralId, personId, workerUserId: worker, occurredAt: after(48), mode: 'phone', successful: true });
        await db.insert(referralTransitions).values([
          { referralId, fromStatus: 'allocated', toStatus: 'contacted', at: after(48) },
          { referralId, fromStatus: 'contacted', toStatus: 'active', at: after(72) },
        ]);
      }
      return { referralId, personId };
    };

    for (let i = 0; i < BASE_REFERRALS; i++) {
      const { referralId, personId } = await referral(
        i === 0 ? SMALL_CELLS : USUAL,
        workers[i % 5] as string,
        baseAt,
        i < CONTACTED,
      );
      const use = HEALTHCARE[i];
      if (use) {
        await db.insert(healthcareUse).values({
          referralId,
          personId,
          gpConsultationsBefore: use[0],
          gpConsultationsAfter: use[1],
          aeAttendancesBefore: use[2],
          aeAttendancesAfter: use[3],
        });
      }
    }
    const unmet = (area: string, at: Date) => ({
      organisationId: pcnId,
      needTermId: need,
      area,
      reason: 'full' as const,
      recordedBy: workers[0] as string,
      recordedAt: at,
    });
    await db.insert(unmetNeeds).values(BASE_NEEDS.flatMap(([area, n]) => Array.from({ length: n }, () => unmet(area, baseAt))));

    if (key === 'b') {
      // A sixth whole-time worker with no cases yet: 6 workers and 6 WTE, both shown as 5.
      const sixth = (await createTestUser(db, [{ organisationId: pcnId, role: 'link_worker' }])).id;
      await createTestPost(db, { pcnId, employerId: practiceId, holderUserId: sixth, wte: 1, startDate: '2020-01-01' });
      for (let i = 0; i < EXTRAS; i++) {
        await referral(SMALL_CELLS, workers[1] as string, extraAt(i), false);
        await db.insert(unmetNeeds).values(unmet('Hilltop', extraAt(i)));
      }
    }
  }

  const commissioner = await createTestUser(db, [{ organisationId: icbId, role: 'commissioner' }]);
  const icbManager = await createTestUser(db, [{ organisationId: icbId, role: 'pcn_manager' }]);
  return {
    icbId,
    twins,
    commissioner,
    icbManager,
    from: isoDay(-200),
    periodEnds: Array.from({ length: EXTRAS + 2 }, (_, i) => isoDay(-21 + i)),
  };
}
