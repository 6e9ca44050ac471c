import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser } from '../../test/tenant-test-data.ts';
import { testDatabase, withFreshDatabase } from '../../test/test-database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { organisations, users } from '../db/schema/index.ts';
import { backupDatabase } from './backup-service.ts';
import { RestoreError, restoreDatabase } from './restore-service.ts';

describe('backup and restore', () => {
  let dir: string;
  const quiet = () => {};
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kith-backup-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a backup restored into an empty database brings back every row, tree order and verbatim text', async () => {
    const source = await testDatabase();
    const tenant = await createTestTenant(source.db);
    const user = await createTestUser(source.db, [{ organisationId: tenant.practice, role: 'referrer' }], {
      displayName: `O'Brien "quoted" \\ <b>bold</b> ☕`,
    });
    const file = path.join(dir, 'full.sql.gz');
    const { rows } = await backupDatabase(source, file, quiet);
    expect(rows).toBeGreaterThan(0);

    await withFreshDatabase(async (target) => {
      const restored = await restoreDatabase(target, file, quiet);
      expect(restored.rows).toBe(rows);
      const [copy] = await target.db.select().from(users).where(eq(users.id, user.id));
      expect(copy?.displayName).toBe(`O'Brien "quoted" \\ <b>bold</b> ☕`);
      const [practice] = await target.db.select().from(organisations).where(eq(organisations.id, tenant.practice));
      expect(practice?.parentId).toBe(tenant.pcn);
    });
    // It copies the whole worker database, which holds every earlier test file's rows.
  }, 90_000);

  it('refuses to restore over existing data, and restores nothing from a truncated file', async () => {
    const source = await testDatabase();
    await createTestTenant(source.db);
    const file = path.join(dir, 'plain.sql');
    await backupDatabase(source, file, quiet);
    await expect(restoreDatabase(source, file, quiet)).rejects.toThrow(/empty database/);

    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const truncated = path.join(dir, 'truncated.sql');
    fs.writeFileSync(truncated, `${lines.slice(0, -1).join('\n')}\n`);
    await withFreshDatabase(async (target) => {
      await expect(restoreDatabase(target, truncated, quiet)).rejects.toBeInstanceOf(RestoreError);
      await migrateDatabase(target);
      expect(await target.db.select().from(users)).toEqual([]);
    });
  });

  it('refuses a file that is not a Kith backup', async () => {
    const file = path.join(dir, 'other.sql');
    fs.writeFileSync(file, 'DROP TABLE users;\n');
    await withFreshDatabase(async (target) => {
      await expect(restoreDatabase(target, file, quiet)).rejects.toThrow(/not a Kith backup/);
    });
  });
});
