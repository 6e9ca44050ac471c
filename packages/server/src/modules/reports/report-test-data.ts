import { scoreMeasure } from '@kith/shared';
import { createTestOrg, createTestUser, type TestUser } from '../../../test/tenant-test-data.ts';
import type { Db } from '../../db/client.ts';
import { contacts, healthcareUse, outcomeMeasures, people, referrals, referralTransitions } from '../../db/schema/index.ts';
import { replaceServedPcns } from '../organisations/organisation-repository.ts';
import { insertFixtureOnward } from './report-onward-test-data.ts';
import {
  afterDays,
  FIXTURE_PERIOD,
  HEALTHCARE_USE,
  MEASURES,
  type PracticeKey,
  REFERRALS,
  type WorkerKey,
} from './report-spec-test-data.ts';

/**
 * Writes the hand-computable report fixture (report-spec-test-data.ts) for one test tenant: a
 * fresh ICB with the fixture PCN (practices A and B), a second PCN with nothing in it, two VCSE
 * organisations serving the fixture PCN, the two link workers, and the people who read reports:
 * a PCN manager of the fixture PCN, a commissioner of the ICB and a PCN manager over the whole
 * ICB (who sees the same scope as the commissioner, unsuppressed). Names carry a random suffix,
 * because the directory and user tables are shared by every test.
 */
export interface ReportFixture {
  suffix: string;
  icbId: string;
  pcnId: string;
  otherPcnId: string;
  practices: Record<PracticeKey, { id: string; name: string }>;
  workers: Record<WorkerKey, TestUser & { name: string }>;
  pcnManager: TestUser;
  icbManager: TestUser;
  commissioner: TestUser;
  referralIds: Record<string, string>;
  period: typeof FIXTURE_PERIOD;
}

export async function createReportFixture(db: Db): Promise<ReportFixture> {
  const suffix = crypto.randomUUID().slice(0, 8);
  const icbId = await createTestOrg(db, { kind: 'icb', name: `Fixture ICB ${suffix}` });
  const pcnId = await createTestOrg(db, { kind: 'pcn', parentId: icbId, name: `Fixture PCN ${suffix}` });
  const otherPcnId = await createTestOrg(db, { kind: 'pcn', parentId: icbId, name: `Other PCN ${suffix}` });
  const practices = {
    A: { name: `Alder Surgery ${suffix}`, id: '' },
    B: { name: `Birch Lane Medical Centre ${suffix}`, id: '' },
  };
  for (const practice of Object.values(practices)) {
    practice.id = await createTestOrg(db, { kind: 'gp_practice', parentId: pcnId, name: practice.name });
  }
  const vcseIds = [
    await createTestOrg(db, { kind: 'vcse', parentId: icbId, name: `Acorn VCSE ${suffix}` }),
    await createTestOrg(db, { kind: 'vcse', parentId: icbId, name: `Cedar VCSE ${suffix}` }),
  ];
  for (const vcseId of vcseIds) await replaceServedPcns(db, vcseId, [pcnId]);

  const worker = async (first: string) => {
    const name = `${first} Fixtureworker-${suffix}`;
    return { ...(await createTestUser(db, [{ organisationId: pcnId, role: 'link_worker' }], { displayName: name })), name };
  };
  const workers = { ash: await worker('Ash'), birch: await worker('Birch') };
  const pcnManager = await createTestUser(db, [{ organisationId: pcnId, role: 'pcn_manager' }]);
  const icbManager = await createTestUser(db, [{ organisationId: icbId, role: 'pcn_manager' }]);
  const commissioner = await createTestUser(db, [{ organisationId: icbId, role: 'commissioner' }]);

  const referralIds: Record<string, string> = {};
  const personIds: Record<string, string> = {};
  for (const spec of REFERRALS) {
    const [person] = await db
      .insert(people)
      .values({
        organisationId: pcnId,
        givenName: 'Fixture',
        familyName: `Person ${spec.key}`,
        dateOfBirth: spec.dateOfBirth,
        sex: spec.sex,
        ethnicCategory: spec.ethnicity,
        registeredPracticeId: spec.practice ? practices[spec.practice].id : null,
      })
      .returning({ id: people.id });
    if (!person) throw new Error('insert returned no person');
    const createdAt = new Date(spec.createdAt);
    const [referral] = await db
      .insert(referrals)
      .values({
        organisationId: pcnId,
        personId: person.id,
        source: spec.source,
        status: spec.status,
        reasons: spec.reasons,
        assignedWorkerId: spec.worker ? workers[spec.worker].id : null,
        consentToReferral: true,
        consentToDataSharing: true,
        consentRecordedAt: createdAt,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: referrals.id });
    if (!referral) throw new Error('insert returned no referral');
    referralIds[spec.key] = referral.id;
    personIds[spec.key] = person.id;
    if (spec.contacts.length > 0) {
      await db.insert(contacts).values(
        spec.contacts.map(([offset, successful]) => ({
          referralId: referral.id,
          personId: person.id,
          workerUserId: spec.worker ? workers[spec.worker].id : null,
          occurredAt: afterDays(spec.createdAt, offset),
          mode: 'phone' as const,
          successful,
        })),
      );
    }
    let from: (typeof spec.transitions)[number][0] | null = 'received';
    for (const [to, offset] of spec.transitions) {
      await db
        .insert(referralTransitions)
        .values({ referralId: referral.id, fromStatus: from, toStatus: to, at: afterDays(spec.createdAt, offset) });
      from = to;
    }
  }

  await db.insert(outcomeMeasures).values(
    MEASURES.map((m) => {
      const spec = REFERRALS.find((r) => r.key === m.referral);
      if (!spec) throw new Error(`no referral ${m.referral}`);
      const items = typeof m.values === 'number' ? spreadTotal(m.values, 7) : m.values;
      const score = scoreMeasure(m.instrument, items);
      return {
        referralId: referralIds[m.referral] as string,
        personId: personIds[m.referral] as string,
        instrument: m.instrument,
        timepoint: m.timepoint,
        items,
        rawTotal: score.rawTotal,
        metricScore: score.metricScore,
        recordedAt: afterDays(spec.createdAt, m.offset),
      };
    }),
  );

  await db.insert(healthcareUse).values(
    HEALTHCARE_USE.map(([key, gpBefore, gpAfter, aeBefore, aeAfter]) => ({
      referralId: referralIds[key] as string,
      personId: personIds[key] as string,
      gpConsultationsBefore: gpBefore,
      gpConsultationsAfter: gpAfter,
      aeAttendancesBefore: aeBefore,
      aeAttendancesAfter: aeAfter,
      recordedBy: workers.ash.id,
    })),
  );

  await insertFixtureOnward(db, {
    suffix,
    pcnId,
    acornVcseId: vcseIds[0] as string,
    cedarVcseId: vcseIds[1] as string,
    workers,
    referralIds,
    personIds,
  });

  return {
    suffix,
    icbId,
    pcnId,
    otherPcnId,
    practices,
    workers,
    pcnManager,
    icbManager,
    commissioner,
    referralIds,
    period: FIXTURE_PERIOD,
  };
}

/** Answers (each 1–5) adding up to a SWEMWBS raw total: as even as possible, larger first. */
function spreadTotal(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const extra = total % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}
