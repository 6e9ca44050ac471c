import type { LocationInput } from '@kith/shared';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryTaxonomyTerms } from '../../db/schema/index.ts';
import { validationError } from '../../errors.ts';
import { findPostcodes } from '../postcodes/postcode-repository.ts';
import type { PlacedLocation } from './service-detail-write-repository.ts';

/**
 * Checks of a service's input that need the database, each naming the field to fix.
 */

/** Every need term must exist (one query). */
export async function assertTermsExist(db: DbOrTx, termIds: string[]): Promise<void> {
  const unique = [...new Set(termIds)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: directoryTaxonomyTerms.id })
    .from(directoryTaxonomyTerms)
    .where(inArray(directoryTaxonomyTerms.id, unique));
  const known = new Set(found.map((f) => f.id));
  const index = termIds.findIndex((id) => !known.has(id));
  if (index !== -1) throw validationError(`termIds.${index}`, 'Choose needs from the list');
}

/**
 * Settles each location's coordinates: as given when both are given, else the centroid of its
 * postcode (an unknown postcode is the user's to fix, named `locations.N.postcode`), else none.
 * Kith never calls a geocoding service; coordinates come from the loaded ONS postcodes.
 */
export async function placeLocations(db: DbOrTx, locations: LocationInput[]): Promise<PlacedLocation[]> {
  const wanted = locations.filter((l) => !hasCoordinates(l) && l.postcode).map((l) => l.postcode as string);
  const centroids = await findPostcodes(db, [...new Set(wanted)]);
  return locations.map((location, index) => {
    if (hasCoordinates(location)) return { ...location, latitude: location.latitude, longitude: location.longitude };
    if (!location.postcode) return { ...location, latitude: null, longitude: null };
    const centroid = centroids.get(location.postcode);
    if (!centroid) {
      throw validationError(
        `locations.${index}.postcode`,
        'We do not know this postcode: check it, or enter the latitude and longitude',
      );
    }
    return { ...location, latitude: centroid.latitude, longitude: centroid.longitude };
  });
}

function hasCoordinates(l: LocationInput): l is LocationInput & { latitude: number; longitude: number } {
  return l.latitude != null && l.longitude != null;
}

/** An edit may keep only the service's own locations (by id); new ones come without an id. */
export function assertOwnLocations(locations: LocationInput[], current: Set<string>): void {
  const index = locations.findIndex((l) => l.id !== undefined && !current.has(l.id));
  if (index !== -1) throw validationError(`locations.${index}.id`, 'This location is not one of this service’s locations');
}
