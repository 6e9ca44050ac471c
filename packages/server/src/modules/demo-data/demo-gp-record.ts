import type { DbOrTx } from '../../db/client.ts';
import { insertPracticeMailbox } from '../gp-record/practice-mailboxes/practice-mailbox-repository.ts';

/**
 * The demo's MESH: synthetic mailbox ids in the demo's unassigned "Y9" ODS range, in MESH's
 * usual shape (the organisation's ODS code, "OT", a number), for a local MESH server
 * (test/mesh-server) to play the Spine. Nothing here is a real mailbox or a real secret.
 */
export interface DemoMeshMailbox {
  id: string;
  password: string;
}

/** Kith's own mailbox, the sender (KITH_MESH_MAILBOX_ID / KITH_MESH_PASSWORD), under the demo ICB. */
export const DEMO_KITH_MESH_MAILBOX: DemoMeshMailbox = { id: 'Y9A01OT001', password: 'kith-demo-mesh-kith' };

/** The demo practices' mailboxes (demo-data.ts makes the practices with these ODS codes). */
export const DEMO_PRACTICE_MESH_MAILBOXES: ReadonlyArray<DemoMeshMailbox & { odsCode: string }> = [
  { odsCode: 'Y9C01', id: 'Y9C01OT001', password: 'kith-demo-mesh-willow-lane' },
  { odsCode: 'Y9C02', id: 'Y9C02OT001', password: 'kith-demo-mesh-harbour-road' },
];

/** The shared key that signs the demo's NHSMESH headers (KITH_MESH_SHARED_KEY and the server's). */
export const DEMO_MESH_SHARED_KEY = 'kith-demo-mesh-shared-key';

/** Every mailbox the demo's local MESH server must hold: Kith's, then the practices'. */
export const DEMO_MESH_MAILBOXES: readonly DemoMeshMailbox[] = [
  DEMO_KITH_MESH_MAILBOX,
  ...DEMO_PRACTICE_MESH_MAILBOXES.map(({ id, password }) => ({ id, password })),
];

/**
 * Puts the demo practices' mailboxes in the practice mailbox directory, so an ended demo
 * referral's GP document is addressed and sent. Keyed by ODS code, so it may run before or
 * after the practices exist, and again without harm.
 */
export async function loadDemoGpRecord(tx: DbOrTx): Promise<void> {
  for (const mailbox of DEMO_PRACTICE_MESH_MAILBOXES) {
    await insertPracticeMailbox(tx, {
      odsCode: mailbox.odsCode,
      mailboxId: mailbox.id,
      note: 'Demo: a synthetic mailbox on the local MESH server',
      updatedBy: null,
    });
  }
}
