import { and, asc, eq, gt, inArray, isNotNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  directoryAddresses,
  directoryContacts,
  directoryCostOptions,
  directoryLanguages,
  directoryLocations,
  directoryOrganisations,
  directoryPhones,
  directorySchedules,
  directoryServiceAreas,
  directoryServiceAtLocations,
  directoryServices,
  users,
} from '../../db/schema/index.ts';
import { type TermRef, termsOfServices } from './service-summary-repository.ts';

/**
 * A service with all its ORUK details as stored, for the service page and the editor
 * (service-detail-view.ts shapes it for the API).
 */

export type ScheduleRow = typeof directorySchedules.$inferSelect;

/** A location the service is delivered at, through its link, with the opening times that apply there. */
export interface StoredLocation {
  location: typeof directoryLocations.$inferSelect;
  address: typeof directoryAddresses.$inferSelect | undefined;
  /** The link's own schedules and the location-wide ones (ORUK imports). */
  schedules: ScheduleRow[];
}

export interface StoredServiceDetail {
  service: typeof directoryServices.$inferSelect;
  organisationName: string;
  verifierName: string | null;
  /** By name, then id. */
  locations: StoredLocation[];
  /** Contacts with their phone (a contact with several phones comes once per phone), by id. */
  contacts: { contact: typeof directoryContacts.$inferSelect; phone: string | null }[];
  /** Phones on the service itself (ORUK imports), with a number, by id. */
  servicePhones: (typeof directoryPhones.$inferSelect)[];
  costOptions: (typeof directoryCostOptions.$inferSelect)[];
  languages: (string | null)[];
  serviceAreas: (string | null)[];
  terms: TermRef[];
}

export async function loadServiceDetail(db: DbOrTx, id: string): Promise<StoredServiceDetail | null> {
  const [row] = await db
    .select({ s: directoryServices, organisationName: directoryOrganisations.name, verifierName: users.displayName })
    .from(directoryServices)
    .innerJoin(directoryOrganisations, eq(directoryOrganisations.id, directoryServices.organizationId))
    .leftJoin(users, eq(users.id, directoryServices.lastVerifiedBy))
    .where(eq(directoryServices.id, id))
    .limit(1);
  if (!row) return null;
  const locations = await locationsOf(db, id);
  const contacts = await db
    .select({ contact: directoryContacts, phone: directoryPhones.number })
    .from(directoryContacts)
    .leftJoin(directoryPhones, eq(directoryPhones.contactId, directoryContacts.id))
    .where(eq(directoryContacts.serviceId, id))
    .orderBy(asc(directoryContacts.id), asc(directoryPhones.id));
  const servicePhones = await db
    .select()
    .from(directoryPhones)
    .where(and(eq(directoryPhones.serviceId, id), isNotNull(directoryPhones.number), gt(directoryPhones.number, '')))
    .orderBy(asc(directoryPhones.id));
  const costOptions = await db.select().from(directoryCostOptions).where(eq(directoryCostOptions.serviceId, id));
  const languages = await db
    .select({ name: directoryLanguages.name })
    .from(directoryLanguages)
    .where(eq(directoryLanguages.serviceId, id));
  const areas = await db
    .select({ name: directoryServiceAreas.name })
    .from(directoryServiceAreas)
    .where(eq(directoryServiceAreas.serviceId, id));
  const terms = await termsOfServices(db, [id]);
  return {
    service: row.s,
    organisationName: row.organisationName,
    verifierName: row.verifierName,
    locations,
    contacts,
    servicePhones,
    costOptions,
    languages: languages.map((l) => l.name),
    serviceAreas: areas.map((a) => a.name),
    terms: terms.get(id) ?? [],
  };
}

async function locationsOf(db: DbOrTx, serviceId: string): Promise<StoredLocation[]> {
  const rows = await db
    .select({ link: directoryServiceAtLocations.id, l: directoryLocations })
    .from(directoryServiceAtLocations)
    .innerJoin(directoryLocations, eq(directoryLocations.id, directoryServiceAtLocations.locationId))
    .where(eq(directoryServiceAtLocations.serviceId, serviceId))
    .orderBy(asc(directoryLocations.name), asc(directoryLocations.id));
  if (rows.length === 0) return [];
  const locationIds = rows.map((r) => r.l.id);
  const addresses = await db.select().from(directoryAddresses).where(inArray(directoryAddresses.locationId, locationIds));
  const schedules = await db
    .select()
    .from(directorySchedules)
    .where(
      or(
        inArray(
          directorySchedules.serviceAtLocationId,
          rows.map((r) => r.link),
        ),
        inArray(directorySchedules.locationId, locationIds),
      ),
    );
  return rows.map(({ link, l }) => ({
    location: l,
    address: addresses.find((a) => a.locationId === l.id),
    schedules: schedules.filter(
      (sc) => sc.serviceAtLocationId === link || (sc.serviceAtLocationId === null && sc.locationId === l.id),
    ),
  }));
}
