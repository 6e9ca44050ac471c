import type { LocationDetails } from './oruk-detail-loader.ts';
import { compact, derivedUuid, feedWebAddress, optionalText } from './oruk-json.ts';
import type { AccessibilityRow, AddressRow, AttributeWithTerm, LocationRow, ScheduleRow } from './oruk-rows.ts';
import { nestedAttributes } from './oruk-taxonomy-mapper.ts';

type Attributes = ReadonlyMap<string, AttributeWithTerm[]>;

/**
 * ORUK 3.0 location, address, accessibility and schedule. A location's ORUK accessibility records
 * (kept as imported) are published as they are; a location with none but a one-line summary (what
 * Kith's screens edit) publishes the summary as one record whose id is derived from the
 * location's (stable across exports).
 */

export function toOrukAddress(row: AddressRow, attributes?: Attributes) {
  return compact({
    id: row.id,
    location_id: row.locationId,
    attention: row.attention,
    address_1: row.address1,
    address_2: row.address2,
    city: row.city,
    region: row.region,
    state_province: row.stateProvince,
    postal_code: row.postalCode,
    country: row.country,
    address_type: row.addressType,
    attributes: nestedAttributes(attributes, row.id),
  });
}

/** RRULE-style opening times (RFC 5545 FREQ/INTERVAL/BYDAY); times exactly as stored (seconds kept). */
export function toOrukSchedule(row: ScheduleRow) {
  return compact({
    id: row.id,
    service_id: row.serviceId,
    location_id: row.locationId,
    service_at_location_id: row.serviceAtLocationId,
    valid_from: row.validFrom,
    valid_to: row.validTo,
    dtstart: row.dtstart,
    freq: row.freq,
    interval: row.interval,
    byday: row.byday,
    bymonthday: row.bymonthday,
    opens_at: row.opensAt,
    closes_at: row.closesAt,
    description: row.description,
    notes: row.notes,
    schedule_link: feedWebAddress(row.scheduleLink),
    attending_type: row.attendingType,
  });
}

export function accessibilityId(locationId: string): string {
  return derivedUuid(`accessibility:${locationId}`);
}

export function toOrukAccessibility(row: AccessibilityRow, attributes?: Attributes) {
  return compact({
    id: row.id,
    location_id: row.locationId,
    description: row.description,
    details: row.details,
    url: feedWebAddress(row.url),
    accessibility: row.accessibility,
    attributes: nestedAttributes(attributes, row.id),
  });
}

function locationAccessibility(row: LocationRow, details: LocationDetails) {
  const records = details.accessibility.get(row.id) ?? [];
  if (records.length > 0) return records.map((record) => toOrukAccessibility(record, details.attributes));
  const summary = optionalText(row.accessibility);
  return summary ? [{ id: accessibilityId(row.id), location_id: row.id, description: summary }] : [];
}

export function toOrukLocation(row: LocationRow, details: LocationDetails) {
  return compact({
    id: row.id,
    location_type: row.locationType,
    name: row.name,
    description: row.description,
    url: feedWebAddress(row.url),
    latitude: row.latitude,
    longitude: row.longitude,
    external_identifier: optionalText(row.externalIdentifier),
    external_identifier_type: optionalText(row.externalIdentifierType),
    addresses: (details.addresses.get(row.id) ?? []).map((address) => toOrukAddress(address, details.attributes)),
    schedules: (details.schedules.get(row.id) ?? []).map(toOrukSchedule),
    accessibility: locationAccessibility(row, details),
    attributes: nestedAttributes(details.attributes, row.id),
  });
}
