import type { ServiceDetails, StoredService } from './oruk-detail-loader.ts';
import { compact, feedIdentifierUri, feedWebAddress, isoDateTime, optionalText } from './oruk-json.ts';
import { toOrukLocation, toOrukSchedule } from './oruk-location-mapper.ts';
import { toOrukOrganization } from './oruk-organization-mapper.ts';
import type {
  ContactRow,
  CostOptionRow,
  FundingRow,
  LanguageRow,
  PhoneRow,
  ScheduleRow,
  ServiceAreaRow,
  ServiceAtLocationRow,
} from './oruk-rows.ts';
import { nestedAttributes, toOrukAttribute } from './oruk-taxonomy-mapper.ts';

/**
 * ORUK 3.0 service. Kith's curation fields (capacity, waiting time, referral route, funding
 * status) are not in the UK profile and are never published; the date it was last verified is
 * published as `assured_date` when no assured date was imported. Optional fields with no value
 * are omitted (never null).
 */

/**
 * `last_modified`: the publisher's date for an imported record Kith has not edited since (an
 * edit clears it), so a re-published record keeps its source's date; else the row's last change.
 * `modified_after` filters on the same value (oruk-service-conditions.ts).
 */
export function lastModifiedOf(row: Pick<StoredService, 'sourceLastModified' | 'updatedAt'>): string {
  return isoDateTime(row.sourceLastModified ?? row.updatedAt);
}

/** `minimal=true`: enough to list and link. */
export function toOrukServiceMinimal(row: StoredService) {
  return {
    id: row.id,
    organization_id: row.organizationId,
    name: row.name,
    status: row.status,
    last_modified: lastModifiedOf(row),
  };
}

/** The service's own fields, without nested records (the default listing). */
export function toOrukServiceSummary(row: StoredService) {
  return compact({
    id: row.id,
    organization_id: row.organizationId,
    name: row.name,
    alternate_name: optionalText(row.alternateName),
    description: optionalText(row.description),
    url: feedWebAddress(row.url),
    email: optionalText(row.email),
    status: row.status,
    fees: optionalText(row.fees),
    accreditations: optionalText(row.accreditations),
    minimum_age: row.minimumAge,
    maximum_age: row.maximumAge,
    assured_date: row.assuredDate ?? (row.lastVerifiedAt ? isoDateTime(row.lastVerifiedAt).slice(0, 10) : null),
    assurer_email: optionalText(row.assurerEmail),
    alert: optionalText(row.alert),
    last_modified: lastModifiedOf(row),
  });
}

export function toOrukPhone(row: PhoneRow) {
  return compact({
    id: row.id,
    service_id: row.serviceId,
    contact_id: row.contactId,
    service_at_location_id: row.serviceAtLocationId,
    number: row.number,
    extension: row.extension,
    type: row.type,
    description: row.description,
  });
}

function toOrukContact(row: ContactRow, details: ServiceDetails) {
  return compact({
    id: row.id,
    service_id: row.serviceId,
    service_at_location_id: row.serviceAtLocationId,
    name: row.name,
    title: row.title,
    department: row.department,
    email: row.email,
    phones: (details.contactPhones.get(row.id) ?? []).map(toOrukPhone),
    attributes: nestedAttributes(details.attributes, row.id),
  });
}

function toOrukCostOption(row: CostOptionRow) {
  return compact({
    id: row.id,
    service_id: row.serviceId,
    valid_from: row.validFrom,
    valid_to: row.validTo,
    option: row.option,
    amount: row.amount,
    currency: row.currency,
    amount_description: row.amountDescription,
  });
}

function toOrukLanguage(row: LanguageRow) {
  return compact({ id: row.id, service_id: row.serviceId, name: row.name, code: row.code, note: row.note });
}

export function toOrukServiceArea(row: ServiceAreaRow) {
  return compact({
    id: row.id,
    service_id: row.serviceId,
    name: row.name,
    description: row.description,
    extent: row.extent,
    extent_type: row.extentType,
    uri: feedIdentifierUri(row.uri),
    service_area: row.serviceArea,
  });
}

function toOrukFunding(row: FundingRow) {
  return compact({ id: row.id, service_id: row.serviceId, source: row.source });
}

/**
 * Which service-at-location a schedule belongs to: its own link, else the one at its location;
 * null when it is the service's general timetable.
 */
function scheduleHome(row: ScheduleRow, sals: readonly ServiceAtLocationRow[]): string | null {
  if (row.serviceAtLocationId && sals.some((sal) => sal.id === row.serviceAtLocationId)) return row.serviceAtLocationId;
  if (row.locationId) return sals.find((sal) => sal.locationId === row.locationId)?.id ?? null;
  return null;
}

/** A schedule of the service, naming the service-at-location it belongs to (when it does). */
function toOrukServiceSchedule(row: ScheduleRow, sals: readonly ServiceAtLocationRow[]) {
  const home = scheduleHome(row, sals);
  return { ...toOrukSchedule(row), ...(home ? { service_at_location_id: home } : {}) };
}

export function toOrukServiceAtLocation(sal: ServiceAtLocationRow, details: ServiceDetails) {
  const sals = details.serviceAtLocations.get(sal.serviceId) ?? [];
  const location = details.locations.locations.get(sal.locationId);
  return compact({
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.locationId,
    description: sal.description,
    location: location ? toOrukLocation(location, details.locations) : null,
    schedules: (details.schedules.get(sal.serviceId) ?? [])
      .filter((s) => scheduleHome(s, sals) === sal.id)
      .map((s) => toOrukServiceSchedule(s, sals)),
    phones: (details.phones.get(sal.serviceId) ?? []).filter((p) => p.serviceAtLocationId === sal.id).map(toOrukPhone),
    contacts: (details.contacts.get(sal.serviceId) ?? [])
      .filter((c) => c.serviceAtLocationId === sal.id)
      .map((c) => toOrukContact(c, details)),
  });
}

/** `/services/{id}` and `/services?full=true`: the service with everything nested. */
export function toOrukServiceFull(row: StoredService, details: ServiceDetails) {
  const sals = details.serviceAtLocations.get(row.id) ?? [];
  const organization = details.organizations.get(row.organizationId);
  return {
    ...toOrukServiceSummary(row),
    ...(organization
      ? {
          organization: toOrukOrganization(organization, {
            identifiers: details.organizationIdentifiers.get(organization.id),
            attributes: details.attributes,
          }),
        }
      : {}),
    service_at_locations: sals.map((sal) => toOrukServiceAtLocation(sal, details)),
    // Every schedule and contact of the service, those of one place included (they name its
    // service_at_location_id): the UK profile drops schedules and contacts from
    // service_at_location, so service.schedules/contacts are its only place for them. The core
    // HSDS nesting under service_at_locations stays too, for consumers reading that shape.
    schedules: (details.schedules.get(row.id) ?? []).map((s) => toOrukServiceSchedule(s, sals)),
    contacts: (details.contacts.get(row.id) ?? []).map((c) => toOrukContact(c, details)),
    phones: (details.phones.get(row.id) ?? [])
      .filter((p) => !p.serviceAtLocationId || !sals.some((sal) => sal.id === p.serviceAtLocationId))
      .map(toOrukPhone),
    cost_options: (details.costOptions.get(row.id) ?? []).map(toOrukCostOption),
    languages: (details.languages.get(row.id) ?? []).map(toOrukLanguage),
    service_areas: (details.serviceAreas.get(row.id) ?? []).map(toOrukServiceArea),
    funding: (details.fundings.get(row.id) ?? []).map(toOrukFunding),
    attributes: (details.attributes.get(row.id) ?? []).map(toOrukAttribute),
  };
}
