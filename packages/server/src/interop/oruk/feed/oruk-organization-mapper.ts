import { compact, feedIdentifierUri, feedWebAddress } from './oruk-json.ts';
import type { AttributeWithTerm, OrganizationIdentifierRow, OrganizationRow } from './oruk-rows.ts';
import { nestedAttributes } from './oruk-taxonomy-mapper.ts';

export interface OrganizationExtras {
  identifiers?: readonly OrganizationIdentifierRow[] | undefined;
  /** Attributes of the organisation and of its identifiers, by record id. */
  attributes?: ReadonlyMap<string, AttributeWithTerm[]> | undefined;
}

/**
 * ORUK 3.0 organization. `description` is required by the specification, so it is always sent
 * (possibly empty); the link to a Kith VCSE organisation is Kith's own and never published.
 */
export function toOrukOrganization(row: OrganizationRow, extras: OrganizationExtras = {}) {
  return compact({
    id: row.id,
    name: row.name,
    description: row.description,
    email: row.email,
    website: feedWebAddress(row.website),
    logo: feedWebAddress(row.logo),
    uri: feedIdentifierUri(row.uri),
    parent_organization_id: row.parentOrganizationId,
    organization_identifiers: (extras.identifiers ?? []).map((identifier) =>
      toOrukOrganizationIdentifier(identifier, extras.attributes),
    ),
    attributes: nestedAttributes(extras.attributes, row.id),
  });
}

/** A charity, company or other register number of the organisation. */
export function toOrukOrganizationIdentifier(
  row: OrganizationIdentifierRow,
  attributes?: ReadonlyMap<string, AttributeWithTerm[]>,
) {
  return compact({
    id: row.id,
    organization_id: row.organizationId,
    identifier_scheme: row.identifierScheme,
    identifier_type: row.identifierType,
    identifier: row.identifier,
    attributes: nestedAttributes(attributes, row.id),
  });
}
