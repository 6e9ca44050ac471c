import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startLocalMeshServer } from './mesh-server.ts';

/**
 * Runs the local MESH server by hand (the demo, or trying Kith's delivery without NHS England's
 * MESH): `npx tsx packages/server/test/mesh-server/mesh-server-cli.ts --help`.
 */

const USAGE = `Usage: npx tsx packages/server/test/mesh-server/mesh-server-cli.ts [options]

A local MESH-compatible server (MESH API v2 over plain HTTP, NHSMESH authentication) for
running Kith's delivery of documents into GP records without NHS England's MESH.

Options:
  --port N                        port to listen on (default 8700; 0 picks a free one)
  --host HOST                     address to listen on (default 127.0.0.1)
  --mailbox ID:PASSWORD           a mailbox; repeat for each (Kith's own and each practice's).
                                  Default: KITHMB01:password
  --shared-key KEY                the environment's shared key that signs the Authorization header
                                  (default: local-mesh-shared-key)
  --auto-acknowledge-seconds N    play the practice systems: acknowledge every delivered message
                                  N seconds after it arrives (default: never)
  --help                          show this help

Then start Kith with KITH_MESH_URL, KITH_MESH_MAILBOX_ID, KITH_MESH_PASSWORD and
KITH_MESH_SHARED_KEY as printed. Messages are kept in memory only.`;

export async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const mailboxes = (values.mailbox ?? ['KITHMB01:password']).map((spec) => {
    const at = spec.indexOf(':');
    return at > 0 ? { id: spec.slice(0, at).toUpperCase(), password: spec.slice(at + 1) } : null;
  });
  const port = Number(values.port ?? 8700);
  const autoSeconds = values['auto-acknowledge-seconds'] === undefined ? null : Number(values['auto-acknowledge-seconds']);
  const problems = [
    mailboxes.some((m) => !m?.password) ? '--mailbox must be ID:PASSWORD' : null,
    !Number.isInteger(port) || port < 0 || port > 65535 ? '--port must be a port number' : null,
    autoSeconds !== null && !(autoSeconds >= 0) ? '--auto-acknowledge-seconds must be a number of seconds' : null,
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n\n${USAGE}\n`);
    return 2;
  }
  const valid = mailboxes.filter((m): m is { id: string; password: string } => m !== null);
  const server = await startLocalMeshServer({
    port,
    host: values.host ?? '127.0.0.1',
    sharedKey: values['shared-key'] ?? 'local-mesh-shared-key',
    mailboxes: valid,
    autoAcknowledgeAfterMs: autoSeconds === null ? null : autoSeconds * 1000,
  });
  const first = valid[0];
  process.stdout.write(
    [
      `Local MESH server at ${server.url}`,
      `Mailboxes: ${valid.map((m) => m.id).join(', ')}`,
      autoSeconds === null
        ? 'Delivered messages wait for their recipient to acknowledge them.'
        : `Delivered messages are acknowledged after ${autoSeconds} s.`,
      '',
      'For Kith (first mailbox as Kith’s own):',
      `  KITH_MESH_URL=${server.url}`,
      `  KITH_MESH_MAILBOX_ID=${first?.id ?? ''}`,
      `  KITH_MESH_PASSWORD=${first?.password ?? ''}`,
      `  KITH_MESH_SHARED_KEY=${server.sharedKey}`,
      '',
      'Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      mailbox: { type: 'string', multiple: true },
      'shared-key': { type: 'string' },
      'auto-acknowledge-seconds': { type: 'string' },
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
