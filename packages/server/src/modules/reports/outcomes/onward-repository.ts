import type { CapacityStatus } from '@kith/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { inPcns, onwardSentSql } from '../report-cohort.ts';
import type { ReportScope } from '../report-types.ts';

/**
 * Impact on community groups: onward referrals sent in the period by service and provider,
 * VCSE partners' demand against capacity, and services at capacity. Long lists (an ICB has tens
 * of thousands of services) are cut in SQL to the `limit` with the most onward referrals; the
 * full number comes back so the report can say so.
 */

/** Onward referral flow of one service, one provider or all of them. */
export interface OnwardFlow {
  sent: number;
  accepted: number;
  rejected: number;
  /** Referrals with a start (first move to in-progress). */
  started: number;
  medianDaysToStart: number | null;
}

export interface OnwardGroup extends OnwardFlow {
  level: 'service' | 'provider' | 'all';
  serviceName: string | null;
  capacityStatus: CapacityStatus | null;
  providerName: string | null;
  /** How many groups of this level there are in all (before the limit). */
  groups: number;
}

/**
 * Per onward referral: accepted (status now accepted or beyond, or ever moved to accepted),
 * rejected, and days to start. Events are read for these referrals only
 * (onward_referral_events_referral_idx).
 */
function onwardOutcomeCtes(scope: ReportScope): SQL {
  return sql`
    sent AS (${onwardSentSql(scope)}),
    events AS (
      SELECT e.onward_referral_id AS id, bool_or(e.to_status = 'accepted') AS accepted,
        min(e.at) FILTER (WHERE e.to_status = 'in-progress') AS started_at
      FROM onward_referral_events e
      JOIN sent s ON s.id = e.onward_referral_id
      WHERE e.to_status IN ('accepted', 'in-progress')
      GROUP BY e.onward_referral_id
    ),
    outcome AS (
      SELECT s.id, s.service_id, s.provider_id,
        (s.status IN ('accepted', 'in-progress', 'on-hold', 'completed') OR coalesce(ev.accepted, false)) AS accepted,
        s.status = 'rejected' AS rejected,
        extract(epoch FROM ev.started_at - s.created_at)::float8 / 86400 AS days_to_start
      FROM sent s
      LEFT JOIN events ev ON ev.id = s.id
    )`;
}

/**
 * VCSE partners: providers that received onward referrals from the scope in the period, and
 * those linked to a VCSE organisation serving one of the PCNs (vcse_pcn_links), even if they
 * received none.
 */
function partnersCte(scope: ReportScope): SQL {
  return sql`
    partners AS (
      SELECT provider_id AS id FROM outcome
      UNION
      SELECT d.id
      FROM vcse_pcn_links l
      JOIN dir_organizations d ON d.kith_organisation_id = l.vcse_id
      WHERE ${inPcns(sql`l.pcn_id`, scope)}
    )`;
}

/** A VCSE partner's demand (onward referrals received) against its capacity (services open or not). */
export interface PartnerCapacity {
  providerName: string;
  received: number;
  accepted: number;
  rejected: number;
  services: number;
  servicesAtCapacity: number;
}

/** A partner's service on a waiting list or closed to referrals now. */
export interface ServiceAtCapacity {
  serviceName: string;
  providerName: string;
  capacityStatus: CapacityStatus;
  typicalWaitDays: number | null;
  /** Onward referrals sent to it in the period. */
  sent: number;
}

export interface OnwardFigures {
  groups: OnwardGroup[];
  partners: PartnerCapacity[];
  /** All partners, before the limit. */
  partnerTotal: number;
  servicesAtCapacity: ServiceAtCapacity[];
  /** All partner services at capacity, before the limit. */
  servicesAtCapacityTotal: number;
}

/**
 * Everything about onward referrals in one statement, so the sent referrals and their events are
 * read once: the flow by service, provider and in all (GROUPING SETS), the partners' demand and
 * capacity (services counted through dir_services_org_idx, archived ones left out), and partner
 * services at capacity. Each list comes back as one JSON array, already cut to `limit`.
 */
export function onwardFiguresSql(scope: ReportScope, limit: number): SQL {
  return sql`
    WITH ${onwardOutcomeCtes(scope)},
    ${partnersCte(scope)},
    grouped AS (
      SELECT CASE WHEN grouping(service_id) = 0 THEN 'service' WHEN grouping(provider_id) = 0 THEN 'provider' ELSE 'all' END AS level,
        service_id, provider_id,
        count(*)::int AS sent,
        count(*) FILTER (WHERE accepted)::int AS accepted,
        count(*) FILTER (WHERE rejected)::int AS rejected,
        count(days_to_start)::int AS started,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_start) AS median_days_to_start
      FROM outcome
      GROUP BY GROUPING SETS ((service_id, provider_id), (provider_id), ())
    ),
    ranked_groups AS (
      SELECT g.level, g.sent, g.accepted, g.rejected, g.started, g.median_days_to_start,
        sv.name AS service_name, sv.capacity_status::text AS capacity_status, d.name AS provider_name,
        row_number() OVER (PARTITION BY g.level ORDER BY g.sent DESC, coalesce(sv.name, d.name), g.service_id, g.provider_id) AS position,
        count(*) OVER (PARTITION BY g.level)::int AS groups
      FROM grouped g
      LEFT JOIN dir_services sv ON g.level = 'service' AND sv.id = g.service_id
      LEFT JOIN dir_organizations d ON d.id = g.provider_id
    ),
    capacity AS (
      SELECT s.organization_id, count(*)::int AS services,
        count(*) FILTER (WHERE s.capacity_status IN ('waiting_list', 'closed'))::int AS services_at_capacity
      FROM dir_services s
      JOIN partners p ON p.id = s.organization_id
      WHERE s.archived_at IS NULL
      GROUP BY s.organization_id
    ),
    ranked_partners AS (
      SELECT d.name AS provider_name, coalesce(g.sent, 0) AS received, coalesce(g.accepted, 0) AS accepted,
        coalesce(g.rejected, 0) AS rejected, coalesce(c.services, 0) AS services,
        coalesce(c.services_at_capacity, 0) AS services_at_capacity,
        row_number() OVER (ORDER BY coalesce(g.sent, 0) DESC, d.name, d.id) AS position,
        count(*) OVER ()::int AS total
      FROM partners p
      JOIN dir_organizations d ON d.id = p.id
      LEFT JOIN grouped g ON g.level = 'provider' AND g.provider_id = p.id
      LEFT JOIN capacity c ON c.organization_id = p.id
    ),
    ranked_at_capacity AS (
      SELECT s.name AS service_name, d.name AS provider_name, s.capacity_status::text AS capacity_status,
        s.typical_wait_days, coalesce(g.sent, 0) AS sent,
        row_number() OVER (ORDER BY coalesce(g.sent, 0) DESC, s.name, s.id) AS position,
        count(*) OVER ()::int AS total
      FROM dir_services s
      JOIN partners p ON p.id = s.organization_id
      JOIN dir_organizations d ON d.id = s.organization_id
      LEFT JOIN grouped g ON g.level = 'service' AND g.service_id = s.id
      WHERE s.archived_at IS NULL AND s.capacity_status IN ('waiting_list', 'closed')
    )
    SELECT
      (SELECT coalesce(json_agg(x ORDER BY x.level, x.position), '[]') FROM ranked_groups x WHERE x.position <= ${limit}) AS groups,
      (SELECT coalesce(json_agg(x ORDER BY x.position), '[]') FROM ranked_partners x WHERE x.position <= ${limit}) AS partners,
      (SELECT count(*)::int FROM partners) AS partner_total,
      (SELECT coalesce(json_agg(x ORDER BY x.position), '[]') FROM ranked_at_capacity x WHERE x.position <= ${limit}) AS at_capacity,
      (SELECT count(*)::int FROM ranked_at_capacity) AS at_capacity_total`;
}

interface OnwardFiguresRow extends Record<string, unknown> {
  groups: JsonRows;
  partners: JsonRows;
  partner_total: number;
  at_capacity: JsonRows;
  at_capacity_total: number;
}

type JsonRows = Record<string, string | number | null>[] | string;

/** json columns arrive parsed from node-postgres and PGlite alike; a string is parsed here just in case. */
const rowsOf = (value: JsonRows): Record<string, string | number | null>[] =>
  typeof value === 'string' ? JSON.parse(value) : value;
const num = (value: unknown): number => Number(value ?? 0);
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const textOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export async function onwardFigures(db: DbOrTx, scope: ReportScope, limit: number): Promise<OnwardFigures> {
  const result = await db.execute<OnwardFiguresRow>(onwardFiguresSql(scope, limit));
  const row = result.rows[0];
  if (!row) throw new Error('the onward referral figures query returned no row');
  return {
    groups: rowsOf(row.groups).map((g) => ({
      level: g.level as OnwardGroup['level'],
      sent: num(g.sent),
      accepted: num(g.accepted),
      rejected: num(g.rejected),
      started: num(g.started),
      medianDaysToStart: numOrNull(g.median_days_to_start),
      serviceName: textOrNull(g.service_name),
      capacityStatus: textOrNull(g.capacity_status) as CapacityStatus | null,
      providerName: textOrNull(g.provider_name),
      groups: num(g.groups),
    })),
    partners: rowsOf(row.partners).map((p) => ({
      providerName: String(p.provider_name),
      received: num(p.received),
      accepted: num(p.accepted),
      rejected: num(p.rejected),
      services: num(p.services),
      servicesAtCapacity: num(p.services_at_capacity),
    })),
    partnerTotal: num(row.partner_total),
    servicesAtCapacity: rowsOf(row.at_capacity).map((s) => ({
      serviceName: String(s.service_name),
      providerName: String(s.provider_name),
      capacityStatus: s.capacity_status as CapacityStatus,
      typicalWaitDays: numOrNull(s.typical_wait_days),
      sent: num(s.sent),
    })),
    servicesAtCapacityTotal: num(row.at_capacity_total),
  };
}
