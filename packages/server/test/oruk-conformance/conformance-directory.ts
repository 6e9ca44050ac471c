import type { Db } from '../../src/db/client.ts';
import {
  directoryAttributes,
  directoryLocations,
  directoryOrganisations,
  directoryServiceAtLocations,
  directoryServices,
  directoryTaxonomies,
  directoryTaxonomyTerms,
} from '../../src/db/schema/index.ts';
import {
  createOrukTestService,
  createTestTaxonomyTerm,
  type TestService,
  uniqueWord,
} from '../../src/interop/oruk/oruk-test-data.ts';
import { addEveryStoredField, type TestTerm } from './every-stored-field.ts';

/** The feed's default page size; the validator never sends `per_page`. */
export const DEFAULT_PER_PAGE = 50;

/**
 * A directory big enough that the validator walks pages: 207 services (5 pages of 50, so it asks
 * for pages 1, 2 and 5) and 110 taxonomies and terms (with Kith's own needs taxonomy, 3 pages or
 * more). Four services carry every detail Kith stores, one of them every field migration 0018
 * added, and sort first; the rest are bare, some inactive or temporarily closed so the status enum
 * sees more than one value.
 */
export interface ConformanceDirectory {
  full: TestService[];
  serviceCount: number;
  taxonomyCount: number;
}

export async function seedConformanceDirectory(db: Db): Promise<ConformanceDirectory> {
  const terms = [];
  for (let i = 0; i < 3; i++) terms.push(await createTestTaxonomyTerm(db));
  const full: TestService[] = [];
  for (const [index, term] of terms.entries()) {
    full.push(await createOrukTestService(db, { termId: term.termId, latitude: 53.8 + index / 100, longitude: -1.55 }));
  }
  full.push(await createOrukTestService(db, { organizationId: full[0]?.organizationId, termId: terms[0]?.termId }));
  await addEveryStoredField(db, full[0] as TestService, terms[0] as TestTerm, terms[1]?.termId as string);

  const bareCount = 207 - full.length;
  await addBareServices(db, bareCount, terms[1]?.termId as string);
  await addTaxonomies(db, 110 - terms.length);
  return { full, serviceCount: 207, taxonomyCount: 110 };
}

async function addBareServices(db: Db, count: number, termId: string): Promise<void> {
  const organizationId = crypto.randomUUID();
  await db.insert(directoryOrganisations).values({ id: organizationId, name: uniqueWord('Bare org '), description: '' });
  const statuses = ['active', 'active', 'inactive', 'temporarily closed'] as const;
  const services = Array.from({ length: count }, (_, index) => ({
    id: lastInOrder(),
    organizationId,
    name: uniqueWord(`Bare ${index} `),
    status: statuses[index % statuses.length],
  }));
  const locations = services.map(() => ({ id: crypto.randomUUID(), locationType: 'virtual' as const }));
  await db.insert(directoryServices).values(services);
  await db.insert(directoryLocations).values(locations);
  await db.insert(directoryServiceAtLocations).values(
    services.map((service, index) => ({
      id: lastInOrder(),
      serviceId: service.id,
      locationId: locations[index]?.id as string,
    })),
  );
  await db
    .insert(directoryAttributes)
    .values(services.slice(0, 5).map((service) => ({ linkId: service.id, linkType: 'service', taxonomyTermId: termId })));
}

/**
 * A v4 uuid that sorts after any random one (bar a 1 in 2^32 chance): the feed lists by id, so the
 * rich services fill the first page, the one whose ids the validator tries.
 */
function lastInOrder(): string {
  return `ffffffff${crypto.randomUUID().slice(8)}`;
}

async function addTaxonomies(db: Db, count: number): Promise<void> {
  const taxonomies = Array.from({ length: count }, () => ({
    id: crypto.randomUUID(),
    name: uniqueWord('Taxonomy '),
    description: '',
  }));
  await db.insert(directoryTaxonomies).values(taxonomies);
  await db.insert(directoryTaxonomyTerms).values(
    taxonomies.map((taxonomy) => ({
      id: crypto.randomUUID(),
      taxonomyId: taxonomy.id,
      name: uniqueWord('Term '),
      description: '',
    })),
  );
}
