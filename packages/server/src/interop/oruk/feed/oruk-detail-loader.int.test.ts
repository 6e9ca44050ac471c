import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import type { Db } from '../../../db/client.ts';
import { directoryAccessibility, directoryOrganizationIdentifiers } from '../../../db/schema/index.ts';
import { createOrukTestService, type TestService } from '../oruk-test-data.ts';
import { loadLocationDetails, loadOrganizationRelated, loadServiceDetails, loadServices } from './oruk-detail-loader.ts';

/**
 * The detail loader reads each table once per batch, never once per record: a page of three
 * services (each with accessibility records and organisation identifiers) costs the same number
 * of queries as a page of one.
 */
describe('ORUK detail loader batches', () => {
  let app: KithApp;
  let services: TestService[];

  /** The real database, counting the queries started through it. */
  function counted(db: Db): { db: Db; queries: () => number } {
    let queries = 0;
    const proxy = new Proxy(db, {
      get(target, property, receiver) {
        if (property === 'select') queries++;
        return Reflect.get(target, property, receiver);
      },
    });
    return { db: proxy, queries: () => queries };
  }

  beforeAll(async () => {
    app = await buildTestApp();
    const db = app.kith.database.db;
    services = [];
    for (let i = 0; i < 3; i++) {
      const service = await createOrukTestService(db, {});
      services.push(service);
      await db.insert(directoryAccessibility).values({ locationId: service.locationId, description: `Ramp ${i}` });
      await db
        .insert(directoryOrganizationIdentifiers)
        .values({ organizationId: service.organizationId, identifierType: 'Charity number', identifier: `10${i}` });
    }
  });
  afterAll(() => app.close());

  async function queriesFor(ids: string[]) {
    const { db, queries } = counted(app.kith.database.db);
    const rows = [...(await loadServices(db, ids)).values()];
    const details = await loadServiceDetails(db, rows);
    await loadOrganizationRelated(db, [...new Set(rows.map((row) => row.organizationId))]);
    await loadLocationDetails(db, services.map((s) => s.locationId).slice(0, ids.length));
    return { count: queries(), details };
  }

  it('costs the same queries for one service as for three, and loads every new table', async () => {
    const one = await queriesFor([services[0]?.id as string]);
    const three = await queriesFor(services.map((s) => s.id));
    expect(one.count).toBeGreaterThan(10);
    expect(three.count).toBe(one.count);
    for (const service of services) {
      expect(three.details.locations.accessibility.get(service.locationId)).toHaveLength(1);
      expect(three.details.organizationIdentifiers.get(service.organizationId)).toHaveLength(1);
    }
  });
});
