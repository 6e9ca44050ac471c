import type { ResourceName } from './uk-profile-facts.ts';

/**
 * Which schema each feed response is held to. A list item carries only a record's one-to-one
 * fields; a detail nests every relation the profile has, recursively (the profile's resource graph
 * has no cycles, so "every" ends).
 */
export interface ResponseShape {
  resource: ResourceName;
  /** The relations this response defines: 'every', or just these (others go unchecked, as in a schema that leaves them out). */
  nested: 'every' | Readonly<Record<string, ResponseShape>>;
  /** Arrays a response adds beyond the resource's own fields (a page's `contents`). */
  lists?: Readonly<Record<string, ResponseShape>>;
  /** Objects a response adds beyond the resource's own fields (a service-at-location list item's `service`). */
  objects?: Readonly<Record<string, ResponseShape>>;
}

const flat = (resource: ResourceName): ResponseShape => ({ resource, nested: {} });

/** `/services/{id}`: the service with everything nested. */
export const FULL_SERVICE: ResponseShape = { resource: 'service', nested: 'every' };

/** An item of `/services`: the service's own fields and its organization's own fields. */
export const SERVICE_LIST_ITEM: ResponseShape = { resource: 'service', nested: { organization: flat('organization') } };

/** An item of `/service_at_locations`: its own fields, its location's, and the service as listed. */
export const SERVICE_AT_LOCATION_LIST_ITEM: ResponseShape = {
  resource: 'service_at_location',
  nested: { location: flat('location') },
  objects: { service: SERVICE_LIST_ITEM },
};

/** A service at location in its own shape, everything nested (Kith's own check, not the validator's). */
export const FULL_SERVICE_AT_LOCATION: ResponseShape = { resource: 'service_at_location', nested: 'every' };

export const TAXONOMY: ResponseShape = { resource: 'taxonomy', nested: 'every' };
export const TAXONOMY_TERM: ResponseShape = { resource: 'taxonomy_term', nested: 'every' };
export const FULL_ORGANIZATION: ResponseShape = { resource: 'organization', nested: 'every' };
export const API_ROOT: ResponseShape = flat('api_root');

export function pageOf(item: ResponseShape): ResponseShape {
  return { resource: 'page', nested: {}, lists: { contents: item } };
}
