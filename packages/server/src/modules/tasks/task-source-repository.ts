import { OPEN_CASE_STATUSES } from '@kith/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { ActionRow } from '../../db/schema/care.ts';
import {
  carePlans,
  directoryServices,
  memberships,
  onwardReferrals,
  organisations,
  outcomeMeasures,
  people,
  referrals,
  referralTransitions,
  supervisionSessions,
} from '../../db/schema/index.ts';

/**
 * The records generated tasks are worked out from — a fixed handful of set-based queries per
 * list, whatever the caseload size (the bench reads a worker with 250 open cases).
 */

/** One open case of the worker, with what the generators need from its plan, history and measures. */
export interface CaseSource {
  referralId: string;
  organisationId: string;
  personId: string;
  givenName: string;
  familyName: string;
  status: string;
  lastContactAt: Date | null;
  createdAt: Date;
  /** The latest move into `allocated` (the worker's allocation); null on data without transitions. */
  allocatedAt: Date | null;
  /** The latest move into `active`. */
  activeAt: Date | null;
  reviewDate: string | null;
  actions: ActionRow[] | null;
  hasBaseline: boolean;
  hasDischargeMeasure: boolean;
  lastReviewMeasureAt: Date | null;
}

/**
 * The worker's open cases in one query: the `referrals_worker_idx` range, then per case the
 * person, plan and two lateral aggregates that each read the referral's own rows once
 * (`referral_transitions_referral_idx`, `outcome_measures_referral_idx`).
 */
export async function openCaseSources(db: DbOrTx, userId: string): Promise<CaseSource[]> {
  const moves = db
    .select({
      allocatedAt: sql<
        string | null
      >`max(${referralTransitions.at}) filter (where ${referralTransitions.toStatus} = 'allocated')`.as('allocated_at'),
      activeAt: sql<string | null>`max(${referralTransitions.at}) filter (where ${referralTransitions.toStatus} = 'active')`.as(
        'active_at',
      ),
    })
    .from(referralTransitions)
    .where(and(eq(referralTransitions.referralId, referrals.id), inArray(referralTransitions.toStatus, ['allocated', 'active'])))
    .as('moves');
  const measures = db
    .select({
      hasBaseline: sql<boolean>`coalesce(bool_or(${outcomeMeasures.timepoint} = 'baseline'), false)`.as('has_baseline'),
      hasDischargeMeasure: sql<boolean>`coalesce(bool_or(${outcomeMeasures.timepoint} = 'discharge'), false)`.as(
        'has_discharge_measure',
      ),
      lastReviewMeasureAt: sql<
        string | null
      >`max(${outcomeMeasures.recordedAt}) filter (where ${outcomeMeasures.timepoint} = 'review')`.as('last_review_measure_at'),
    })
    .from(outcomeMeasures)
    .where(eq(outcomeMeasures.referralId, referrals.id))
    .as('measures');
  const rows = await db
    .select({
      referralId: referrals.id,
      organisationId: referrals.organisationId,
      personId: referrals.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      status: referrals.status,
      lastContactAt: referrals.lastContactAt,
      createdAt: referrals.createdAt,
      allocatedAt: moves.allocatedAt,
      activeAt: moves.activeAt,
      reviewDate: carePlans.reviewDate,
      actions: carePlans.actions,
      hasBaseline: measures.hasBaseline,
      hasDischargeMeasure: measures.hasDischargeMeasure,
      lastReviewMeasureAt: measures.lastReviewMeasureAt,
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .leftJoin(carePlans, eq(carePlans.referralId, referrals.id))
    .innerJoinLateral(moves, sql`true`)
    .innerJoinLateral(measures, sql`true`)
    .where(and(eq(referrals.assignedWorkerId, userId), inArray(referrals.status, [...OPEN_CASE_STATUSES])));
  return rows.map((row) => ({
    ...row,
    allocatedAt: toDate(row.allocatedAt),
    activeAt: toDate(row.activeAt),
    lastReviewMeasureAt: toDate(row.lastReviewMeasureAt),
    hasBaseline: Boolean(row.hasBaseline),
    hasDischargeMeasure: Boolean(row.hasDischargeMeasure),
  }));
}

/** Raw subquery timestamps arrive as strings (or Dates on some drivers). */
function toDate(value: string | Date | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** An onward referral the user sent that the provider has not yet answered. */
export interface OnwardSource {
  onwardReferralId: string;
  organisationId: string;
  personId: string;
  referralId: string | null;
  givenName: string;
  familyName: string;
  serviceName: string;
  sentAt: Date;
}

/**
 * Onward referrals the user sent that are still `requested`: through `onward_referrals_org_idx`
 * (the user's organisations, status) rather than a scan of every PCN's referrals.
 */
export async function unansweredOnwardSources(db: DbOrTx, userId: string): Promise<OnwardSource[]> {
  return db
    .select({
      onwardReferralId: onwardReferrals.id,
      organisationId: onwardReferrals.organisationId,
      personId: onwardReferrals.personId,
      referralId: onwardReferrals.referralId,
      givenName: people.givenName,
      familyName: people.familyName,
      serviceName: directoryServices.name,
      sentAt: onwardReferrals.createdAt,
    })
    .from(onwardReferrals)
    .innerJoin(people, eq(people.id, onwardReferrals.personId))
    .innerJoin(directoryServices, eq(directoryServices.id, onwardReferrals.serviceId))
    .where(
      and(
        inArray(
          onwardReferrals.organisationId,
          db.select({ id: memberships.organisationId }).from(memberships).where(eq(memberships.userId, userId)),
        ),
        eq(onwardReferrals.status, 'requested'),
        eq(onwardReferrals.requestedBy, userId),
      ),
    );
}

/** A PCN in which the user works as a link worker, with their last supervision there. */
export interface SupervisionSource {
  pcnId: string;
  lastSessionOn: string | null;
}

/**
 * The PCNs where the user holds the link worker role (in the PCN or one of its practices, as
 * the supervision overview counts them), each with the last session they attended as supervisee.
 */
export async function supervisionSources(db: DbOrTx, userId: string): Promise<SupervisionSource[]> {
  const rows = await db
    .select({
      pcnId: sql<string>`case when ${organisations.kind} = 'pcn' then ${organisations.id} else ${organisations.parentId} end`,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'link_worker')));
  const pcnIds = [...new Set(rows.map((r) => r.pcnId).filter((id): id is string => id !== null))];
  if (pcnIds.length === 0) return [];
  const last = await db
    .select({ pcnId: supervisionSessions.pcnId, lastOn: sql<string>`max(${supervisionSessions.heldOn})::text` })
    .from(supervisionSessions)
    .where(and(eq(supervisionSessions.superviseeUserId, userId), inArray(supervisionSessions.pcnId, pcnIds)))
    .groupBy(supervisionSessions.pcnId);
  const lastByPcn = new Map(last.map((l) => [l.pcnId, l.lastOn]));
  return pcnIds.map((pcnId) => ({ pcnId, lastSessionOn: lastByPcn.get(pcnId) ?? null }));
}
