import type {
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

/** The directory's rows as stored: what the ORUK mappers read and the import writes. */
export type OrganizationRow = typeof directoryOrganisations.$inferSelect;
export type ServiceRow = typeof directoryServices.$inferSelect;
export type LocationRow = typeof directoryLocations.$inferSelect;
export type AddressRow = typeof directoryAddresses.$inferSelect;
export type ServiceAtLocationRow = typeof directoryServiceAtLocations.$inferSelect;
export type ScheduleRow = typeof directorySchedules.$inferSelect;
export type PhoneRow = typeof directoryPhones.$inferSelect;
export type ContactRow = typeof directoryContacts.$inferSelect;
export type CostOptionRow = typeof directoryCostOptions.$inferSelect;
export type LanguageRow = typeof directoryLanguages.$inferSelect;
export type ServiceAreaRow = typeof directoryServiceAreas.$inferSelect;
export type FundingRow = typeof directoryFundings.$inferSelect;
export type AttributeRow = typeof directoryAttributes.$inferSelect;
export type TaxonomyRow = typeof directoryTaxonomies.$inferSelect;
export type TermRow = typeof directoryTaxonomyTerms.$inferSelect;
/** An ORUK accessibility record of a location (`dir_locations.accessibility` is only the summary). */
export type AccessibilityRow = typeof directoryAccessibility.$inferSelect;
export type OrganizationIdentifierRow = typeof directoryOrganizationIdentifiers.$inferSelect;

/** The ORUK (published, importable) columns of a service; Kith's curation columns are left out. */
export type ServiceOrukColumns = Pick<
  ServiceRow,
  | 'id'
  | 'organizationId'
  | 'name'
  | 'alternateName'
  | 'description'
  | 'url'
  | 'email'
  | 'status'
  | 'fees'
  | 'minimumAge'
  | 'maximumAge'
  | 'assuredDate'
  | 'assurerEmail'
  | 'accreditations'
  | 'alert'
  | 'sourceLastModified'
>;

/** The ORUK columns of an organisation (the link to a Kith VCSE organisation is Kith's own). */
export type OrganizationOrukColumns = Omit<OrganizationRow, 'kithOrganisationId' | 'createdAt' | 'updatedAt'>;
export type LocationOrukColumns = Omit<LocationRow, 'createdAt' | 'updatedAt'>;

/** An attribute with the term it points at (and the term's taxonomy, when it has one). */
export type AttributeWithTerm = AttributeRow & { term: TermRow; taxonomy: TaxonomyRow | null };

/** Appends to a list kept per key. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups rows by a key (rows with a null key are skipped). */
export function groupBy<V, K>(rows: readonly V[], keyOf: (row: V) => K | null): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) pushTo(map, key, row);
  }
  return map;
}
