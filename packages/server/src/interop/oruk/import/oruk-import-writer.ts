import type { Tx } from '../../../db/client.ts';
import { upsertDirectoryOrganisations } from '../../../modules/directory/directory-organisation-repository.ts';
import {
  deleteServiceDetails,
  upsertLocations,
  upsertServiceDetails,
} from '../../../modules/directory/service-detail-write-repository.ts';
import { upsertServices } from '../../../modules/directory/service-repository.ts';
import { upsertTaxonomies, upsertTerms } from '../../../modules/directory/taxonomy-repository.ts';
import type { OrganizationOrukColumns, TaxonomyRow, TermRow } from '../feed/oruk-rows.ts';
import type { LocationPlan, ServicePlan } from './oruk-import-plan.ts';

/**
 * Writes one batch of an import inside the caller's transaction, through the directory's
 * repositories: upserts by ORUK id, and for each changed service replaces its detail rows by the
 * feed's. Statements are bulk (one per table per chunk), never one per record.
 */

export interface BatchWrite {
  /** Taxonomies named by terms but not described by the feed: created only if missing. */
  placeholderTaxonomies: TaxonomyRow[];
  taxonomies: TaxonomyRow[];
  terms: TermRow[];
  organizations: OrganizationOrukColumns[];
  /** New or changed locations, with their addresses and own opening times. */
  locations: LocationPlan[];
  createdServices: ServicePlan[];
  changedServices: ServicePlan[];
}

export async function writeBatch(tx: Tx, write: BatchWrite, at: Date): Promise<void> {
  await upsertTaxonomies(tx, write.placeholderTaxonomies, { onlyMissing: true });
  await upsertTaxonomies(tx, write.taxonomies);
  await upsertTerms(tx, write.terms);
  await upsertDirectoryOrganisations(tx, write.organizations, at);
  await upsertLocations(tx, write.locations, at);
  // New services take Kith's defaults for its own fields (signpost only, open); an update
  // overwrites only the ORUK columns, so capacity, funding and verification are kept.
  const services = [...write.createdServices, ...write.changedServices];
  await upsertServices(
    tx,
    services.map((p) => p.service),
    at,
  );
  // The feed carries every detail of a service it describes, fundings and location links included.
  await deleteServiceDetails(
    tx,
    write.changedServices.map((p) => p.service.id),
    { locationLinks: true, fundings: true },
  );
  await upsertServiceDetails(
    tx,
    services.map((p) => p.children),
  );
}
