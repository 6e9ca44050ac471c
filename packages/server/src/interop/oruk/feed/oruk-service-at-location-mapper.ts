import type { ServiceDetails, StoredService } from './oruk-detail-loader.ts';
import type { ServiceAtLocationRow } from './oruk-rows.ts';
import { toOrukServiceAtLocation, toOrukServiceSummary } from './oruk-service-mapper.ts';

/**
 * `/service_at_locations/{id}`: the service-at-location (id, service_id, location_id, location,
 * its schedules, phones and contacts) with its service nested, AND the service's required
 * fields (`name`, `status`; `id` is already there) at the top level.
 *
 * Why both: the HSDS 3.0 openapi (and so the UK profile's) declares this response as the SERVICE
 * schema, which requires `id`, `name` and `status`, and the official ORUK validator checks it
 * against that schema, so without them a Kith feed fails on the ORUK dashboard. Its description
 * and every consumer read a service-at-location, so that shape stays. The two agree on every
 * shared field (`id`, `description`, `schedules`, `contacts` have the same types in both); the
 * rest are fields the service schema does not define, which the validator only notes.
 */
export function toOrukServiceAtLocationDetail(sal: ServiceAtLocationRow, service: StoredService, details: ServiceDetails) {
  return {
    ...toOrukServiceAtLocation(sal, details),
    name: service.name,
    status: service.status,
    service: toOrukServiceSummary(service),
  };
}
