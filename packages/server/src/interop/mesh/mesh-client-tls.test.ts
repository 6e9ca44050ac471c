import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalMeshServer, startLocalMeshServer } from '../../../test/mesh-server/mesh-server.ts';
import { MeshClient, MeshError } from './mesh-client.ts';

/**
 * Mutual TLS, as Spine's MESH requires: a synthetic CA signs the server's and Kith's certificates,
 * made with openssl at test time (skipped where openssl is missing, rather than keeping keys in the repository).
 */

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const KITH = { id: 'KITHMB01', password: 'kith-password' };
let dir = '';
let mesh: LocalMeshServer | null = null;
const pem = (name: string) => readFileSync(path.join(dir, name));

function makeCertificates(): void {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Synthetic MESH CA',
  );
  writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  for (const who of ['server', 'client']) {
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${who}.key`, '-out', `${who}.csr`, '-subj', `/CN=synthetic-${who}`);
    ssl(
      'x509',
      '-req',
      '-in',
      `${who}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${who}.pem`,
      '-days',
      '2',
      ...(who === 'server' ? ['-extfile', 'server.ext'] : []),
    );
  }
}

describe.skipIf(!hasOpenssl)('MESH client over mutual TLS', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kith-mesh-tls-'));
    makeCertificates();
    mesh = await startLocalMeshServer({
      mailboxes: [KITH],
      tls: { cert: pem('server.pem'), key: pem('server.key'), ca: pem('ca.pem') },
    });
  });
  afterAll(async () => {
    await mesh?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const client = (tls: { clientCert?: Buffer; clientKey?: Buffer; ca?: Buffer }) =>
    new MeshClient({
      url: mesh?.url ?? '',
      mailboxId: KITH.id,
      password: KITH.password,
      sharedKey: mesh?.sharedKey ?? '',
      chunkBytes: 1024,
      ...tls,
    });

  it('connects with Kith’s certificate and the CA bundle, and not without the certificate', async () => {
    expect(mesh?.url).toMatch(/^https:/);
    await client({ clientCert: pem('client.pem'), clientKey: pem('client.key'), ca: pem('ca.pem') }).handshake();
    const refused = await client({ ca: pem('ca.pem') })
      .handshake()
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MeshError);
    expect(refused).toMatchObject({ status: null, retryable: true });
    // An unknown server certificate is refused too.
    const untrusted = await client({ clientCert: pem('client.pem'), clientKey: pem('client.key') })
      .handshake()
      .catch((e: unknown) => e);
    expect(untrusted).toBeInstanceOf(MeshError);
  });
});
