import {
  API_ROOT,
  FULL_SERVICE,
  pageOf,
  type ResponseShape,
  SERVICE_AT_LOCATION_LIST_ITEM,
  SERVICE_LIST_ITEM,
  TAXONOMY,
  TAXONOMY_TERM,
} from './oruk-response-shapes.ts';

/**
 * The endpoints the official validator (OpenReferralUK/oruk-validator) calls for a feed whose
 * `GET /` says `version: HSDS-UK-3.0`: every GET path of the UK 3.0 API description
 * (uk-profile docs/_static/openapi30.json = schema/openapi.json), in that order, each with the
 * schema its 200 answer is checked against there. None carries the "Optional" tag, so all are
 * required: anything but a 2xx fails the feed. The UK profile removes `/organizations`, so the
 * validator never calls it.
 */
export interface ValidatorEndpoint {
  path: string;
  /** Has a `page` query parameter: the validator asks for the first, a middle and the last page. */
  paged: boolean;
  shape: ResponseShape;
}

export const VALIDATOR_ENDPOINTS: readonly ValidatorEndpoint[] = [
  { path: '/', paged: false, shape: API_ROOT },
  { path: '/services/{id}', paged: false, shape: FULL_SERVICE },
  { path: '/services', paged: true, shape: pageOf(SERVICE_LIST_ITEM) },
  { path: '/taxonomies/{id}', paged: false, shape: TAXONOMY },
  { path: '/taxonomies', paged: true, shape: pageOf(TAXONOMY) },
  { path: '/taxonomy_terms/{id}', paged: false, shape: TAXONOMY_TERM },
  { path: '/taxonomy_terms', paged: true, shape: pageOf(TAXONOMY_TERM) },
  // The API description points this one at the service schema, not the service-at-location one,
  // so the validator requires a service's `name` and `status` here.
  { path: '/service_at_locations/{id}', paged: false, shape: FULL_SERVICE },
  { path: '/service_at_locations', paged: true, shape: pageOf(SERVICE_AT_LOCATION_LIST_ITEM) },
];

/** `/services/{id}` → `/services`: the validator groups endpoints by the path before the first `{…}`. */
export function rootPath(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const cut = segments.findIndex((segment) => segment.startsWith('{'));
  const before = cut === -1 ? segments : segments.slice(0, cut);
  return before.length ? `/${before.join('/')}` : '/';
}

/**
 * The validator's reading of `GET /`'s `version` (OpenApiDiscoveryService): drop "HSDS-UK-" and
 * any "v", parse what is left as a number, and fetch that version's API description; with no
 * usable version it falls back to the 1.0 description, which a 3.0 feed would fail.
 */
export function versionTheValidatorReads(version: unknown): number | null {
  if (typeof version !== 'string' || !version) return null;
  const left = version
    .replace(/HSDS-UK-/gi, '')
    .replace(/v/gi, '')
    .trim();
  const parsed = Number(left);
  return left !== '' && Number.isFinite(parsed) ? parsed : null;
}
