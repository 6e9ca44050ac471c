import type { Complexity, PostRole, ReferralStatus } from '@kith/shared';
import { randomNhsNumber } from '../../../../test/pathway-test-data.ts';
import type { Db } from '../../../db/client.ts';
import { people, referrals, referralTransitions, workforcePosts } from '../../../db/schema/index.ts';

/**
 * Caseload test data written straight to the tables with a status history at fixed times, so
 * the pressure report and the alert job can be checked against hand-worked figures.
 */
export interface TestCases {
  pcnId: string;
  workerId: string;
  count: number;
  complexity: Complexity | null;
  /** When the case was first allocated. */
  allocatedAt: string;
  /** The status the referral has now (default 'active'). */
  status?: ReferralStatus;
  /** A move to an ending status at this time (default discharged), if any. */
  endedAt?: string;
  endStatus?: ReferralStatus;
  practiceId?: string | null;
}

/** `count` identical cases for one worker, each with received → allocated (→ ended) transitions. */
export async function createTestCases(db: Db, cases: TestCases): Promise<string[]> {
  const allocatedAt = new Date(cases.allocatedAt);
  const receivedAt = new Date(allocatedAt.getTime() - 86_400_000);
  const persons = await db
    .insert(people)
    .values(
      Array.from({ length: cases.count }, () => ({
        organisationId: cases.pcnId,
        nhsNumber: randomNhsNumber(),
        givenName: 'Sam',
        familyName: 'Pressure',
        registeredPracticeId: cases.practiceId ?? null,
      })),
    )
    .returning({ id: people.id });
  const inserted = await db
    .insert(referrals)
    .values(
      persons.map((person) => ({
        organisationId: cases.pcnId,
        personId: person.id,
        source: 'gp_practice' as const,
        status: cases.status ?? 'active',
        reasons: ['loneliness'],
        complexity: cases.complexity,
        assignedWorkerId: cases.workerId,
        consentToReferral: true,
        consentToDataSharing: true,
        createdAt: receivedAt,
      })),
    )
    .returning({ id: referrals.id });
  const ids = inserted.map((r) => r.id);
  await db.insert(referralTransitions).values(
    ids.flatMap((referralId) => [
      { referralId, fromStatus: null, toStatus: 'received' as const, at: receivedAt },
      { referralId, fromStatus: 'received' as const, toStatus: 'allocated' as const, at: allocatedAt },
      ...(cases.endedAt
        ? [
            {
              referralId,
              fromStatus: 'allocated' as const,
              toStatus: cases.endStatus ?? ('discharged' as const),
              at: new Date(cases.endedAt),
            },
          ]
        : []),
    ]),
  );
  return ids;
}

/** A post (a link worker's unless `role` says otherwise) held by `holderUserId`, current unless it has ended. */
export async function createTestPost(
  db: Db,
  options: {
    pcnId: string;
    employerId: string;
    holderUserId: string;
    wte: number;
    clinicalSupervisorUserId?: string | null;
    startDate?: string;
    endDate?: string | null;
    role?: PostRole;
  },
): Promise<void> {
  await db.insert(workforcePosts).values({
    pcnId: options.pcnId,
    title: 'Social prescribing link worker',
    role: options.role ?? 'link_worker',
    employmentModel: 'pcn_lead_practice',
    employerId: options.employerId,
    holderUserId: options.holderUserId,
    band: '4',
    startingPayPoint: 1,
    wte: options.wte,
    startDate: options.startDate ?? '2000-01-01',
    endDate: options.endDate ?? null,
    contractType: 'permanent',
    fundingSource: 'arrs',
    clinicalSupervisorUserId: options.clinicalSupervisorUserId ?? null,
  });
}
