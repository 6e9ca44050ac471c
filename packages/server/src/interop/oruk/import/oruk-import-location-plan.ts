import type { OrukImportWarning } from '@kith/shared';
import { derivedUuid } from '../feed/oruk-json.ts';
import { accessibilityId } from '../feed/oruk-location-mapper.ts';
import { isOrukId } from '../feed/oruk-query.ts';
import type { AccessibilityRow, AddressRow, LocationOrukColumns, ScheduleRow } from '../feed/oruk-rows.ts';
import { type FeedAccessibility, FeedLocation, type FeedSchedule } from './oruk-feed-schemas.ts';

/**
 * A feed's location → the rows Kith keeps, and the small pieces every part of the plan shares.
 * A list a feed leaves out is `null` ("absent is not empty"): the stored rows of that kind stay.
 */

export interface LocationPlan {
  row: LocationOrukColumns;
  /** Null when the feed left the list out: the stored rows are kept. */
  addresses: AddressRow[] | null;
  /** The location's own opening times; null when left out. */
  schedules: ScheduleRow[] | null;
  /** ORUK accessibility records; null when left out (the summary text is then kept too). */
  accessibility: AccessibilityRow[] | null;
  /** False when the feed said nothing of accessibility: the stored summary is kept. */
  summaryGiven: boolean;
}

export const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** A child record's id: its own when it is a UUID, otherwise one derived from where it sits. */
export function childIdOf(raw: string | number | undefined, scope: string): string {
  if (typeof raw === 'string' && isOrukId(raw)) return raw.toLowerCase();
  return derivedUuid(raw === undefined ? scope : `${scope}#${raw}`);
}

export function scheduleRow(
  s: FeedSchedule,
  scope: string,
  links: Pick<ScheduleRow, 'serviceId' | 'locationId' | 'serviceAtLocationId'>,
): ScheduleRow {
  return {
    id: childIdOf(s.id, scope),
    ...links,
    validFrom: orNull(s.valid_from),
    validTo: orNull(s.valid_to),
    dtstart: orNull(s.dtstart),
    freq: orNull(s.freq),
    interval: orNull(s.interval),
    byday: orNull(s.byday),
    bymonthday: orNull(s.bymonthday),
    opensAt: orNull(s.opens_at),
    closesAt: orNull(s.closes_at),
    description: orNull(s.description),
    notes: orNull(s.notes),
    scheduleLink: orNull(s.schedule_link),
    attendingType: orNull(s.attending_type),
  };
}

/**
 * The accessibility records and the one-line summary the directory screens show (the records'
 * descriptions joined). Kith's own feed publishes a summary with no records as one record with
 * an id derived from the location's: that comes back as the summary alone, so re-importing
 * Kith's feed changes nothing.
 */
function accessibilityOf(
  value: string | FeedAccessibility[] | undefined,
  locationId: string,
): { summary: string | null | undefined; records: AccessibilityRow[] | null } {
  if (value === undefined) return { summary: undefined, records: null };
  if (typeof value === 'string') return { summary: value, records: [] };
  const [only] = value;
  if (value.length === 1 && only?.id === accessibilityId(locationId) && !only.details && !only.url && !only.accessibility) {
    return { summary: orNull(only.description), records: [] };
  }
  const records = value.map((a, i) => ({
    id: childIdOf(a.id, `${locationId}:accessibility.${i}`),
    locationId,
    description: orNull(a.description),
    details: orNull(a.details),
    url: orNull(a.url),
    accessibility: orNull(a.accessibility),
  }));
  const words = value.map((a) => a.description ?? a.accessibility ?? a.details).filter(Boolean);
  return { summary: words.length > 0 ? words.join('; ') : null, records };
}

export function locationPlan(l: FeedLocation, scope: string): LocationPlan {
  const { summary, records } = accessibilityOf(l.accessibility, l.id);
  return {
    row: {
      id: l.id,
      locationType: l.location_type,
      name: orNull(l.name),
      description: orNull(l.description),
      latitude: orNull(l.latitude),
      longitude: orNull(l.longitude),
      accessibility: summary ?? null,
      url: orNull(l.url),
      externalIdentifier: orNull(l.external_identifier),
      externalIdentifierType: orNull(l.external_identifier_type),
    },
    addresses:
      l.addresses?.map((a, i) => ({
        id: childIdOf(a.id, `${l.id}:addresses.${i}`),
        locationId: l.id,
        attention: orNull(a.attention),
        address1: a.address_1 ?? '',
        address2: orNull(a.address_2),
        city: a.city ?? '',
        region: orNull(a.region),
        stateProvince: a.state_province ?? '',
        postalCode: a.postal_code ?? '',
        country: a.country ?? 'GB',
        addressType: a.address_type ?? 'physical',
      })) ?? null,
    schedules:
      l.schedules?.map((s, i) =>
        scheduleRow(s, `${scope}.schedules.${i}`, { serviceId: null, locationId: l.id, serviceAtLocationId: null }),
      ) ?? null,
    accessibility: records,
    summaryGiven: summary !== undefined,
  };
}

const friendly: Record<string, string> = {
  latitude: 'A latitude must be a number between -90 and 90',
  longitude: 'A longitude must be a number between -180 and 180',
};

/**
 * Checks a nested location on its own. A bad one is left out with one warning per problem naming
 * the service, the location and the field, so the rest of the service still imports.
 */
export function checkLocation(
  raw: unknown,
  where: { index: number; serviceId: string; path: string },
): { location: FeedLocation } | { warnings: OrukImportWarning[] } {
  const parsed = FeedLocation.safeParse(raw);
  if (parsed.success) return { location: parsed.data };
  const rawId = (raw as { id?: unknown } | null)?.id;
  const named = typeof rawId === 'string' || typeof rawId === 'number' ? `Location ${rawId}` : 'A location without an id';
  return {
    warnings: parsed.error.issues.slice(0, 5).map((issue) => {
      const field = issue.path.map(String).join('.');
      const message = friendly[field] ?? issue.message;
      return {
        index: where.index,
        id: where.serviceId,
        path: `${where.path}.${field}`,
        message: `${named} was left out of service ${where.serviceId}: ${field || 'location'}: ${message}`,
      };
    }),
  };
}
