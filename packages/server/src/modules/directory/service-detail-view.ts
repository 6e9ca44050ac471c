import { type Schedule, type ServiceDetail, type ServiceLocation, WEEKDAYS, type Weekday } from '@kith/shared';
import type { ScheduleRow, StoredLocation, StoredServiceDetail } from './service-detail-read-repository.ts';

/**
 * A service with all its ORUK details, as the API shows it. Imported records may hold values
 * the editor would not accept (times with seconds, unknown day codes); those are normalised or
 * left out here so the response always matches the schema.
 */
export function toServiceDetail(
  stored: StoredServiceDetail,
  options: { canEdit: boolean; staleAfterMonths: number },
): ServiceDetail {
  const { service: s, costOptions } = stored;
  const locations = stored.locations.map(toServiceLocation);
  const cutoff = new Date();
  cutoff.setMonth(cutoff.getMonth() - options.staleAfterMonths);
  const first = locations.find((l) => l.locationType === 'physical') ?? locations[0];
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    organisationId: s.organizationId,
    organisationName: stored.organisationName,
    status: s.status,
    capacityStatus: s.capacityStatus,
    typicalWaitDays: s.typicalWaitDays,
    referralRoute: s.referralRoute,
    fundingStatus: s.fundingStatus,
    fundedUntil: s.fundedUntil,
    lastVerifiedAt: s.lastVerifiedAt?.toISOString() ?? null,
    lastVerifiedBy: s.lastVerifiedBy ? stored.verifierName : null,
    stale: s.lastVerifiedAt === null || s.lastVerifiedAt < cutoff,
    archived: s.archivedAt !== null,
    free: !costOptions.some((c) => (c.amount ?? 0) > 0),
    terms: stored.terms,
    distanceMetres: null,
    nearestLocation: first
      ? { name: first.name, postcode: first.postcode, latitude: first.latitude, longitude: first.longitude }
      : null,
    phone: firstPhone(stored),
    url: s.url,
    // The service's own email (the editor's field); contacts' emails are listed with the contacts.
    email: s.email,
    fees: s.fees,
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    languages: stored.languages.flatMap((name) => (name ? [name] : [])),
    serviceAreas: stored.serviceAreas.flatMap((name) => (name ? [name] : [])),
    locations,
    contacts: toContacts(stored),
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

function toServiceLocation({ location: l, address, schedules }: StoredLocation): ServiceLocation {
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
    schedules: schedules.flatMap((sc) => toSchedule(sc)),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function toSchedule(sc: ScheduleRow): Schedule[] {
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
function toContacts({ contacts, servicePhones }: StoredServiceDetail): ServiceDetail['contacts'] {
  const seen = new Set<string>();
  const result: ServiceDetail['contacts'] = [];
  for (const { contact: c, phone } of contacts) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    result.push({ id: c.id, name: c.name, email: c.email, phone });
  }
  for (const p of servicePhones) result.push({ id: p.id, name: null, email: null, phone: p.number });
  return result;
}

/** As search results pick it: the service's own phone first, else a contact's. */
function firstPhone({ servicePhones, contacts }: StoredServiceDetail): string | null {
  return servicePhones[0]?.number ?? contacts.find((c) => c.phone)?.phone ?? null;
}
