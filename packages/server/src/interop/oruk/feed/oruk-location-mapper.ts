import type { LocationDetails } from './oruk-detail-loader.ts';
import { compact, derivedUuid, feedWebAddress, optionalText } from './oruk-json.ts';
import type { AddressRow, LocationRow, ScheduleRow } from './oruk-rows.ts';

/**
 * ORUK 3.0 location, address and schedule. Kith keeps a location's accessibility as one text;
 * ORUK 3.0 has a list of accessibility records, so it is published as one record whose id is
 * derived from the location's (stable across exports).
 */

export function toOrukAddress(row: AddressRow) {
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
  });
}

/** RRULE-style opening times (RFC 5545 FREQ/INTERVAL/BYDAY), as ORUK schedules. */
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
  });
}

export function accessibilityId(locationId: string): string {
  return derivedUuid(`accessibility:${locationId}`);
}

export function toOrukLocation(row: LocationRow, details: LocationDetails) {
  const accessibility = optionalText(row.accessibility);
  return compact({
    id: row.id,
    location_type: row.locationType,
    name: row.name,
    description: row.description,
    url: feedWebAddress(row.url),
    latitude: row.latitude,
    longitude: row.longitude,
    addresses: (details.addresses.get(row.id) ?? []).map(toOrukAddress),
    schedules: (details.schedules.get(row.id) ?? []).map(toOrukSchedule),
    accessibility: accessibility ? [{ id: accessibilityId(row.id), location_id: row.id, description: accessibility }] : [],
  });
}
