import type { ManagedServiceQuery } from '@kith/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type SummaryPage, staleSql, summaryPage } from './service-summary-repository.ts';

/**
 * The curation list: every service an admin curates, or a provider's own (directory
 * organisations linked to their Kith organisations), by name. Archived ones only on request.
 */
export async function managedServiceRows(
  db: DbOrTx,
  query: ManagedServiceQuery,
  kithOrganisationIds: string[] | null,
  staleAfterMonths: number,
): Promise<SummaryPage> {
  const stale = staleSql(staleAfterMonths);
  const where: SQL[] = [sql`true`];
  if (kithOrganisationIds !== null) {
    // dir_organizations_kith_org_idx, then dir_services_org_idx.
    where.push(
      kithOrganisationIds.length === 0
        ? sql`false`
        : sql`o.kith_organisation_id IN (${sql.join(
            kithOrganisationIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  }
  if (query.organisationId) where.push(sql`s.organization_id = ${query.organisationId}::uuid`);
  if (!query.includeArchived) where.push(sql`s.archived_at IS NULL`);
  if (query.staleOnly) where.push(stale);
  if (query.q) {
    // A plain substring of name or description: dir_services_search_text_trgm_idx serves LIKE.
    // The words are a bound parameter; LIKE's own wildcards in them are escaped.
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`s.search_text LIKE ${pattern}::text`);
  }
  const matches = sql`matches AS (
    SELECT s.id, s.name, ${stale} AS stale, 1::float8 AS score, NULL::float8 AS km, NULL::uuid AS location_id,
      count(*) OVER ()::int AS total
    FROM dir_services s JOIN dir_organizations o ON o.id = s.organization_id
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY name, id
    LIMIT ${query.pageSize}::int OFFSET ${(query.page - 1) * query.pageSize}::int)`;
  return summaryPage(db, matches, sql`m.name, m.id`);
}
