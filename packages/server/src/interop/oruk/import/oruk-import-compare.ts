import type { LocationDetails, ServiceDetails, StoredService } from '../feed/oruk-detail-loader.ts';
import type { LocationRow, OrganizationOrukColumns, OrganizationRow, ServiceOrukColumns } from '../feed/oruk-rows.ts';
import type { LocationPlan, ServiceChildren, ServicePlan } from './oruk-import-plan.ts';

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
  'alert',
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

const CHILD_KEYS: readonly (keyof ServiceChildren)[] = [
  'serviceAtLocations',
  'schedules',
  'contacts',
  'phones',
  'costOptions',
  'languages',
  'serviceAreas',
  'fundings',
  'attributes',
];

export function serviceChanged(plan: ServicePlan, stored: StoredService, details: ServiceDetails): boolean {
  if (canonical([plan.service]) !== canonical([serviceColumnsOf(stored)])) return true;
  const children = storedChildren(stored.id, details);
  return CHILD_KEYS.some((key) => canonical(plan.children[key]) !== canonical(children[key]));
}

export function organizationChanged(planned: OrganizationOrukColumns, stored: OrganizationRow): boolean {
  return canonical([planned]) !== canonical([stored], ['kithOrganisationId', 'createdAt', 'updatedAt']);
}

export function locationChanged(planned: LocationPlan, stored: LocationRow, details: LocationDetails): boolean {
  return (
    canonical([planned.row]) !== canonical([stored], ['createdAt', 'updatedAt']) ||
    canonical(planned.addresses) !== canonical(details.addresses.get(stored.id) ?? []) ||
    canonical(planned.schedules) !== canonical(details.schedules.get(stored.id) ?? [])
  );
}

export function rowChanged(planned: object, stored: object): boolean {
  return canonical([planned]) !== canonical([stored]);
}
