import type { ServiceSummary } from '@kith/shared';
import type { SummaryPage, SummaryRow, TermRef } from './service-summary-repository.ts';

/** A page of services as search results and the curation list show them. */
export function toServiceSummaries({ rows, termsByService }: SummaryPage): ServiceSummary[] {
  return rows.map((row) => toServiceSummary(row, termsByService.get(row.id) ?? []));
}

function toServiceSummary(row: SummaryRow, terms: TermRef[]): ServiceSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    organisationId: row.organization_id,
    organisationName: row.organisation_name,
    status: row.status,
    capacityStatus: row.capacity_status,
    typicalWaitDays: row.typical_wait_days,
    referralRoute: row.referral_route,
    fundingStatus: row.funding_status,
    fundedUntil: row.funded_until,
    lastVerifiedAt: row.last_verified_at,
    stale: row.stale,
    archived: row.archived,
    free: row.free,
    terms,
    distanceMetres: row.km === null ? null : Math.round(Number(row.km) * 1000),
    nearestLocation:
      row.location_name === null
        ? null
        : {
            name: row.location_name,
            postcode: row.location_postcode,
            latitude: coordinate(row.location_latitude),
            longitude: coordinate(row.location_longitude),
          },
    phone: row.phone,
    email: row.email,
  };
}

/** A double precision column as a number (both drivers return numbers; null stays null). */
function coordinate(value: number | null): number | null {
  return value === null ? null : Number(value);
}
