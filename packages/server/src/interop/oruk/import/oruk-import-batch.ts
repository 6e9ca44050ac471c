import type { OrukImportError, OrukImportWarning } from '@kith/shared';
import type { DbOrTx } from '../../../db/client.ts';
import { directoryTaxonomies, directoryTaxonomyTerms } from '../../../db/schema/index.ts';
import { lastById } from '../../../modules/directory/bulk-upsert-repository.ts';
import { findPostcodes, normalisePostcode } from '../../../modules/postcodes/postcode-repository.ts';
import {
  loadAttributes,
  loadLocationDetails,
  loadOrganizationIdentifiers,
  loadOrganizations,
  loadServiceDetails,
  loadServices,
} from '../feed/oruk-detail-loader.ts';
import { anyUuid } from '../feed/oruk-json.ts';
import type { OrganizationOrukColumns, OrganizationRow, TaxonomyRow } from '../feed/oruk-rows.ts';
import { FeedService } from './oruk-feed-schemas.ts';
import type { FeedItem } from './oruk-feed-source.ts';
import { canonical, locationChanged, organizationChanged, rowChanged, serviceChanged } from './oruk-import-compare.ts';
import { IMPORTED_TAXONOMY_ID, planService, type RecordAttributes, type ServicePlan } from './oruk-import-plan.ts';
import type { BatchWrite } from './oruk-import-writer.ts';

/**
 * One batch of an import, up to the point of writing: check each record, resolve what it refers
 * to (in Kith, in this batch, or earlier in the same feed), and sort services into created,
 * changed and unchanged by comparing them with what Kith holds.
 */

/**
 * An organisation whose parent was not known when it was written: linked at the end of the run
 * if the parent came later in the feed, otherwise a warning (the link would break the foreign key).
 */
export interface PendingParent {
  organization: OrganizationOrukColumns;
  index: number;
  serviceId: string;
}

/** Ids met earlier in the same run: references to them are good even in a dry run. */
export interface RunMemory {
  services: Set<string>;
  organizations: Set<string>;
  locations: Set<string>;
  terms: Set<string>;
  taxonomies: Set<string>;
  pendingParents: Map<string, PendingParent>;
}

export function newRunMemory(): RunMemory {
  return {
    services: new Set(),
    organizations: new Set(),
    locations: new Set(),
    terms: new Set(),
    taxonomies: new Set(),
    pendingParents: new Map(),
  };
}

export interface BatchOutcome {
  write: BatchWrite;
  unchanged: number;
  /** Per-record problems; `rejected` counts the records they belong to. */
  errors: OrukImportError[];
  rejected: number;
  /** What was left out of records that were taken. */
  warnings: OrukImportWarning[];
}

const ISSUES_PER_RECORD = 5;

function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function errorFor(index: number, value: unknown, path: string, message: string): OrukImportError {
  const id = idOf(value);
  return { index, ...(id ? { id } : {}), path, message };
}

/** Validates records into plans; problems are reported per record and the rest go on. */
function planRecords(items: { index: number; item: FeedItem }[], memory: RunMemory, errors: OrukImportError[]): ServicePlan[] {
  const plans: ServicePlan[] = [];
  for (const { index, item } of items) {
    if ('unreadable' in item) {
      errors.push({ index, ...(item.id ? { id: item.id } : {}), path: '', message: item.unreadable });
      continue;
    }
    const parsed = FeedService.safeParse(item.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, ISSUES_PER_RECORD)) {
        errors.push(errorFor(index, item.value, issue.path.map(String).join('.'), issue.message));
      }
      continue;
    }
    if (memory.services.has(parsed.data.id)) {
      errors.push(errorFor(index, item.value, 'id', 'This service appears more than once in the feed'));
      continue;
    }
    memory.services.add(parsed.data.id);
    plans.push(planService(parsed.data, index));
  }
  return plans;
}

async function loadTaxonomyIds(db: DbOrTx, ids: string[]): Promise<Map<string, TaxonomyRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(directoryTaxonomies).where(anyUuid(directoryTaxonomies.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

async function loadTerms(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(directoryTaxonomyTerms).where(anyUuid(directoryTaxonomyTerms.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Locations without coordinates get their first address's postcode centroid, if Kith knows it. */
async function locateFromPostcodes(db: DbOrTx, plans: ServicePlan[]): Promise<void> {
  const unlocated = plans.flatMap((p) => p.locations).filter((l) => l.row.latitude === null || l.row.longitude === null);
  const postcodeOf = new Map(
    unlocated.map((l) => [l.row.id, normalisePostcode((l.addresses ?? []).find((a) => a.postalCode)?.postalCode ?? '')]),
  );
  const wanted = [...new Set([...postcodeOf.values()].filter((p): p is string => p !== null))];
  const centroids = await findPostcodes(db, wanted);
  for (const location of unlocated) {
    const centroid = centroids.get(postcodeOf.get(location.row.id) ?? '');
    if (centroid) {
      location.row.latitude = centroid.latitude;
      location.row.longitude = centroid.longitude;
    }
  }
}

export async function prepareBatch(
  db: DbOrTx,
  items: { index: number; item: FeedItem }[],
  memory: RunMemory,
): Promise<BatchOutcome> {
  const errors: OrukImportError[] = [];
  let plans = planRecords(items, memory, errors);

  const orgIds = plans.flatMap((p) => [
    p.service.organizationId,
    p.organization?.parentOrganizationId ?? p.service.organizationId,
  ]);
  const organizations = await loadOrganizations(db, [...new Set(orgIds)]);
  const locationIds = plans.flatMap((p) => [...p.locations.map((l) => l.row.id), ...p.locationRefs]);
  const locations = await loadLocationDetails(db, [...new Set(locationIds)]);
  const terms = await loadTerms(db, [...new Set(plans.flatMap((p) => [...p.terms.map((t) => t.id), ...p.termRefs]))]);
  const taxonomyIds = plans.flatMap((p) => [...p.taxonomies.map((t) => t.id), ...p.terms.map((t) => t.taxonomyId ?? '')]);
  const taxonomies = await loadTaxonomyIds(db, [...new Set(taxonomyIds.filter(Boolean))]);

  // References by id alone must name something Kith has or the feed has already given.
  const batchOrgs = new Set(plans.flatMap((p) => (p.organization ? [p.organization.id] : [])));
  const batchLocations = new Set(plans.flatMap((p) => p.locations.map((l) => l.row.id)));
  const batchTerms = new Set(plans.flatMap((p) => p.terms.map((t) => t.id)));
  const known = (id: string, stored: Map<string, unknown>, batch: Set<string>, earlier: Set<string>) =>
    stored.has(id) || batch.has(id) || earlier.has(id);
  plans = plans.filter((p) => {
    const problems: [string, string][] = [];
    if (!known(p.service.organizationId, organizations, batchOrgs, memory.organizations)) {
      problems.push(['organization_id', `No organization ${p.service.organizationId} in the feed or in Kith`]);
    }
    for (const id of p.locationRefs) {
      if (!known(id, locations.locations, batchLocations, memory.locations))
        problems.push(['service_at_locations', `No location ${id} in the feed or in Kith`]);
    }
    for (const id of p.termRefs) {
      if (!known(id, terms, batchTerms, memory.terms))
        problems.push(['attributes', `No taxonomy term ${id} in the feed or in Kith`]);
    }
    for (const [path, message] of problems) errors.push({ index: p.index, id: p.service.id, path, message });
    return problems.length === 0;
  });

  await locateFromPostcodes(db, plans);
  const stored = await loadServices(
    db,
    plans.map((p) => p.service.id),
  );
  const details = await loadServiceDetails(db, [...stored.values()]);

  const write: BatchWrite = {
    placeholderTaxonomies: [],
    taxonomies: [],
    terms: [],
    organizations: [],
    organizationIdentifiers: [],
    locations: [],
    recordAttributes: await changedRecordAttributes(db, plans),
    createdServices: [],
    changedServices: [],
  };
  const changedOwners = new Set(write.recordAttributes.map((r) => r.linkId));
  let unchanged = 0;
  for (const plan of plans) {
    const before = stored.get(plan.service.id);
    // An assured date Kith published from its own verification is not an imported one.
    const verified = before?.lastVerifiedAt?.toISOString().slice(0, 10);
    if (before && before.assuredDate === null && plan.service.assuredDate === verified) plan.service.assuredDate = null;
    const attributesChanged = plan.recordAttributes.some((r) => changedOwners.has(r.linkId));
    if (!before) write.createdServices.push(plan);
    else if (attributesChanged || serviceChanged(plan, before, details)) write.changedServices.push(plan);
    else unchanged += 1;
  }

  const feedTaxonomies = lastById(plans.flatMap((p) => p.taxonomies));
  write.taxonomies = feedTaxonomies.filter((t) => {
    const was = taxonomies.get(t.id);
    return !was || rowChanged(t, was);
  });
  const describedTaxonomies = new Set(feedTaxonomies.map((t) => t.id));
  const feedTerms = lastById(plans.flatMap((p) => p.terms));
  for (const term of feedTerms) {
    const taxonomyId = term.taxonomyId ?? IMPORTED_TAXONOMY_ID;
    if (taxonomies.has(taxonomyId) || describedTaxonomies.has(taxonomyId) || memory.taxonomies.has(taxonomyId)) continue;
    const name = taxonomyId === IMPORTED_TAXONOMY_ID ? 'Imported terms' : 'Imported taxonomy';
    write.placeholderTaxonomies.push({ id: taxonomyId, name, description: '', uri: null, version: null });
  }
  write.terms = feedTerms.filter((t) => {
    const was = terms.get(t.id);
    return !was || rowChanged(t, was);
  });

  const knownOrgs = new Set([...organizations.keys(), ...batchOrgs, ...memory.organizations]);
  await planOrganizations(db, plans, { write, organizations, knownOrgs, memory });
  const storedLocations = locations.locations;
  write.locations = lastById(plans.flatMap((p) => p.locations).map((l) => ({ ...l, id: l.row.id }))).filter((l) => {
    const was = storedLocations.get(l.row.id);
    // A feed that says nothing of accessibility leaves the summary as it is.
    if (!l.summaryGiven) l.row.accessibility = was?.accessibility ?? null;
    return !was || locationChanged(l, was, locations);
  });

  for (const id of batchOrgs) memory.organizations.add(id);
  for (const id of batchLocations) memory.locations.add(id);
  for (const id of batchTerms) memory.terms.add(id);
  for (const t of [...feedTaxonomies, ...write.placeholderTaxonomies]) memory.taxonomies.add(t.id);
  const rejected = new Set(errors.map((e) => e.index)).size;
  return { write, unchanged, errors, rejected, warnings: plans.flatMap((p) => p.warnings) };
}

/** The nested records' attribute lists that differ from Kith's (one query for all of them). */
async function changedRecordAttributes(db: DbOrTx, plans: ServicePlan[]): Promise<RecordAttributes[]> {
  const given = lastById(plans.flatMap((p) => p.recordAttributes).map((r) => ({ ...r, id: r.linkId })));
  const stored = await loadAttributes(
    db,
    given.map((r) => r.linkId),
  );
  return given.filter((r) => {
    const was = (stored.get(r.linkId) ?? []).map(({ term: _term, taxonomy: _taxonomy, ...attribute }) => attribute);
    return canonical(r.rows) !== canonical(was);
  });
}

/**
 * The organisations to write: new or changed ones, with their identifier lists when the feed
 * gave them. A parent named but not known yet keeps the stored link (never a broken foreign
 * key) and waits in `memory.pendingParents` for the end of the run.
 */
async function planOrganizations(
  db: DbOrTx,
  plans: ServicePlan[],
  context: {
    write: BatchWrite;
    organizations: Map<string, OrganizationRow>;
    knownOrgs: Set<string>;
    memory: RunMemory;
  },
): Promise<void> {
  const { write, organizations, knownOrgs, memory } = context;
  const withOrganization = plans.filter((p) => p.organization !== null);
  const latest = new Map(withOrganization.map((p) => [p.organization?.id ?? '', p]));
  const storedIdentifiers = await loadOrganizationIdentifiers(db, [...latest.keys()]);
  for (const [id, plan] of latest) {
    const given = plan.organization as OrganizationOrukColumns;
    const was = organizations.get(id);
    const parent = given.parentOrganizationId;
    let organization = given;
    if (parent && !knownOrgs.has(parent)) {
      memory.pendingParents.set(id, { organization: given, index: plan.index, serviceId: plan.service.id });
      organization = { ...given, parentOrganizationId: was?.parentOrganizationId ?? null };
    } else memory.pendingParents.delete(id);
    const identifiers = plan.organizationIdentifiers;
    const changed = !was || organizationChanged(organization, identifiers, was, storedIdentifiers.get(id) ?? []);
    if (!changed) continue;
    write.organizations.push(organization);
    if (identifiers) write.organizationIdentifiers.push({ organizationId: id, identifiers });
  }
}
