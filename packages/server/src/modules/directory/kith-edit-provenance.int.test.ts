import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { directoryServices } from '../../db/schema/index.ts';
import { createTestDirectoryService } from './directory-test-data.ts';

/**
 * An imported service keeps its publisher's `last_modified` (sourceLastModified) until Kith
 * changes it: then the record is Kith's, and the ORUK feed says Kith's `updated_at` instead.
 */
describe("Kith edits clear the publisher's last_modified", () => {
  let app: KithApp;
  let admin: SignedIn;
  const db = () => app.kith.database.db;
  const published = new Date('2026-01-02T03:04:05.000Z');

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(() => app.close());

  /** A service as an import leaves it: with the publisher's last_modified. */
  const importedService = async () => {
    const service = await createTestDirectoryService(db(), { description: 'As published' });
    await db().update(directoryServices).set({ sourceLastModified: published }).where(eq(directoryServices.id, service.id));
    return service;
  };
  const sourceLastModified = async (id: string) => {
    const [row] = await db()
      .select({ at: directoryServices.sourceLastModified })
      .from(directoryServices)
      .where(eq(directoryServices.id, id));
    return row?.at ?? null;
  };
  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object = {}) =>
    app.inject({ method, url, headers: admin.writeHeaders, payload });

  it('reading a service leaves it alone', async () => {
    const service = await importedService();
    await app.inject({ url: `/api/directory/services/${service.id}`, headers: { cookie: admin.cookie } });
    expect(await sourceLastModified(service.id)).toEqual(published);
  });

  it('saving the editor clears it', async () => {
    const service = await importedService();
    const response = await send('PUT', `/api/directory/services/${service.id}`, {
      organisationId: service.organisationId,
      name: service.name,
      description: 'Changed in Kith',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await sourceLastModified(service.id)).toBeNull();
  });

  it('a capacity update, verifying and archiving clear it', async () => {
    const capacity = await importedService();
    const changed = await send('PATCH', `/api/directory/services/${capacity.id}/capacity`, { capacityStatus: 'limited' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await sourceLastModified(capacity.id)).toBeNull();

    const verified = await importedService();
    expect((await send('POST', `/api/directory/services/${verified.id}/verify`)).statusCode).toBe(200);
    expect(await sourceLastModified(verified.id)).toBeNull();

    const archived = await importedService();
    expect((await send('POST', `/api/directory/services/${archived.id}/archive`)).statusCode).toBe(200);
    expect(await sourceLastModified(archived.id)).toBeNull();
  });
});
