import { type Schedule, type ServiceDetail, type ServiceLocation, WEEKDAYS, type Weekday } from '@kith/shared';
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
import { termsOfServices } from './service-summary-repository.ts';

/**
 * A service with all its ORUK details, as the API shows it. Imported records may hold values
 * the editor would not accept (times with seconds, unknown day codes); those are normalised or
 * left out here so the response always matches the schema.
 */
export async function loadServiceDetail(
  db: DbOrTx,
  id: string,
  options: { canEdit: boolean; staleAfterMonths: number },
): Promise<ServiceDetail | null> {
  const [row] = await db
    .select({ s: directoryServices, organisationName: directoryOrganisations.name, verifierName: users.displayName })
    .from(directoryServices)
    .innerJoin(directoryOrganisations, eq(directoryOrganisations.id, directoryServices.organizationId))
    .leftJoin(users, eq(users.id, directoryServices.lastVerifiedBy))
    .where(eq(directoryServices.id, id))
    .limit(1);
  if (!row) return null;
  const { s } = row;
  const locations = await locationsOf(db, id);
  const contacts = await contactsOf(db, id);
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
  const cutoff = new Date();
  cutoff.setMonth(cutoff.getMonth() - options.staleAfterMonths);
  const first = locations.find((l) => l.locationType === 'physical') ?? locations[0];
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    organisationId: s.organizationId,
    organisationName: row.organisationName,
    status: s.status,
    capacityStatus: s.capacityStatus,
    typicalWaitDays: s.typicalWaitDays,
    referralRoute: s.referralRoute,
    fundingStatus: s.fundingStatus,
    fundedUntil: s.fundedUntil,
    lastVerifiedAt: s.lastVerifiedAt?.toISOString() ?? null,
    lastVerifiedBy: s.lastVerifiedBy ? row.verifierName : null,
    stale: s.lastVerifiedAt === null || s.lastVerifiedAt < cutoff,
    archived: s.archivedAt !== null,
    free: !costOptions.some((c) => (c.amount ?? 0) > 0),
    terms: terms.get(id) ?? [],
    distanceMetres: null,
    nearestLocation: first ? { name: first.name, postcode: first.postcode } : null,
    url: s.url,
    email: s.email,
    fees: s.fees,
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    languages: languages.flatMap((l) => (l.name ? [l.name] : [])),
    serviceAreas: areas.flatMap((a) => (a.name ? [a.name] : [])),
    locations,
    contacts,
    costOptions: costOptions.map((c) => ({
      id: c.id,
      option: c.option,
      amount: c.amount === null ? null : Number(c.amount),
      amountDescription: c.amountDescription,
    })),
    canEdit: options.canEdit,
    updatedAt: s.updatedAt.toISOString(),
  };
}

async function locationsOf(db: DbOrTx, serviceId: string): Promise<ServiceLocation[]> {
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
  return rows.map(({ link, l }) => {
    const address = addresses.find((a) => a.locationId === l.id);
    return {
      id: l.id,
      name: l.name ?? '',
      locationType: l.locationType,
      address1: address?.address1 || null,
      city: address?.city || null,
      postcode: address?.postalCode || null,
      latitude: l.latitude,
      longitude: l.longitude,
      accessibility: l.accessibility,
      schedules: schedules
        .filter((sc) => sc.serviceAtLocationId === link || (sc.serviceAtLocationId === null && sc.locationId === l.id))
        .flatMap((sc) => toSchedule(sc)),
    };
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function toSchedule(sc: typeof directorySchedules.$inferSelect): Schedule[] {
  const byday = (sc.byday ?? '')
    .toUpperCase()
    .split(',')
    .map((d) => d.trim())
    .filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
  const opensAt = (sc.opensAt ?? '').slice(0, 5);
  const closesAt = (sc.closesAt ?? '').slice(0, 5);
  if (byday.length === 0 || !TIME.test(opensAt) || !TIME.test(closesAt)) return [];
  return [
    {
      id: sc.id,
      freq: sc.freq === 'MONTHLY' ? 'MONTHLY' : 'WEEKLY',
      interval: Math.min(12, Math.max(1, sc.interval ?? 1)),
      byday,
      opensAt,
      closesAt,
      description: sc.description,
      validFrom: sc.validFrom,
      validTo: sc.validTo,
    },
  ];
}

/** Contacts with their phone; phones on the service itself (ORUK imports) appear as unnamed contacts. */
async function contactsOf(db: DbOrTx, serviceId: string): Promise<ServiceDetail['contacts']> {
  const contacts = await db
    .select({ c: directoryContacts, phone: directoryPhones.number })
    .from(directoryContacts)
    .leftJoin(directoryPhones, eq(directoryPhones.contactId, directoryContacts.id))
    .where(eq(directoryContacts.serviceId, serviceId))
    .orderBy(asc(directoryContacts.id));
  const servicePhones = await db
    .select()
    .from(directoryPhones)
    .where(and(eq(directoryPhones.serviceId, serviceId), isNotNull(directoryPhones.number), gt(directoryPhones.number, '')));
  const seen = new Set<string>();
  const result: ServiceDetail['contacts'] = [];
  for (const { c, phone } of contacts) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    result.push({ id: c.id, name: c.name, email: c.email, phone });
  }
  for (const p of servicePhones) result.push({ id: p.id, name: null, email: null, phone: p.number });
  return result;
}
