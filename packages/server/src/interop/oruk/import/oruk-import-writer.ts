import type { Tx } from '../../../db/client.ts';
import { upsertDirectoryOrganisations } from '../../../modules/directory/directory-organisation-repository.ts';
import {
  deleteServiceDetailKinds,
  type OrganizationIdentifierRows,
  replaceOrganizationIdentifiers,
  replaceRecordAttributes,
  upsertLocations,
  upsertServiceDetails,
} from '../../../modules/directory/imported-detail-write-repository.ts';
import { upsertServices } from '../../../modules/directory/service-repository.ts';
import { upsertTaxonomies, upsertTerms } from '../../../modules/directory/taxonomy-repository.ts';
import type { OrganizationOrukColumns, TaxonomyRow, TermRow } from '../feed/oruk-rows.ts';
import type { LocationPlan, RecordAttributes, ServicePlan } from './oruk-import-plan.ts';

/**
 * Writes one batch of an import inside the caller's transaction, through the directory's
 * repositories: upserts by ORUK id, and for each changed service replaces the kinds of detail
 * the feed gave (and only those: absent is not empty). Statements are bulk (one per table per
 * chunk), never one per record.
 */

export interface BatchWrite {
  /** Taxonomies named by terms but not described by the feed: created only if missing. */
  placeholderTaxonomies: TaxonomyRow[];
  taxonomies: TaxonomyRow[];
  terms: TermRow[];
  organizations: OrganizationOrukColumns[];
  /** Identifier lists the feed gave, each replacing its organisation's. */
  organizationIdentifiers: OrganizationIdentifierRows[];
  /** New or changed locations, with the lists the feed gave. */
  locations: LocationPlan[];
  createdServices: ServicePlan[];
  changedServices: ServicePlan[];
  /** Nested records' attribute lists that changed, each replacing its record's. */
  recordAttributes: RecordAttributes[];
}

export async function writeBatch(tx: Tx, write: BatchWrite, at: Date): Promise<void> {
  await upsertTaxonomies(tx, write.placeholderTaxonomies, { onlyMissing: true });
  await upsertTaxonomies(tx, write.taxonomies);
  await upsertTerms(tx, write.terms);
  await upsertDirectoryOrganisations(tx, write.organizations, at);
  await replaceOrganizationIdentifiers(tx, write.organizationIdentifiers);
  await upsertLocations(tx, write.locations, at);
  // New services take Kith's defaults for its own fields (signpost only, open); an update
  // overwrites only the ORUK columns, so capacity, funding and verification are kept.
  const services = [...write.createdServices, ...write.changedServices];
  await upsertServices(
    tx,
    services.map((p) => p.service),
    at,
  );
  await deleteServiceDetailKinds(
    tx,
    write.changedServices.map((p) => ({ serviceId: p.service.id, kinds: p.present })),
  );
  await upsertServiceDetails(
    tx,
    services.map((p) => p.children),
  );
  await replaceRecordAttributes(tx, write.recordAttributes);
}
