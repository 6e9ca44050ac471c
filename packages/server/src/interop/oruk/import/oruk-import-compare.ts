import type { LocationDetails, ServiceDetails, StoredService } from '../feed/oruk-detail-loader.ts';
import type {
  LocationRow,
  OrganizationIdentifierRow,
  OrganizationOrukColumns,
  OrganizationRow,
  ServiceOrukColumns,
} from '../feed/oruk-rows.ts';
import type { ChildKind, LocationPlan, ServiceChildren, ServicePlan } from './oruk-import-plan.ts';

/**
 * Whether the feed's version of a record differs from Kith's. Only a changed record is written
 * (and its `updated_at`, published as `last_modified`, moved on), so re-importing an unchanged
 * feed — Kith's own export included — changes nothing.
 */

type Plain = Record<string, unknown>;

/** Order-independent text of some rows: sorted by id, keys sorted, empty text as no value. */
export function canonical(rows: readonly object[], leaveOut: readonly string[] = []): string {
  const normalised = rows.map((row) => {
    const out: Plain = {};
    for (const key of Object.keys(row).sort()) {
      if (leaveOut.includes(key)) continue;
      const value = (row as Plain)[key];
      out[key] = value === '' || value === undefined ? null : value instanceof Date ? value.toISOString() : value;
    }
    return out;
  });
  normalised.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return JSON.stringify(normalised);
}

const SERVICE_COLUMNS: readonly (keyof ServiceOrukColumns)[] = [
  'id',
  'organizationId',
  'name',
  'alternateName',
  'description',
  'url',
  'email',
  'status',
  'fees',
  'minimumAge',
  'maximumAge',
  'assuredDate',
  'assurerEmail',
  'accreditations',
  'alert',
  'sourceLastModified',
];

export function serviceColumnsOf(row: StoredService): ServiceOrukColumns {
  const out = {} as Record<keyof ServiceOrukColumns, unknown>;
  for (const key of SERVICE_COLUMNS) out[key] = row[key];
  return out as ServiceOrukColumns;
}

/** The rows Kith holds under a service, in the same partition as a plan's. */
export function storedChildren(serviceId: string, details: ServiceDetails): ServiceChildren {
  const contacts = details.contacts.get(serviceId) ?? [];
  return {
    serviceAtLocations: details.serviceAtLocations.get(serviceId) ?? [],
    schedules: details.schedules.get(serviceId) ?? [],
    contacts,
    phones: [...(details.phones.get(serviceId) ?? []), ...contacts.flatMap((c) => details.contactPhones.get(c.id) ?? [])],
    costOptions: details.costOptions.get(serviceId) ?? [],
    languages: details.languages.get(serviceId) ?? [],
    serviceAreas: details.serviceAreas.get(serviceId) ?? [],
    fundings: details.fundings.get(serviceId) ?? [],
    attributes: (details.attributes.get(serviceId) ?? []).map(({ term: _term, taxonomy: _taxonomy, ...attribute }) => attribute),
  };
}

/**
 * The rows of one kind of detail: a service-at-location's schedules, phones and contacts (and
 * its contacts' phones) go with the service-at-locations; the other kinds are the service's own.
 */
export function rowsOfKind(children: ServiceChildren, kind: ChildKind): object[] {
  const atLocation = (row: { serviceAtLocationId: string | null; locationId?: string | null }) =>
    row.serviceAtLocationId !== null || (row.locationId ?? null) !== null;
  const salContacts = new Set(children.contacts.filter(atLocation).map((c) => c.id));
  switch (kind) {
    case 'serviceAtLocations':
      return [
        ...children.serviceAtLocations,
        ...children.schedules.filter(atLocation),
        ...children.contacts.filter(atLocation),
        ...children.phones.filter((p) => p.serviceAtLocationId !== null || salContacts.has(p.contactId ?? '')),
      ];
    case 'schedules':
      return children.schedules.filter((s) => !atLocation(s));
    case 'contacts': {
      const own = children.contacts.filter((c) => !atLocation(c));
      const ids = new Set(own.map((c) => c.id));
      return [...own, ...children.phones.filter((p) => ids.has(p.contactId ?? ''))];
    }
    case 'phones':
      return children.phones.filter((p) => p.serviceAtLocationId === null && p.contactId === null);
    default:
      return children[kind];
  }
}

/** `last_modified` counts only when the feed gives it; Kith's feed says `updated_at` when it has no publisher's date. */
function lastModifiedChanged(plan: ServicePlan, stored: StoredService): boolean {
  const given = plan.service.sourceLastModified;
  if (!given) return false;
  return given.getTime() !== (stored.sourceLastModified ?? stored.updatedAt).getTime();
}

export function serviceChanged(plan: ServicePlan, stored: StoredService, details: ServiceDetails): boolean {
  const leaveOut = ['sourceLastModified'];
  if (canonical([plan.service], leaveOut) !== canonical([serviceColumnsOf(stored)], leaveOut)) return true;
  if (lastModifiedChanged(plan, stored)) return true;
  const children = storedChildren(stored.id, details);
  return [...plan.present].some((kind) => canonical(rowsOfKind(plan.children, kind)) !== canonical(rowsOfKind(children, kind)));
}

export function organizationChanged(
  planned: OrganizationOrukColumns,
  identifiers: OrganizationIdentifierRow[] | null,
  stored: OrganizationRow,
  storedIdentifiers: readonly OrganizationIdentifierRow[],
): boolean {
  return (
    canonical([planned]) !== canonical([stored], ['kithOrganisationId', 'createdAt', 'updatedAt']) ||
    (identifiers !== null && canonical(identifiers) !== canonical(storedIdentifiers))
  );
}

/** Lists the feed left out (null) are not compared: they are kept as stored. */
export function locationChanged(planned: LocationPlan, stored: LocationRow, details: LocationDetails): boolean {
  const differs = (rows: readonly object[] | null, was: readonly object[] | undefined) =>
    rows !== null && canonical(rows) !== canonical(was ?? []);
  return (
    canonical([planned.row]) !== canonical([stored], ['createdAt', 'updatedAt']) ||
    differs(planned.addresses, details.addresses.get(stored.id)) ||
    differs(planned.schedules, details.schedules.get(stored.id)) ||
    differs(planned.accessibility, details.accessibility.get(stored.id))
  );
}

export function rowChanged(planned: object, stored: object): boolean {
  return canonical([planned]) !== canonical([stored]);
}
