import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalMeshServer, startLocalMeshServer } from '../../../test/mesh-server/mesh-server.ts';
import { meshAuthorizationHeader } from './mesh-auth.ts';
import { MeshClient, MeshError } from './mesh-client.ts';

/** Kith's MESH client against the local MESH server, over real HTTP. */

const KITH = { id: 'KITHMB01', password: 'kith-password' };
const PRACTICE = { id: 'X26ABC1', password: 'practice-password' };
const OTHER = { id: 'X26ABC2', password: 'other-password' };
const WORKFLOW = 'GPFED_CONSULT_REPORT';

let mesh: LocalMeshServer;

const clientFor = (
  mailbox: { id: string; password: string },
  extra: { chunkBytes?: number; sharedKey?: string; url?: string } = {},
) =>
  new MeshClient({
    url: extra.url ?? mesh.url,
    mailboxId: mailbox.id,
    password: mailbox.password,
    sharedKey: extra.sharedKey ?? mesh.sharedKey,
    chunkBytes: extra.chunkBytes ?? 20 * 1024 * 1024,
    timeoutMs: 10_000,
  });

const failure = (promise: Promise<unknown>): Promise<MeshError> =>
  promise.then(
    () => {
      throw new Error('expected a MeshError');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(MeshError);
      return error as MeshError;
    },
  );

/** A raw request with a chosen Authorization header, for refusals the client would never produce. */
function rawStatus(path: string, authorization: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(path, mesh.url),
      { headers: { Authorization: authorization, Accept: 'application/vnd.mesh.v2+json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const sendTo = (client: MeshClient, localId: string, body: Buffer, extra: { compress?: boolean; to?: string } = {}) =>
  client.send({
    to: extra.to ?? PRACTICE.id,
    workflowId: WORKFLOW,
    localId,
    subject: `Kith document ${localId}`,
    fileName: `${localId}.json`,
    contentType: 'application/fhir+json',
    body,
    ...(extra.compress ? { compress: true } : {}),
  });

beforeAll(async () => {
  mesh = await startLocalMeshServer({ mailboxes: [KITH, PRACTICE, OTHER] });
});
afterAll(() => mesh.close());

describe('MESH client ↔ local MESH server', () => {
  it('handshakes with the right credentials and is refused (403, not retryable) with wrong ones', async () => {
    await clientFor(KITH).handshake();
    const wrongPassword = await failure(clientFor({ id: KITH.id, password: 'nope' }).handshake());
    expect(wrongPassword).toMatchObject({ status: 403, retryable: false });
    const wrongKey = await failure(clientFor(KITH, { sharedKey: 'another-key' }).handshake());
    expect(wrongKey).toMatchObject({ status: 403, retryable: false });
    const unknownMailbox = await failure(clientFor({ id: 'NOSUCHMB', password: 'x' }).handshake());
    expect(unknownMailbox.status).toBe(403);
  });

  it('refuses a stale timestamp, a replayed header, another mailbox’s header and a malformed one', async () => {
    const credentials = { mailboxId: KITH.id, password: KITH.password, sharedKey: mesh.sharedKey };
    const path = `/messageexchange/${KITH.id}/inbox`;
    expect(await rawStatus(path, meshAuthorizationHeader(credentials))).toBe(200);
    const stale = meshAuthorizationHeader(credentials, { at: new Date(Date.now() - 3 * 60 * 60 * 1000) });
    expect(await rawStatus(path, stale)).toBe(403);
    const once = meshAuthorizationHeader(credentials);
    expect(await rawStatus(path, once)).toBe(200);
    expect(await rawStatus(path, once)).toBe(403);
    expect(await rawStatus(`/messageexchange/${PRACTICE.id}/inbox`, meshAuthorizationHeader(credentials))).toBe(403);
    expect(await rawStatus(path, `NHSMESH ${KITH.id}:nonce:1:202601010000`)).toBe(403);
    expect(await rawStatus(path, '')).toBe(403);
  });

  it('sends one message, tracks it by local id and message id, and sees the acknowledgement', async () => {
    const kith = clientFor(KITH);
    const localId = 'doc-single-1';
    expect(await kith.trackByLocalId(localId)).toBeNull();
    const body = Buffer.from(JSON.stringify({ resourceType: 'Bundle', type: 'document' }));
    const { messageId } = await sendTo(kith, localId, body);
    expect(messageId).toMatch(/^\d{17}_[0-9A-F]{6}$/);

    const byLocal = await kith.trackByLocalId(localId);
    expect(byLocal).toMatchObject({ messageId, localId, status: 'accepted', recipient: PRACTICE.id });
    expect(await kith.trackByMessageId(messageId)).toMatchObject({ messageId, localId, status: 'accepted' });
    expect(mesh.acceptedWithLocalId(localId)).toBe(1);

    const practice = clientFor(PRACTICE);
    expect(await practice.listInbox()).toContain(messageId);
    const downloaded = await practice.download(messageId);
    expect(downloaded.body.equals(body)).toBe(true);
    expect(downloaded.headers).toMatchObject({
      messageType: 'DATA',
      from: KITH.id,
      workflowId: WORKFLOW,
      localId,
      fileName: `${localId}.json`,
      subject: `Kith document ${localId}`,
      statusSuccess: true,
      linkedMessageId: null,
    });
    await practice.acknowledge(messageId);
    expect(await practice.listInbox()).not.toContain(messageId);
    expect(await kith.trackByMessageId(messageId)).toMatchObject({ status: 'acknowledged' });
    expect(await mesh.inbox(PRACTICE.id)).toContainEqual(
      expect.objectContaining({ messageId, localId, acknowledged: true, from: KITH.id }),
    );
  });

  it('sends in chunks and downloads them reassembled, plain and gzipped', async () => {
    const kith = clientFor(KITH, { chunkBytes: 1000 });
    const body = Buffer.from(Array.from({ length: 700 }, (_, i) => `line ${i} of a large synthetic document\n`).join(''));
    const plain = await sendTo(kith, 'doc-chunked-plain', body);
    // Random bytes do not compress, so the gzipped upload also spans several chunks.
    const noisy = randomBytes(5000);
    const zipped = await sendTo(kith, 'doc-chunked-gzip', noisy, { compress: true });

    const practice = clientFor(PRACTICE);
    expect((await practice.download(plain.messageId)).body.equals(body)).toBe(true);
    expect((await practice.download(zipped.messageId)).body.equals(noisy)).toBe(true);
    const stored = await mesh.inbox(PRACTICE.id);
    const storedPlain = stored.find((m) => m.messageId === plain.messageId);
    const storedZipped = stored.find((m) => m.messageId === zipped.messageId);
    expect(storedPlain?.body.equals(body)).toBe(true);
    expect(storedPlain?.totalChunks).toBe(Math.ceil(body.length / 1000));
    expect(storedZipped?.body.equals(noisy)).toBe(true);
    expect(storedZipped?.totalChunks).toBe(Math.ceil(gzipSync(noisy).length / 1000));
    expect(await kith.trackByLocalId('doc-chunked-plain')).toMatchObject({ messageId: plain.messageId, status: 'accepted' });
  });

  it('lets only the recipient download or acknowledge, and only the sender track', async () => {
    const { messageId } = await sendTo(clientFor(KITH), 'doc-private', Buffer.from('{}'));
    expect((await failure(clientFor(OTHER).download(messageId))).status).toBe(403);
    expect((await failure(clientFor(OTHER).acknowledge(messageId))).status).toBe(403);
    expect((await failure(clientFor(OTHER).trackByMessageId(messageId))).status).toBe(404);
    expect(await clientFor(OTHER).trackByLocalId('doc-private')).toBeNull();
    expect((await failure(clientFor(KITH).trackByMessageId('20200101000000000_ABCDEF'))).status).toBe(404);
  });

  it('refuses an unknown recipient with 417, code 12, not retryable', async () => {
    const error = await failure(sendTo(clientFor(KITH), 'doc-nobody', Buffer.from('{}'), { to: 'NOSUCHMB' }));
    expect(error).toMatchObject({ status: 417, retryable: false, code: '12' });
    expect(error.message).toContain('Unregistered to address');
    expect(mesh.acceptedWithLocalId('doc-nobody')).toBe(0);
  });

  it('reports an unreachable server as a retryable MeshError, and works again when it is back', async () => {
    const kith = clientFor(KITH);
    mesh.setReachable(false);
    try {
      const error = await failure(sendTo(kith, 'doc-down', Buffer.from('{}')));
      expect(error).toMatchObject({ status: null, retryable: true });
      expect(mesh.acceptedWithLocalId('doc-down')).toBe(0);
    } finally {
      mesh.setReachable(true);
    }
    await sendTo(kith, 'doc-down', Buffer.from('{}'));
    expect(mesh.acceptedWithLocalId('doc-down')).toBe(1);

    const closed = await startLocalMeshServer({ mailboxes: [KITH] });
    const url = closed.url;
    await closed.close();
    expect(await failure(clientFor(KITH, { url }).handshake())).toMatchObject({ status: null, retryable: true });
  });

  it('delivers a non-delivery REPORT to the sender on expiry, linked to the message', async () => {
    const kith = clientFor(KITH);
    const { messageId } = await sendTo(kith, 'doc-expires', Buffer.from('{}'));
    mesh.expire(messageId);
    expect(await kith.trackByMessageId(messageId)).toMatchObject({
      status: 'undeliverable',
      statusDescription: 'Message not collected by recipient after 5 days',
    });
    expect(await clientFor(PRACTICE).listInbox()).not.toContain(messageId);

    const inbox = await kith.listInbox();
    expect(inbox).toHaveLength(1);
    const reportId = inbox[0] as string;
    const report = await kith.download(reportId);
    expect(report.body.length).toBe(0);
    expect(report.headers).toMatchObject({
      messageType: 'REPORT',
      linkedMessageId: messageId,
      localId: 'doc-expires',
      workflowId: WORKFLOW,
      statusCode: '14',
      statusSuccess: false,
      statusDescription: 'Message not collected by recipient after 5 days',
    });
    await kith.acknowledge(reportId);
    expect(await kith.listInbox()).toEqual([]);
  });

  it('plays the practice system when asked: acknowledges delivered messages by itself', async () => {
    const auto = await startLocalMeshServer({ mailboxes: [KITH, PRACTICE], autoAcknowledgeAfterMs: 0 });
    try {
      const kith = new MeshClient({
        url: auto.url,
        mailboxId: KITH.id,
        password: KITH.password,
        sharedKey: auto.sharedKey,
        chunkBytes: 1024,
      });
      const { messageId } = await sendTo(kith, 'doc-auto', Buffer.from('{}'));
      await vi.waitFor(async () => expect((await kith.trackByMessageId(messageId)).status).toBe('acknowledged'));
      expect(await auto.inbox(PRACTICE.id)).toEqual([expect.objectContaining({ messageId, acknowledged: true })]);
    } finally {
      await auto.close();
    }
  });
});
