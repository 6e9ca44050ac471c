import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { directoryOrganisations } from '../../../db/schema/index.ts';
import { fullUkProfileService, lostValues, uniqueWord } from '../oruk-test-data.ts';
import { importOrukFeed } from './oruk-import-service.ts';

/**
 * The UK profile round trip: a record using every field the profile keeps, imported and read
 * back from Kith's own feed, loses nothing. Any difference is listed, path by path.
 */
describe('ORUK round trip: import, then the feed', () => {
  let app: KithApp;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('a service using every UK-profile field comes back from /openreferral/services/{id} with 0 losses', async () => {
    const parentId = crypto.randomUUID();
    await db()
      .insert(directoryOrganisations)
      .values({ id: parentId, name: uniqueWord('Parent org '), description: 'The parent' });
    const record = fullUkProfileService(parentId);

    const report = await importOrukFeed(db(), null, { document: record }, { commit: true });
    expect(report).toMatchObject({ created: 1, errorCount: 0, warningCount: 0 });

    const response = await app.inject({ method: 'GET', url: `/openreferral/services/${record.id}` });
    expect(response.statusCode).toBe(200);
    const losses = lostValues(record, response.json());
    expect.soft(losses, `values lost in the round trip:\n${losses.join('\n')}`).toEqual([]);

    // And importing it again is no change at all.
    const again = await importOrukFeed(db(), null, { document: record }, { commit: true });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1, errorCount: 0, warningCount: 0 });
  });
});
