import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import type { ReportScope } from '../report-types.ts';

/** How many services a list shows at most; the total is always given. */
export const SERVICE_LIST_LIMIT = 200;
/** "Funding ends soon": within this many days of today. */
export const FUNDING_HORIZON_DAYS = 90;

export interface UnmetNeedCounts {
  byArea: { area: string; count: number }[];
  byNeed: { needId: string; need: string; count: number }[];
  byReason: { reason: string; count: number }[];
  byAreaAndNeed: { area: string; need: string; count: number }[];
  total: number;
}

/**
 * Unmet needs recorded in the period in the PCNs in scope (practice filter: the person's
 * practice; worker filter: who recorded it), counted by area, need, reason and area × need in
 * one grouping-sets query.
 */
export async function countUnmetNeeds(db: DbOrTx, scope: ReportScope): Promise<UnmetNeedCounts> {
  const conditions: SQL[] = [
    sql`u.organisation_id = ANY(${sql.param(scope.pcnIds)}::uuid[])`,
    sql`u.recorded_at >= ${scope.fromTs.toISOString()}::timestamptz`,
    sql`u.recorded_at < ${scope.toExclusive.toISOString()}::timestamptz`,
  ];
  if (scope.practiceId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM people p WHERE p.id = u.person_id AND p.registered_practice_id = ${scope.practiceId}::uuid)`,
    );
  }
  if (scope.workerId) conditions.push(sql`u.recorded_by = ${scope.workerId}::uuid`);
  const result = await db.execute<{
    g: number;
    area: string | null;
    need_id: string | null;
    need: string | null;
    reason: string | null;
    n: number;
  }>(sql`
    SELECT GROUPING(u.area, t.id, u.reason) AS g, u.area, t.id AS need_id, t.name AS need, u.reason::text AS reason, count(*)::int AS n
    FROM unmet_needs u
    JOIN dir_taxonomy_terms t ON t.id = u.need_term_id
    WHERE ${sql.join(conditions, sql` AND `)}
    GROUP BY GROUPING SETS ((u.area), (t.id, t.name), (u.reason), (u.area, t.id, t.name), ())`);
  // GROUPING() sets a bit for each argument NOT grouped by: area=4, need=2, reason=1.
  const counts: UnmetNeedCounts = { byArea: [], byNeed: [], byReason: [], byAreaAndNeed: [], total: 0 };
  for (const row of result.rows) {
    const n = Number(row.n);
    switch (Number(row.g)) {
      case 3:
        counts.byArea.push({ area: row.area ?? '', count: n });
        break;
      case 5:
        counts.byNeed.push({ needId: row.need_id ?? '', need: row.need ?? '', count: n });
        break;
      case 6:
        counts.byReason.push({ reason: row.reason ?? '', count: n });
        break;
      case 1:
        counts.byAreaAndNeed.push({ area: row.area ?? '', need: row.need ?? '', count: n });
        break;
      case 7:
        counts.total = n;
        break;
    }
  }
  const byCount =
    <T extends { count: number }>(label: (row: T) => string) =>
    (a: T, b: T) =>
      b.count - a.count || label(a).localeCompare(label(b));
  counts.byArea.sort(byCount((r) => r.area));
  counts.byNeed.sort(byCount((r) => r.need));
  counts.byAreaAndNeed.sort(byCount((r) => `${r.area} ${r.need}`));
  return counts;
}

export interface PressuredService {
  name: string;
  provider: string;
  capacityStatus: string;
  typicalWaitDays: number | null;
  fundingStatus: string;
  fundedUntil: string | null;
  needs: string | null;
}

const serviceColumns = sql`s.name, o.name AS provider, s.capacity_status::text AS capacity_status, s.typical_wait_days,
  s.funding_status::text AS funding_status, s.funded_until::text AS funded_until,
  (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM dir_attributes a JOIN dir_taxonomy_terms t ON t.id = a.taxonomy_term_id
    WHERE a.link_id = s.id AND a.link_type = 'service') AS needs,
  count(*) OVER () AS total`;

type ServiceRow = {
  name: string;
  provider: string;
  capacity_status: string;
  typical_wait_days: number | null;
  funding_status: string;
  funded_until: string | null;
  needs: string | null;
  total: number;
};

function toServices(rows: ServiceRow[]): { services: PressuredService[]; total: number } {
  return {
    total: Number(rows[0]?.total ?? 0),
    services: rows.map((r) => ({
      name: r.name,
      provider: r.provider,
      capacityStatus: r.capacity_status,
      typicalWaitDays: r.typical_wait_days === null ? null : Number(r.typical_wait_days),
      fundingStatus: r.funding_status,
      fundedUntil: r.funded_until,
      needs: r.needs,
    })),
  };
}

/**
 * Services with a waiting list or closed to referrals (not archived), longest typical wait
 * first, at most SERVICE_LIST_LIMIT, with the total. The directory is shared by the whole
 * installation, so this is not narrowed by PCN.
 */
export async function servicesAtCapacity(db: DbOrTx): Promise<{ services: PressuredService[]; total: number }> {
  const result = await db.execute<ServiceRow>(sql`
    SELECT ${serviceColumns}
    FROM dir_services s JOIN dir_organizations o ON o.id = s.organization_id
    WHERE s.archived_at IS NULL AND s.capacity_status IN ('waiting_list', 'closed')
    ORDER BY s.typical_wait_days DESC NULLS LAST, s.name, s.id
    LIMIT ${SERVICE_LIST_LIMIT}`);
  return toServices(result.rows);
}

/** Services with a waiting list or closed, counted by the needs they meet. */
export async function servicesAtCapacityByNeed(
  db: DbOrTx,
): Promise<{ need: string; waitingList: number; closed: number; total: number }[]> {
  const result = await db.execute<{ need: string; waiting_list: number; closed: number; total: number }>(sql`
    SELECT t.name AS need,
      count(*) FILTER (WHERE s.capacity_status = 'waiting_list')::int AS waiting_list,
      count(*) FILTER (WHERE s.capacity_status = 'closed')::int AS closed,
      count(*)::int AS total
    FROM dir_services s
    JOIN dir_attributes a ON a.link_id = s.id AND a.link_type = 'service'
    JOIN dir_taxonomy_terms t ON t.id = a.taxonomy_term_id
    WHERE s.archived_at IS NULL AND s.capacity_status IN ('waiting_list', 'closed')
    GROUP BY t.id, t.name
    ORDER BY total DESC, t.name`);
  return result.rows.map((r) => ({
    need: r.need,
    waitingList: Number(r.waiting_list),
    closed: Number(r.closed),
    total: Number(r.total),
  }));
}

/** Services (not archived) whose funding ends from `today` to FUNDING_HORIZON_DAYS on, soonest first. */
export async function servicesWithFundingEnding(
  db: DbOrTx,
  today: string,
): Promise<{ services: PressuredService[]; total: number }> {
  const result = await db.execute<ServiceRow>(sql`
    SELECT ${serviceColumns}
    FROM dir_services s JOIN dir_organizations o ON o.id = s.organization_id
    WHERE s.archived_at IS NULL
      AND s.funded_until >= ${today}::date AND s.funded_until <= ${today}::date + ${FUNDING_HORIZON_DAYS}::int
    ORDER BY s.funded_until, s.name, s.id
    LIMIT ${SERVICE_LIST_LIMIT}`);
  return toServices(result.rows);
}
