import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  directoryAccessibility,
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryCostOptions,
  directoryFundings,
  directoryLanguages,
  directoryLocations,
  directoryOrganisations,
  directoryOrganizationIdentifiers,
  directoryPhones,
  directorySchedules,
  directoryServiceAreas,
  directoryServiceAtLocations,
  directoryServices,
  directoryTaxonomies,
  directoryTaxonomyTerms,
} from '../../../db/schema/index.ts';
import { anyUuid } from './oruk-json.ts';
import {
  type AccessibilityRow,
  type AddressRow,
  type AttributeWithTerm,
  type ContactRow,
  type CostOptionRow,
  type FundingRow,
  groupBy,
  type LanguageRow,
  type LocationRow,
  type OrganizationIdentifierRow,
  type OrganizationRow,
  type PhoneRow,
  type ScheduleRow,
  type ServiceAreaRow,
  type ServiceAtLocationRow,
  type ServiceRow,
} from './oruk-rows.ts';

/**
 * Loads the nested detail of a page of services with one query per child table
 * (`WHERE service_id = ANY($ids)`), never one query per service: a page of 50 services costs
 * the same dozen queries as a page of one. The ORUK export and the import's comparison share it.
 */

/** A service's stored columns without the search columns (generated, large, never published). */
export type StoredService = Omit<ServiceRow, 'searchText' | 'searchVector'>;

export const storedServiceColumns = {
  id: directoryServices.id,
  organizationId: directoryServices.organizationId,
  name: directoryServices.name,
  alternateName: directoryServices.alternateName,
  description: directoryServices.description,
  url: directoryServices.url,
  email: directoryServices.email,
  status: directoryServices.status,
  fees: directoryServices.fees,
  minimumAge: directoryServices.minimumAge,
  maximumAge: directoryServices.maximumAge,
  assuredDate: directoryServices.assuredDate,
  assurerEmail: directoryServices.assurerEmail,
  accreditations: directoryServices.accreditations,
  alert: directoryServices.alert,
  sourceLastModified: directoryServices.sourceLastModified,
  capacityStatus: directoryServices.capacityStatus,
  typicalWaitDays: directoryServices.typicalWaitDays,
  referralRoute: directoryServices.referralRoute,
  fundingStatus: directoryServices.fundingStatus,
  fundedUntil: directoryServices.fundedUntil,
  lastVerifiedAt: directoryServices.lastVerifiedAt,
  lastVerifiedBy: directoryServices.lastVerifiedBy,
  archivedAt: directoryServices.archivedAt,
  createdAt: directoryServices.createdAt,
  updatedAt: directoryServices.updatedAt,
};

export interface LocationDetails {
  locations: Map<string, LocationRow>;
  addresses: Map<string, AddressRow[]>;
  /** Opening times of the location itself (not of one service there). */
  schedules: Map<string, ScheduleRow[]>;
  /** The location's ORUK accessibility records (when none, the feed publishes its summary text). */
  accessibility: Map<string, AccessibilityRow[]>;
  /** Attributes of the locations, their addresses and accessibility records, by record id. */
  attributes: Map<string, AttributeWithTerm[]>;
}

/** What an organisation carries in the feed besides its own row. */
export interface OrganizationRelated {
  identifiers: Map<string, OrganizationIdentifierRow[]>;
  /** Attributes of the organisations and of their identifiers, by record id. */
  attributes: Map<string, AttributeWithTerm[]>;
}

export interface ServiceDetails {
  organizations: Map<string, OrganizationRow>;
  /** Identifiers (charity number, company number…) by organisation. */
  organizationIdentifiers: Map<string, OrganizationIdentifierRow[]>;
  serviceAtLocations: Map<string, ServiceAtLocationRow[]>;
  locations: LocationDetails;
  schedules: Map<string, ScheduleRow[]>;
  contacts: Map<string, ContactRow[]>;
  /** Phones of the service and of its service-at-locations, by service. */
  phones: Map<string, PhoneRow[]>;
  /** Phones of contacts, by contact. */
  contactPhones: Map<string, PhoneRow[]>;
  costOptions: Map<string, CostOptionRow[]>;
  languages: Map<string, LanguageRow[]>;
  serviceAreas: Map<string, ServiceAreaRow[]>;
  fundings: Map<string, FundingRow[]>;
  /**
   * Attributes (with their terms) by the id of the record they describe: the services, their
   * organisations and organisation identifiers, and their contacts.
   */
  attributes: Map<string, AttributeWithTerm[]>;
}

export async function loadServices(db: DbOrTx, ids: readonly string[]): Promise<Map<string, StoredService>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(storedServiceColumns).from(directoryServices).where(anyUuid(directoryServices.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadOrganizations(db: DbOrTx, ids: readonly string[]): Promise<Map<string, OrganizationRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(directoryOrganisations).where(anyUuid(directoryOrganisations.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Identifiers of the given organisations, in one query. */
export async function loadOrganizationIdentifiers(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, OrganizationIdentifierRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(directoryOrganizationIdentifiers)
    .where(anyUuid(directoryOrganizationIdentifiers.organizationId, ids))
    .orderBy(asc(directoryOrganizationIdentifiers.id));
  return groupBy(rows, (row) => row.organizationId);
}

/** Identifiers and attributes of the given organisations: two queries. */
export async function loadOrganizationRelated(db: DbOrTx, ids: readonly string[]): Promise<OrganizationRelated> {
  const identifiers = await loadOrganizationIdentifiers(db, ids);
  const identifierIds = [...identifiers.values()].flat().map((row) => row.id);
  return { identifiers, attributes: await loadAttributes(db, [...ids, ...identifierIds]) };
}

export async function loadLocationDetails(db: DbOrTx, ids: readonly string[]): Promise<LocationDetails> {
  if (ids.length === 0) {
    return { locations: new Map(), addresses: new Map(), schedules: new Map(), accessibility: new Map(), attributes: new Map() };
  }
  const locations = await db.select().from(directoryLocations).where(anyUuid(directoryLocations.id, ids));
  const addresses = await db
    .select()
    .from(directoryAddresses)
    .where(anyUuid(directoryAddresses.locationId, ids))
    .orderBy(asc(directoryAddresses.id));
  const schedules = await db
    .select()
    .from(directorySchedules)
    .where(
      and(
        anyUuid(directorySchedules.locationId, ids),
        isNull(directorySchedules.serviceId),
        isNull(directorySchedules.serviceAtLocationId),
      ),
    )
    .orderBy(asc(directorySchedules.id));
  const accessibility = await db
    .select()
    .from(directoryAccessibility)
    .where(anyUuid(directoryAccessibility.locationId, ids))
    .orderBy(asc(directoryAccessibility.id));
  const attributes = await loadAttributes(db, [...ids, ...addresses.map((row) => row.id), ...accessibility.map((row) => row.id)]);
  return {
    locations: new Map(locations.map((row) => [row.id, row])),
    addresses: groupBy(addresses, (row) => row.locationId),
    schedules: groupBy(schedules, (row) => row.locationId),
    accessibility: groupBy(accessibility, (row) => row.locationId),
    attributes,
  };
}

/** Attributes of the given records, each with its taxonomy term, in one query. */
export async function loadAttributes(db: DbOrTx, linkIds: readonly string[]): Promise<Map<string, AttributeWithTerm[]>> {
  if (linkIds.length === 0) return new Map();
  const rows = await db
    .select({ attribute: directoryAttributes, term: directoryTaxonomyTerms, taxonomy: directoryTaxonomies })
    .from(directoryAttributes)
    .innerJoin(directoryTaxonomyTerms, eq(directoryTaxonomyTerms.id, directoryAttributes.taxonomyTermId))
    .leftJoin(directoryTaxonomies, eq(directoryTaxonomies.id, directoryTaxonomyTerms.taxonomyId))
    .where(anyUuid(directoryAttributes.linkId, linkIds))
    .orderBy(asc(directoryAttributes.id));
  return groupBy(
    rows.map(({ attribute, term, taxonomy }) => ({ ...attribute, term, taxonomy })),
    (row) => row.linkId,
  );
}

/** Everything nested under the given services, one query per table. */
export async function loadServiceDetails(db: DbOrTx, services: readonly StoredService[]): Promise<ServiceDetails> {
  const ids = services.map((s) => s.id);
  const organizationIds = [...new Set(services.map((s) => s.organizationId))];
  const organizations = await loadOrganizations(db, organizationIds);
  const organizationIdentifiers = await loadOrganizationIdentifiers(db, organizationIds);
  const identifierIds = [...organizationIdentifiers.values()].flat().map((row) => row.id);
  const byService = <T extends { serviceId: string | null }>(rows: T[]) => groupBy(rows, (row) => row.serviceId);
  if (ids.length === 0) {
    return {
      organizations,
      organizationIdentifiers,
      serviceAtLocations: new Map(),
      locations: await loadLocationDetails(db, []),
      schedules: new Map(),
      contacts: new Map(),
      phones: new Map(),
      contactPhones: new Map(),
      costOptions: new Map(),
      languages: new Map(),
      serviceAreas: new Map(),
      fundings: new Map(),
      attributes: new Map(),
    };
  }
  const serviceAtLocations = await db
    .select()
    .from(directoryServiceAtLocations)
    .where(anyUuid(directoryServiceAtLocations.serviceId, ids))
    .orderBy(asc(directoryServiceAtLocations.id));
  const locations = await loadLocationDetails(db, [...new Set(serviceAtLocations.map((sal) => sal.locationId))]);
  const contacts = await db
    .select()
    .from(directoryContacts)
    .where(anyUuid(directoryContacts.serviceId, ids))
    .orderBy(asc(directoryContacts.id));
  const contactIds = contacts.map((c) => c.id);
  const phones = await db
    .select()
    .from(directoryPhones)
    .where(
      contactIds.length > 0
        ? or(anyUuid(directoryPhones.serviceId, ids), anyUuid(directoryPhones.contactId, contactIds))
        : anyUuid(directoryPhones.serviceId, ids),
    )
    .orderBy(asc(directoryPhones.id));
  const ofTable = async <T extends { serviceId: string | null }>(
    table:
      | typeof directorySchedules
      | typeof directoryCostOptions
      | typeof directoryLanguages
      | typeof directoryServiceAreas
      | typeof directoryFundings,
  ) => byService((await db.select().from(table).where(anyUuid(table.serviceId, ids)).orderBy(asc(table.id))) as T[]);
  return {
    organizations,
    organizationIdentifiers,
    serviceAtLocations: byService(serviceAtLocations),
    locations,
    schedules: await ofTable<ScheduleRow>(directorySchedules),
    contacts: byService(contacts),
    phones: groupBy(phones, (row) => (row.contactId ? null : row.serviceId)),
    contactPhones: groupBy(phones, (row) => row.contactId),
    costOptions: await ofTable<CostOptionRow>(directoryCostOptions),
    languages: await ofTable<LanguageRow>(directoryLanguages),
    serviceAreas: await ofTable<ServiceAreaRow>(directoryServiceAreas),
    fundings: await ofTable<FundingRow>(directoryFundings),
    attributes: await loadAttributes(db, [...ids, ...organizationIds, ...identifierIds, ...contactIds]),
  };
}
