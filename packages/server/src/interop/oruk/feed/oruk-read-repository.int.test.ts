import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { directoryServices } from '../../../db/schema/index.ts';
import { createOrukTestService, createTestTaxonomyTerm, type TestService } from '../oruk-test-data.ts';
import { storedServiceColumns } from './oruk-detail-loader.ts';
import { pageServiceAtLocations, pageServices, type ServiceAtLocationFilter } from './oruk-read-repository.ts';
import { publishedServiceConditions, type ServiceFilter } from './oruk-service-conditions.ts';

/**
 * `/services` pages by a deferred join (ids first, then the rows). Every page, to one past the
 * last, must hold exactly what the plain `ORDER BY id LIMIT … OFFSET …` of the same filter holds.
 */
describe('ORUK services paging by deferred join', () => {
  let app: KithApp;
  let services: TestService[];
  let termId: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    const term = await createTestTaxonomyTerm(db());
    termId = term.termId;
    const first = await createOrukTestService(db(), { termId, bare: true });
    const organizationId = first.organizationId;
    services = [first];
    for (let i = 0; i < 6; i++) {
      services.push(await createOrukTestService(db(), { organizationId, bare: true, ...(i % 2 === 0 ? { termId } : {}) }));
    }
    services.push(await createOrukTestService(db(), { organizationId, termId, archived: true, bare: true }));
    await db()
      .update(directoryServices)
      .set({ minimumAge: 18 })
      .where(eq(directoryServices.id, services[2]?.id ?? ''));
  });

  afterAll(() => app.close());

  async function byOffset(filter: ServiceFilter, page: number, perPage: number) {
    const where = publishedServiceConditions(filter);
    const [counted] = await db().select({ total: count() }).from(directoryServices).where(where);
    const rows = await db()
      .select(storedServiceColumns)
      .from(directoryServices)
      .where(where)
      .orderBy(asc(directoryServices.id))
      .limit(perPage)
      .offset((page - 1) * perPage);
    return { total: counted?.total ?? 0, rows };
  }

  it('gives every page of every filter exactly as OFFSET paging did', async () => {
    const organizationId = services[0]?.organizationId;
    const filters: ServiceFilter[] = [
      { organizationId },
      { organizationId, taxonomyTermId: termId },
      { organizationId, minimumAge: 10 },
      { taxonomyTermId: termId },
      {},
    ];
    for (const filter of filters) {
      for (const perPage of [1, 2, 3]) {
        const { total } = await byOffset(filter, 1, perPage);
        const lastPage = Math.max(1, Math.ceil(total / perPage));
        const pages = filter.organizationId ? Array.from({ length: lastPage + 1 }, (_, i) => i + 1) : [1, lastPage, lastPage + 1];
        for (const page of pages) {
          const label = `${JSON.stringify(filter)} page ${page} of ${perPage}`;
          expect(await pageServices(db(), filter, { page, perPage }), label).toEqual(await byOffset(filter, page, perPage));
        }
      }
    }
  });

  it('pages service-at-locations, nearest first or by id, as one long page lists them', async () => {
    const organizationId = services[0]?.organizationId;
    const filters: ServiceAtLocationFilter[] = [
      { organizationId },
      { organizationId, centre: { latitude: 53.8, longitude: -1.55 } },
      { organizationId, taxonomyTermId: termId, centre: { latitude: 51.5, longitude: -0.1 }, proximity: 1_000_000 },
    ];
    for (const filter of filters) {
      const whole = await pageServiceAtLocations(db(), filter, { page: 1, perPage: 50 });
      for (const perPage of [1, 2, 3]) {
        const pages = [];
        for (let page = 1; page <= Math.ceil(whole.total / perPage) + 1; page++) {
          const paged = await pageServiceAtLocations(db(), filter, { page, perPage });
          expect(paged.total).toBe(whole.total);
          pages.push(...paged.rows);
        }
        expect(pages, `${JSON.stringify(filter)} by ${perPage}`).toEqual(whole.rows);
      }
    }
  });

  it('never pages an archived service', async () => {
    const organizationId = services[0]?.organizationId;
    const { total, rows } = await pageServices(db(), { organizationId }, { page: 1, perPage: 50 });
    expect(total).toBe(7);
    expect(rows.map((row) => row.id)).toEqual(
      services
        .slice(0, 7)
        .map((service) => service.id)
        .sort(),
    );
  });
});
