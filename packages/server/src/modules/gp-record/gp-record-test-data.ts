import { eq } from 'drizzle-orm';
import { createTestOrg } from '../../../test/tenant-test-data.ts';
import type { MeshConfig } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { people, practiceMailboxes } from '../../db/schema/index.ts';
import { MeshClient } from '../../interop/mesh/mesh-client.ts';

/** Test data for the GP record: practices with ODS codes, their mailboxes, and the practice's side of MESH. */

let practiceSerial = 0;

/** A GP practice under the PCN with an ODS code of its own (synthetic: Y-codes are not real practices). */
export async function createTestPractice(db: Db, pcnId: string): Promise<{ id: string; odsCode: string; name: string }> {
  practiceSerial += 1;
  const odsCode = `Y${String(Math.floor(Math.random() * 9000) + 1000)}${String(practiceSerial).padStart(2, '0')}`;
  const name = `Test Surgery ${odsCode}`;
  const id = await createTestOrg(db, { kind: 'gp_practice', parentId: pcnId, name, odsCode });
  return { id, odsCode, name };
}

/** The practice's entry in the mailbox directory. */
export async function addTestMailbox(db: Db, odsCode: string, mailboxId: string): Promise<void> {
  await db.insert(practiceMailboxes).values({ odsCode, mailboxId, active: true });
}

export async function registerWithPractice(db: Db, personId: string, practiceId: string | null): Promise<void> {
  await db.update(people).set({ registeredPracticeId: practiceId }).where(eq(people.id, personId));
}

/** Kith's MESH settings for a local MESH server. Small chunks, so documents travel in several. */
export function testMeshConfig(
  server: { url: string; sharedKey: string },
  mailbox: { id: string; password: string },
): MeshConfig {
  return {
    url: server.url,
    mailboxId: mailbox.id,
    password: mailbox.password,
    sharedKey: server.sharedKey,
    clientCertPath: null,
    clientKeyPath: null,
    caCertPath: null,
    workflowId: 'GPFED_CONSULT_REPORT',
    pollSeconds: 300,
    chunkBytes: 8 * 1024,
  };
}

/**
 * The practice's clinical system on MESH: downloads and acknowledges everything in its inbox,
 * returning the bodies it read.
 */
export async function practiceCollects(
  server: { url: string; sharedKey: string },
  mailbox: { id: string; password: string },
): Promise<Array<{ messageId: string; localId: string | null; body: Buffer }>> {
  const client = new MeshClient({
    url: server.url,
    mailboxId: mailbox.id,
    password: mailbox.password,
    sharedKey: server.sharedKey,
    chunkBytes: 1024 * 1024,
  });
  const read: Array<{ messageId: string; localId: string | null; body: Buffer }> = [];
  for (const messageId of await client.listInbox()) {
    const { headers, body } = await client.download(messageId);
    await client.acknowledge(messageId);
    read.push({ messageId, localId: headers.localId, body });
  }
  return read;
}
