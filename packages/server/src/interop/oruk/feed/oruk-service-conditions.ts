import type { Weekday } from '@kith/shared';
import { and, eq, exists, isNull, type SQL, sql } from 'drizzle-orm';
import {
  directoryAttributes,
  directoryServiceAtLocations,
  directoryServices,
  directoryTaxonomyTerms,
} from '../../../db/schema/index.ts';

/**
 * The WHERE of the feed's service filters, shared by `/services` and `/service_at_locations`
 * (which joins `dir_services`, so the same conditions apply to the service of each row).
 * Archived services are never published, so every condition carries `archived_at IS NULL`.
 */

export interface ServiceFilter {
  search?: string | undefined;
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: Date | undefined;
  minimumAge?: number | undefined;
  maximumAge?: number | undefined;
  /** HH:MM:SS. */
  startTime?: string | undefined;
  /** HH:MM:SS. */
  endTime?: string | undefined;
  day?: Weekday | undefined;
}

/**
 * Whose opening times a day or time filter reads: any schedule of the service (a service is open
 * on Monday if it is open somewhere on Monday), or only those that apply at one service at a
 * location (its own, the service's general timetable, and the location's own hours).
 */
export type ScheduleScope = 'service' | 'service_at_location';

/** `%` and `_` typed by a user are matched literally. */
export function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The date a record was last changed, as the feed publishes it in `last_modified`: the
 * publisher's own date for an imported record Kith has not edited since, else Kith's.
 */
export const lastModifiedSql = sql<Date>`coalesce(${directoryServices.sourceLastModified}, ${directoryServices.updatedAt})`;

function termLinked(termCondition: SQL) {
  return exists(
    sql`(SELECT 1 FROM ${directoryAttributes} JOIN ${directoryTaxonomyTerms} ON ${directoryTaxonomyTerms.id} = ${directoryAttributes.taxonomyTermId} WHERE ${directoryAttributes.linkId} = ${directoryServices.id} AND ${termCondition})`,
  );
}

function scheduleOwner(scope: ScheduleScope): SQL {
  const service = directoryServices.id;
  if (scope === 'service') {
    return sql`(sc.service_id = ${service}
      OR sc.service_at_location_id IN (SELECT sal.id FROM dir_service_at_locations sal WHERE sal.service_id = ${service})
      OR (sc.service_id IS NULL AND sc.service_at_location_id IS NULL
        AND sc.location_id IN (SELECT sal.location_id FROM dir_service_at_locations sal WHERE sal.service_id = ${service})))`;
  }
  const here = directoryServiceAtLocations.id;
  const place = directoryServiceAtLocations.locationId;
  // As the feed nests them: a schedule of another service-at-location or another location of the
  // same service is not this one's.
  return sql`(sc.service_at_location_id = ${here}
      OR (sc.service_id = ${service} AND sc.service_at_location_id IS NULL AND (sc.location_id IS NULL OR sc.location_id = ${place}))
      OR (sc.service_id IS NULL AND sc.service_at_location_id IS NULL AND sc.location_id = ${place}))`;
}

/**
 * A current schedule matches the day and times together. Stored times are HH:MM text (HH:MM:SS
 * from some imports); `rpad` makes both HH:MM:SS so text order is time order. A day is one of
 * `byday`'s RRULE codes, whose ordinal prefix (`1MO`) is ignored; a daily schedule without
 * `byday` is open every day.
 */
function scheduled(filter: ServiceFilter, scope: ScheduleScope): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.day) {
    conditions.push(sql`(${filter.day}::text IN (SELECT right(d, 2) FROM unnest(string_to_array(upper(replace(sc.byday, ' ', '')), ',')) AS d)
      OR (upper(sc.freq) = 'DAILY' AND coalesce(sc.byday, '') = ''))`);
  }
  if (filter.startTime) conditions.push(sql`rpad(sc.opens_at, 8, ':00') >= ${filter.startTime}::text`);
  if (filter.endTime) conditions.push(sql`rpad(sc.closes_at, 8, ':00') <= ${filter.endTime}::text`);
  if (conditions.length === 0) return undefined;
  return sql`EXISTS (SELECT 1 FROM dir_schedules sc WHERE ${scheduleOwner(scope)}
    AND (sc.valid_from IS NULL OR sc.valid_from <= current_date)
    AND (sc.valid_to IS NULL OR sc.valid_to >= current_date)
    AND ${sql.join(conditions, sql` AND `)})`;
}

/** The conditions on `dir_services` (and, for `service_at_location` scope, the joined row). */
export function publishedServiceConditions(filter: ServiceFilter, scope: ScheduleScope = 'service'): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(directoryServices.archivedAt)];
  if (filter.search) {
    // Full text on name and description, or the words anywhere in them (trigram-indexed).
    conditions.push(
      sql`(${directoryServices.searchVector} @@ websearch_to_tsquery('english', ${filter.search}) OR ${directoryServices.searchText} LIKE ${likePattern(filter.search.toLowerCase())})`,
    );
  }
  if (filter.taxonomyTermId) conditions.push(termLinked(sql`${directoryTaxonomyTerms.id} = ${filter.taxonomyTermId}`));
  if (filter.taxonomyId) conditions.push(termLinked(sql`${directoryTaxonomyTerms.taxonomyId} = ${filter.taxonomyId}`));
  if (filter.organizationId) conditions.push(eq(directoryServices.organizationId, filter.organizationId));
  // "Modified on or after" (the profile's words) by the same date `last_modified` publishes, so
  // a consumer that asks for changes since the newest `last_modified` it read gets exactly the
  // records whose published date says so, imported ones included.
  if (filter.modifiedAfter) conditions.push(sql`${lastModifiedSql} >= ${filter.modifiedAfter.toISOString()}::timestamptz`);
  // The UK profile's words: "a minimum age of at least" the value and "a maximum age … equal to or
  // below" it. No minimum is a minimum of 0; no maximum is no upper limit, so never "below".
  if (filter.minimumAge !== undefined) {
    conditions.push(sql`coalesce(${directoryServices.minimumAge}, 0) >= ${filter.minimumAge}::numeric`);
  }
  if (filter.maximumAge !== undefined) {
    conditions.push(sql`${directoryServices.maximumAge} <= ${filter.maximumAge}::numeric`);
  }
  conditions.push(scheduled(filter, scope));
  return and(...conditions);
}
