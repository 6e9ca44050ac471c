/**
 * What `npm start` runs: Kith (`src/main.ts`), and — for the demo only — a local MESH server
 * beside it, so a newcomer sees the message back travel to the demo practices' mailboxes and come
 * back acknowledged (docs/gp-record.md). The local server is test tooling (`test/mesh-server/`),
 * never part of the product: it starts only when no real MESH is configured (`KITH_MESH_URL`
 * unset), demo data is on and `NODE_ENV` is not production. It plays the practices' systems,
 * acknowledging each document a few seconds after it arrives.
 */
import { DEMO_KITH_MESH_MAILBOX, DEMO_MESH_MAILBOXES, DEMO_MESH_SHARED_KEY } from '../src/modules/demo-data/demo-gp-record.ts';
import { startLocalMeshServer } from '../test/mesh-server/mesh-server.ts';

const PRACTICE_ACKNOWLEDGES_AFTER_MS = 5_000;
/** How often the demo asks MESH about sent documents (a real deployment polls every few minutes). */
const DEMO_POLL_SECONDS = '5';

const env = process.env;
const wantsLocalMesh = !env.KITH_MESH_URL && env.NODE_ENV !== 'production' && (env.KITH_DEMO_DATA ?? 'auto') === 'auto';

if (wantsLocalMesh) {
  const mesh = await startLocalMeshServer({
    host: '127.0.0.1',
    port: 0,
    sharedKey: DEMO_MESH_SHARED_KEY,
    mailboxes: [...DEMO_MESH_MAILBOXES],
    autoAcknowledgeAfterMs: PRACTICE_ACKNOWLEDGES_AFTER_MS,
  });
  env.KITH_MESH_URL = mesh.url;
  env.KITH_MESH_MAILBOX_ID = DEMO_KITH_MESH_MAILBOX.id;
  env.KITH_MESH_PASSWORD = DEMO_KITH_MESH_MAILBOX.password;
  env.KITH_MESH_SHARED_KEY = DEMO_MESH_SHARED_KEY;
  env.KITH_MESH_POLL_SECONDS ??= DEMO_POLL_SECONDS;
  process.stdout.write(
    `Demo: a local MESH server (test tooling) is at ${mesh.url}; the demo practices acknowledge documents after ${PRACTICE_ACKNOWLEDGES_AFTER_MS / 1000} s.\n`,
  );
}

await import('../src/main.ts');
