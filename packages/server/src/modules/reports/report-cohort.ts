import { type SQL, sql } from 'drizzle-orm';
import type { ReportScope } from './report-types.ts';

/**
 * The SQL that turns a `ReportScope` into rows, shared by the report builders so that every
 * report counts the same referrals (docs/reports.md, "Definitions"). Each returns a
 * SELECT to be used as a CTE body; all of them start from an index on (organisation, created_at).
 */

/** `column = ANY($1::uuid[])`: one parameter however many PCNs are in scope. */
export const inPcns = (column: SQL, scope: ReportScope): SQL => sql`${column} = ANY(${sql.param(scope.pcnIds)}::uuid[])`;

/** `[fromTs, toExclusive)` on a timestamp column. */
export const inPeriod = (column: SQL, scope: ReportScope): SQL =>
  sql`${column} >= ${scope.fromTs.toISOString()}::timestamptz AND ${column} < ${scope.toExclusive.toISOString()}::timestamptz`;

function cohortFilters(scope: ReportScope): SQL[] {
  const filters: SQL[] = [
    inPcns(sql`r.organisation_id`, scope),
    inPeriod(sql`r.created_at`, scope),
    sql`r.status <> 'closed_in_error'`,
  ];
  if (scope.practiceId) filters.push(sql`p.registered_practice_id = ${scope.practiceId}::uuid`);
  if (scope.workerId) filters.push(sql`r.assigned_worker_id = ${scope.workerId}::uuid`);
  return filters;
}

/**
 * The cohort: referrals received in the period by the PCNs in scope, not closed in error, with
 * the person's practice and demographics. Uses referrals_org_created_idx.
 */
export function cohortSql(scope: ReportScope): SQL {
  return sql`
    SELECT r.id, r.person_id, r.created_at, r.status::text AS status, r.source::text AS source, r.reasons,
      p.registered_practice_id, p.date_of_birth, p.sex::text AS sex, p.ethnic_category::text AS ethnic_category
    FROM referrals r
    JOIN people p ON p.id = r.person_id
    WHERE ${sql.join(cohortFilters(scope), sql` AND `)}`;
}

/**
 * The same cohort, referral ids only: people are joined only for the practice filter, so a whole
 * ICB's cohort is not joined to every person just to be counted.
 */
export function cohortIdsSql(scope: ReportScope): SQL {
  return sql`
    SELECT r.id
    FROM referrals r
    ${scope.practiceId ? sql`JOIN people p ON p.id = r.person_id` : sql``}
    WHERE ${sql.join(cohortFilters(scope), sql` AND `)}`;
}

/**
 * Onward referrals sent in the period from the PCNs in scope (the practice filter applies to the
 * person, the worker filter to who sent it). Uses onward_referrals_org_created_idx.
 */
export function onwardSentSql(scope: ReportScope): SQL {
  const filters: SQL[] = [inPcns(sql`o.organisation_id`, scope), inPeriod(sql`o.created_at`, scope)];
  if (scope.practiceId) filters.push(sql`p.registered_practice_id = ${scope.practiceId}::uuid`);
  if (scope.workerId) filters.push(sql`o.requested_by = ${scope.workerId}::uuid`);
  return sql`
    SELECT o.id, o.service_id, o.provider_organization_id AS provider_id, o.status::text AS status, o.created_at
    FROM onward_referrals o
    ${scope.practiceId ? sql`JOIN people p ON p.id = o.person_id` : sql``}
    WHERE ${sql.join(filters, sql` AND `)}`;
}
