import { MeshMailboxId, OdsCode } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/test-database.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { findMailboxForOdsCode } from '../gp-record/practice-mailboxes/practice-mailbox-repository.ts';
import { DEMO_KITH_MESH_MAILBOX, DEMO_MESH_MAILBOXES, DEMO_PRACTICE_MESH_MAILBOXES, loadDemoGpRecord } from './demo-gp-record.ts';

describe('demo GP record: practice mailboxes', { timeout: 120_000 }, () => {
  it("gives both demo practices a mailbox, valid by the directory's own rules, and loads twice without harm", async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      await loadDemoGpRecord(database.db);
      await loadDemoGpRecord(database.db);
      for (const mailbox of DEMO_PRACTICE_MESH_MAILBOXES) {
        expect(OdsCode.parse(mailbox.odsCode)).toBe(mailbox.odsCode);
        expect(MeshMailboxId.parse(mailbox.id)).toBe(mailbox.id);
        expect(await findMailboxForOdsCode(database.db, mailbox.odsCode)).toEqual({
          odsCode: mailbox.odsCode,
          mailboxId: mailbox.id,
        });
      }
      const [row] = await database.queryRaw<{ n: number }>('SELECT count(*)::int AS n FROM practice_mailboxes');
      expect(row?.n).toBe(2);
    });
    expect(MeshMailboxId.parse(DEMO_KITH_MESH_MAILBOX.id)).toBe(DEMO_KITH_MESH_MAILBOX.id);
    expect(new Set(DEMO_MESH_MAILBOXES.map((m) => m.id)).size).toBe(3);
  });
});
