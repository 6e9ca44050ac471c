import type { ReferralStatus, SafeguardingStatus, TaskStatus } from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { TestReferral } from '../../../test/pathway-test-data.ts';
import type { Db } from '../../db/client.ts';
import {
  appointments,
  onwardReferralEvents,
  onwardReferrals,
  referrals,
  safeguardingConcerns,
  workerTasks,
} from '../../db/schema/index.ts';

/** Dashboard test data written straight to the tables, each row where a widget should (or should not) count it. */

const DAY_MS = 86_400_000;

export function daysAgo(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Sets a referral's last contact (null: never contacted). */
export async function setLastContact(db: Db, referralId: string, at: Date | null): Promise<void> {
  await db.update(referrals).set({ lastContactAt: at }).where(eq(referrals.id, referralId));
}

/** Sets a referral's status, received time and urgency directly. */
export async function setReferral(
  db: Db,
  referralId: string,
  values: {
    status?: ReferralStatus;
    createdAt?: Date;
    updatedAt?: Date;
    urgency?: 'routine' | 'soon' | 'urgent';
    dischargeOutcome?: string;
  },
): Promise<void> {
  await db.update(referrals).set(values).where(eq(referrals.id, referralId));
}

export async function createTestAppointment(
  db: Db,
  options: { organisationId: string; referral: TestReferral; workerId: string; startsAt: Date; status?: 'booked' | 'cancelled' },
): Promise<void> {
  await db.insert(appointments).values({
    organisationId: options.organisationId,
    referralId: options.referral.id,
    personId: options.referral.personId,
    workerUserId: options.workerId,
    startsAt: options.startsAt,
    durationMinutes: 30,
    mode: 'phone',
    status: options.status ?? 'booked',
  });
}

export async function createTestTask(
  db: Db,
  options: { organisationId: string; assigneeUserId: string; title: string; dueOn: string },
): Promise<void> {
  await db.insert(workerTasks).values({ ...options, createdBy: options.assigneeUserId });
}

/** An onward referral in `status`, sent `sentAt`, with a provider event at `changedAt` when given. */
export async function createTestOnwardReferral(
  db: Db,
  options: {
    organisationId: string;
    referral: TestReferral;
    serviceId: string;
    directoryOrganisationId: string;
    requestedBy: string;
    status: TaskStatus;
    sentAt: Date;
    changedAt?: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(onwardReferrals)
    .values({
      organisationId: options.organisationId,
      personId: options.referral.personId,
      referralId: options.referral.id,
      serviceId: options.serviceId,
      providerOrganizationId: options.directoryOrganisationId,
      status: options.status,
      sharedFields: [],
      shared: {},
      consentRecordedBy: options.requestedBy,
      requestedBy: options.requestedBy,
      createdAt: options.sentAt,
    })
    .returning({ id: onwardReferrals.id });
  if (!row) throw new Error('insert returned no onward referral');
  if (options.changedAt) {
    await db.insert(onwardReferralEvents).values({
      onwardReferralId: row.id,
      fromStatus: 'requested',
      toStatus: options.status,
      side: 'provider',
      at: options.changedAt,
    });
  }
  return row.id;
}

export async function createTestConcern(
  db: Db,
  options: { organisationId: string; referral: TestReferral; status: SafeguardingStatus },
): Promise<void> {
  await db.insert(safeguardingConcerns).values({
    organisationId: options.organisationId,
    personId: options.referral.personId,
    referralId: options.referral.id,
    category: 'other',
    description: 'Test concern',
    immediateRisk: false,
    status: options.status,
    outcome: options.status === 'closed' ? 'Resolved' : null,
  });
}
