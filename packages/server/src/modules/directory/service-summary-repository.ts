import type { CapacityStatus, FundingStatus, OrukServiceStatus, ReferralRoute } from '@kith/shared';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryAttributes, directoryTaxonomyTerms } from '../../db/schema/index.ts';

/**
 * One page of service summaries from a `matches` query, shared by search and the curation list.
 * The caller's `matches` SQL filters, ranks and pages (LIMIT/OFFSET) and yields the columns
 * `id, name, score, km, location_id, stale, total`; this query then adds, for the page's rows
 * only, the display columns, `free` and the nearest (or first) location — so the per-row
 * subqueries never run over the whole match set. Terms come from a second query.
 * service-summary-view.ts shapes the rows for the API.
 */

export interface SummaryRow extends Record<string, unknown> {
  id: string;
  name: string;
  description: string;
  organization_id: string;
  organisation_name: string;
  status: OrukServiceStatus;
  capacity_status: CapacityStatus;
  typical_wait_days: number | null;
  referral_route: ReferralRoute;
  funding_status: FundingStatus;
  funded_until: string | null;
  last_verified_at: string | null;
  stale: boolean;
  archived: boolean;
  free: boolean;
  km: number | null;
  location_name: string | null;
  location_postcode: string | null;
  location_latitude: number | null;
  location_longitude: number | null;
  phone: string | null;
  email: string | null;
  total: number;
}

/** Timestamps as ISO 8601 text from SQL, so both drivers return the same string. */
export const isoTimestamp = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Not verified within the configured number of months (never verified counts as stale). */
export const staleSql = (months: number) =>
  sql`(s.last_verified_at IS NULL OR s.last_verified_at < now() - make_interval(months => ${months}::int))`;

/** The page query itself (exported so benchmarks and EXPLAIN can run exactly what the API runs). */
export function summaryPageSql(matches: SQL, order: SQL): SQL {
  return sql`
    WITH RECURSIVE ${matches}
    SELECT s.id, s.name, s.description, s.organization_id, o.name AS organisation_name,
      s.status::text AS status, s.capacity_status::text AS capacity_status, s.typical_wait_days,
      s.referral_route::text AS referral_route, s.funding_status::text AS funding_status,
      s.funded_until::text AS funded_until, ${isoTimestamp(sql`s.last_verified_at`)} AS last_verified_at,
      m.stale, s.archived_at IS NOT NULL AS archived,
      -- dir_cost_options_service_idx, for the page's rows only
      NOT EXISTS (SELECT 1 FROM dir_cost_options c WHERE c.service_id = s.id AND c.amount > 0) AS free,
      m.km, loc.name AS location_name, loc.postcode AS location_postcode,
      loc.latitude AS location_latitude, loc.longitude AS location_longitude,
      -- The service's own phone (ORUK imports; dir_phones_service_idx), else a contact's
      -- (the editor's; dir_contacts_service_idx then dir_phones_contact_idx). Ordered by id so
      -- the answer is stable; the service page lists them all.
      coalesce(
        (SELECT p.number FROM dir_phones p WHERE p.service_id = s.id AND p.number <> '' ORDER BY p.id LIMIT 1),
        (SELECT p.number FROM dir_contacts c JOIN dir_phones p ON p.contact_id = c.id
          WHERE c.service_id = s.id AND p.number <> '' ORDER BY c.id, p.id LIMIT 1)
      ) AS phone,
      coalesce(nullif(s.email, ''),
        (SELECT c.email FROM dir_contacts c WHERE c.service_id = s.id AND c.email <> '' ORDER BY c.id LIMIT 1)
      ) AS email,
      m.total
    FROM matches m
    JOIN dir_services s ON s.id = m.id
    JOIN dir_organizations o ON o.id = s.organization_id
    LEFT JOIN LATERAL (
      -- The nearest location when searching by distance, else the first physical one by name.
      SELECT coalesce(l.name, '') AS name, l.latitude, l.longitude,
        (SELECT nullif(a.postal_code, '') FROM dir_addresses a WHERE a.location_id = l.id ORDER BY a.postal_code DESC LIMIT 1) AS postcode
      FROM dir_service_at_locations sal JOIN dir_locations l ON l.id = sal.location_id
      WHERE sal.service_id = m.id AND (m.location_id IS NULL OR l.id = m.location_id)
      ORDER BY (l.location_type = 'physical') DESC, l.name
      LIMIT 1
    ) loc ON true
    ORDER BY ${order}`;
}

/** A need term as a service lists it. */
export interface TermRef {
  id: string;
  name: string;
}

export interface SummaryPage {
  rows: SummaryRow[];
  /** The need terms of the page's services, by service id. */
  termsByService: Map<string, TermRef[]>;
  /** Null when the page is past the last row (the total rides on the rows). */
  total: number | null;
}

export async function summaryPage(db: DbOrTx, matches: SQL, order: SQL): Promise<SummaryPage> {
  const result = await db.execute<SummaryRow>(summaryPageSql(matches, order));
  const rows = result.rows;
  const termsByService = await termsOfServices(
    db,
    rows.map((r) => r.id),
  );
  return { rows, termsByService, total: rows[0] ? Number(rows[0].total) : null };
}

/** The need terms of several services, by service id, in one query (dir_attributes_link_idx). */
export async function termsOfServices(db: DbOrTx, serviceIds: string[]): Promise<Map<string, TermRef[]>> {
  const byService = new Map<string, TermRef[]>();
  if (serviceIds.length === 0) return byService;
  const rows = await db
    .select({ serviceId: directoryAttributes.linkId, id: directoryTaxonomyTerms.id, name: directoryTaxonomyTerms.name })
    .from(directoryAttributes)
    .innerJoin(directoryTaxonomyTerms, eq(directoryTaxonomyTerms.id, directoryAttributes.taxonomyTermId))
    .where(and(inArray(directoryAttributes.linkId, serviceIds), eq(directoryAttributes.linkType, 'service')))
    .orderBy(asc(directoryTaxonomyTerms.name));
  for (const { serviceId, id, name } of rows) {
    const list = byService.get(serviceId) ?? [];
    if (!list.some((t) => t.id === id)) list.push({ id, name });
    byService.set(serviceId, list);
  }
  return byService;
}
