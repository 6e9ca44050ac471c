import type { ServiceSummary } from '@kith/shared';

/**
 * What the results map shows, worked out without Leaflet (so it is tested as plain functions
 * and Leaflet itself loads only when the map is drawn): one marker per result with a location
 * that has coordinates, the searched postcode, and the box that holds them all.
 */

export interface MapPoint {
  latitude: number;
  longitude: number;
}

export interface ServiceMarker extends MapPoint {
  serviceId: string;
  serviceName: string;
  /** Where the marker stands, in words: "Community hall, M1 1AA". */
  place: string;
}

const isCoordinate = (value: number | null | undefined, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** A point with real coordinates, or null (a missing or out-of-range one is never drawn). */
export function mapPoint(latitude: number | null | undefined, longitude: number | null | undefined): MapPoint | null {
  return isCoordinate(latitude, 90) && isCoordinate(longitude, 180) ? { latitude, longitude } : null;
}

/** One marker per service whose nearest (or first) location has coordinates, in the list's order. */
export function serviceMarkers(services: readonly ServiceSummary[]): ServiceMarker[] {
  return services.flatMap((service) => {
    const location = service.nearestLocation;
    const point = location ? mapPoint(location.latitude, location.longitude) : null;
    if (!location || !point) return [];
    const place = [location.name, location.postcode].filter(Boolean).join(', ');
    return [{ ...point, serviceId: service.id, serviceName: service.name, place }];
  });
}

export interface MapBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The smallest box holding every point; null when there are none. */
export function mapBounds(points: readonly MapPoint[]): MapBounds | null {
  if (points.length === 0) return null;
  return points.reduce<MapBounds>(
    (box, p) => ({
      south: Math.min(box.south, p.latitude),
      west: Math.min(box.west, p.longitude),
      north: Math.max(box.north, p.latitude),
      east: Math.max(box.east, p.longitude),
    }),
    { south: 90, west: 180, north: -90, east: -180 },
  );
}

/** The hint beside the map for screen reader users: what it shows, and that the list says the same. */
export function mapSummary(markerCount: number, resultCount: number, postcode: string | null): string {
  const services =
    markerCount === 0
      ? 'none of the services on this page'
      : markerCount === resultCount
        ? resultCount === 1
          ? 'the one service on this page'
          : `all ${resultCount} services on this page`
        : `${markerCount} of the ${resultCount} services on this page`;
  const where = postcode ? ` and the searched postcode, ${postcode}` : '';
  return `The map shows ${services}${where}. The list of results has the same information.`;
}
