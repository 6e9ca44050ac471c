import { compact, feedIdentifierUri, feedWebAddress } from './oruk-json.ts';
import type { OrganizationRow } from './oruk-rows.ts';

/**
 * ORUK 3.0 organization. `description` is required by the specification, so it is always sent
 * (possibly empty); the link to a Kith VCSE organisation is Kith's own and never published.
 */
export function toOrukOrganization(row: OrganizationRow) {
  return compact({
    id: row.id,
    name: row.name,
    description: row.description,
    email: row.email,
    website: feedWebAddress(row.website),
    logo: feedWebAddress(row.logo),
    uri: feedIdentifierUri(row.uri),
    parent_organization_id: row.parentOrganizationId,
  });
}
