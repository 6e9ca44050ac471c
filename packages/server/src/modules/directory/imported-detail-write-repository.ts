import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  directoryAccessibility,
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryCostOptions,
  directoryFundings,
  directoryLanguages,
  directoryLocations,
  directoryOrganizationIdentifiers,
  directoryPhones,
  directorySchedules,
  directoryServiceAreas,
  directoryServiceAtLocations,
} from '../../db/schema/index.ts';
import { upsertById } from './bulk-upsert-repository.ts';

/**
 * The ORUK import's bulk writes of directory detail records: one statement per table per batch,
 * upserts by ORUK id, and deletes only of the kinds of detail the source gave again (absent is
 * not empty). The editor's one-service writes are in service-detail-write-repository.ts.
 */

type Row<T extends { $inferInsert: object }> = T['$inferInsert'] & { id: string };

/**
 * A location as an import writes it: its own columns and, for each list, the rows that replace
 * the stored ones, or null when the source left the list out (the stored rows are kept).
 */
export interface LocationRows {
  row: Omit<Row<typeof directoryLocations>, 'createdAt' | 'updatedAt'>;
  addresses: readonly Row<typeof directoryAddresses>[] | null;
  schedules: readonly Row<typeof directorySchedules>[] | null;
  accessibility: readonly Row<typeof directoryAccessibility>[] | null;
}

/**
 * Locations by id in bulk (imports), each list the source gave replacing the stored one; an
 * existing location keeps its creation time.
 */
export async function upsertLocations(tx: DbOrTx, locations: readonly LocationRows[], at: Date): Promise<void> {
  if (locations.length === 0) return;
  await upsertById(
    tx,
    directoryLocations,
    locations.map((l) => ({ ...l.row, createdAt: at, updatedAt: at })),
    { keep: ['createdAt'] },
  );
  const given = <K extends 'addresses' | 'schedules' | 'accessibility'>(key: K) =>
    locations.filter((l): l is LocationRows & Record<K, NonNullable<LocationRows[K]>> => l[key] !== null);
  const ids = (rows: readonly LocationRows[]) => rows.map((l) => l.row.id);
  if (given('addresses').length > 0) {
    await tx.delete(directoryAddresses).where(inArray(directoryAddresses.locationId, ids(given('addresses'))));
  }
  if (given('schedules').length > 0) {
    await tx
      .delete(directorySchedules)
      .where(
        and(
          inArray(directorySchedules.locationId, ids(given('schedules'))),
          isNull(directorySchedules.serviceId),
          isNull(directorySchedules.serviceAtLocationId),
        ),
      );
  }
  if (given('accessibility').length > 0) {
    await tx.delete(directoryAccessibility).where(inArray(directoryAccessibility.locationId, ids(given('accessibility'))));
  }
  await upsertById(
    tx,
    directoryAddresses,
    given('addresses').flatMap((l) => l.addresses),
  );
  await upsertById(
    tx,
    directorySchedules,
    given('schedules').flatMap((l) => l.schedules),
  );
  await upsertById(
    tx,
    directoryAccessibility,
    given('accessibility').flatMap((l) => l.accessibility),
  );
}

/** An organisation's identifiers (charity, company number…) as an import writes them. */
export interface OrganizationIdentifierRows {
  organizationId: string;
  identifiers: readonly Row<typeof directoryOrganizationIdentifiers>[];
}

/** Replaces the identifiers of each organisation given (imports; one statement per table). */
export async function replaceOrganizationIdentifiers(tx: DbOrTx, organizations: readonly OrganizationIdentifierRows[]) {
  if (organizations.length === 0) return;
  await tx.delete(directoryOrganizationIdentifiers).where(
    inArray(
      directoryOrganizationIdentifiers.organizationId,
      organizations.map((o) => o.organizationId),
    ),
  );
  await upsertById(
    tx,
    directoryOrganizationIdentifiers,
    organizations.flatMap((o) => o.identifiers),
  );
}

/**
 * Replaces the attributes of records other than services (an organisation, a location, an
 * address…: whatever `linkId` names), one statement per table.
 */
export async function replaceRecordAttributes(
  tx: DbOrTx,
  records: readonly { linkId: string; rows: readonly Row<typeof directoryAttributes>[] }[],
): Promise<void> {
  if (records.length === 0) return;
  await tx.delete(directoryAttributes).where(
    inArray(
      directoryAttributes.linkId,
      records.map((r) => r.linkId),
    ),
  );
  await upsertById(
    tx,
    directoryAttributes,
    records.flatMap((r) => r.rows),
  );
}

/**
 * The kinds of a service's detail an import replaces one by one: a source that leaves a list
 * out says nothing about it, so only the kinds it gives are deleted and written again. A
 * service-at-location's schedules, phones and contacts go with the service-at-location.
 */
export type ServiceDetailKind =
  | 'serviceAtLocations'
  | 'schedules'
  | 'contacts'
  | 'phones'
  | 'costOptions'
  | 'languages'
  | 'serviceAreas'
  | 'fundings'
  | 'attributes';

/** Deletes, for each service, only the kinds of detail named for it (before an import writes them again). */
export async function deleteServiceDetailKinds(
  tx: DbOrTx,
  services: readonly { serviceId: string; kinds: ReadonlySet<ServiceDetailKind> }[],
): Promise<void> {
  const idsWith = (kind: ServiceDetailKind) => services.filter((s) => s.kinds.has(kind)).map((s) => s.serviceId);
  const deleteFor = async (kind: ServiceDetailKind, remove: (ids: string[]) => Promise<unknown>) => {
    const ids = idsWith(kind);
    if (ids.length > 0) await remove(ids);
  };
  // Deleting a link takes its schedules, phones and contacts with it (foreign keys cascade).
  await deleteFor('serviceAtLocations', async (ids) => {
    await tx.delete(directoryServiceAtLocations).where(inArray(directoryServiceAtLocations.serviceId, ids));
    await tx
      .delete(directorySchedules)
      .where(and(inArray(directorySchedules.serviceId, ids), isNotNull(directorySchedules.locationId)));
    await tx
      .delete(directoryContacts)
      .where(and(inArray(directoryContacts.serviceId, ids), isNotNull(directoryContacts.locationId)));
  });
  await deleteFor('schedules', (ids) =>
    tx
      .delete(directorySchedules)
      .where(
        and(
          inArray(directorySchedules.serviceId, ids),
          isNull(directorySchedules.serviceAtLocationId),
          isNull(directorySchedules.locationId),
        ),
      ),
  );
  await deleteFor('contacts', (ids) =>
    tx
      .delete(directoryContacts)
      .where(
        and(
          inArray(directoryContacts.serviceId, ids),
          isNull(directoryContacts.serviceAtLocationId),
          isNull(directoryContacts.locationId),
        ),
      ),
  );
  await deleteFor('phones', (ids) =>
    tx
      .delete(directoryPhones)
      .where(
        and(
          inArray(directoryPhones.serviceId, ids),
          isNull(directoryPhones.serviceAtLocationId),
          isNull(directoryPhones.contactId),
        ),
      ),
  );
  for (const [kind, table] of [
    ['costOptions', directoryCostOptions],
    ['languages', directoryLanguages],
    ['serviceAreas', directoryServiceAreas],
    ['fundings', directoryFundings],
  ] as const) {
    await deleteFor(kind, (ids) => tx.delete(table).where(inArray(table.serviceId, ids)));
  }
  await deleteFor('attributes', (ids) =>
    tx
      .delete(directoryAttributes)
      .where(and(inArray(directoryAttributes.linkId, ids), eq(directoryAttributes.linkType, 'service'))),
  );
}

/** A service's detail rows as an import writes them. */
export interface ServiceDetailRows {
  serviceAtLocations: readonly Row<typeof directoryServiceAtLocations>[];
  schedules: readonly Row<typeof directorySchedules>[];
  contacts: readonly Row<typeof directoryContacts>[];
  phones: readonly Row<typeof directoryPhones>[];
  costOptions: readonly Row<typeof directoryCostOptions>[];
  languages: readonly Row<typeof directoryLanguages>[];
  serviceAreas: readonly Row<typeof directoryServiceAreas>[];
  fundings: readonly Row<typeof directoryFundings>[];
  attributes: readonly Row<typeof directoryAttributes>[];
}

/**
 * Services' detail rows by id in bulk (imports). Upserts, not inserts: a feed may move a detail
 * record from one service to another. Links come before what hangs off them.
 */
export async function upsertServiceDetails(tx: DbOrTx, details: readonly ServiceDetailRows[]): Promise<void> {
  const all = <K extends keyof ServiceDetailRows>(key: K): ServiceDetailRows[K][number][] => details.flatMap((d) => d[key]);
  await upsertById(tx, directoryServiceAtLocations, all('serviceAtLocations'));
  await upsertById(tx, directoryContacts, all('contacts'));
  await upsertById(tx, directoryPhones, all('phones'));
  await upsertById(tx, directorySchedules, all('schedules'));
  await upsertById(tx, directoryCostOptions, all('costOptions'));
  await upsertById(tx, directoryLanguages, all('languages'));
  await upsertById(tx, directoryServiceAreas, all('serviceAreas'));
  await upsertById(tx, directoryFundings, all('fundings'));
  await upsertById(tx, directoryAttributes, all('attributes'));
}
