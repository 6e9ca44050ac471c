import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meshAuthorizationHeader } from '../../src/interop/mesh/mesh-auth.ts';
import { type LocalMeshServer, startLocalMeshServer } from './mesh-server.ts';

/** The local MESH server's protocol details, spoken to directly (the client's tests cover the common path). */

const KITH = { id: 'KITHMB01', password: 'kith-password' };
const PRACTICE = { id: 'X26ABC1', password: 'practice-password' };
const V2 = 'application/vnd.mesh.v2+json';

let mesh: LocalMeshServer;
beforeAll(async () => {
  mesh = await startLocalMeshServer({ mailboxes: [KITH, PRACTICE] });
});
afterAll(() => mesh.close());

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json: () => Record<string, unknown>;
}

function raw(
  method: string,
  path: string,
  options: { as?: { id: string; password: string }; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Raw> {
  const as = options.as ?? KITH;
  const headers = {
    Accept: V2,
    Authorization: meshAuthorizationHeader({ mailboxId: as.id, password: as.password, sharedKey: mesh.sharedKey }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(`/messageexchange/${as.id}${path}`, mesh.url), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString()) });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const sendHeaders = (extra: Record<string, string> = {}) => ({
  'mex-To': PRACTICE.id,
  'mex-WorkflowID': 'GPFED_CONSULT_REPORT',
  'Content-Type': 'application/octet-stream',
  ...extra,
});

describe('local MESH server', () => {
  it('asks clients to identify themselves at handshake and refuses a malformed MESH Accept type', async () => {
    expect((await raw('GET', '')).status).toBe(400);
    const ok = await raw('GET', '', { headers: { 'mex-ClientVersion': 'test 1', 'mex-OSName': 'Linux', 'mex-OSVersion': '6' } });
    expect(ok.status).toBe(200);
    expect((await raw('GET', '/inbox', { headers: { Accept: 'application/vnd.mesh.vX+json' } })).status).toBe(400);
  });

  it('answers v1 shapes when the client does not ask for v2', async () => {
    const sent = await raw('POST', '/outbox', {
      headers: { ...sendHeaders(), Accept: 'application/json' },
      body: Buffer.from('x'),
    });
    expect(sent.status).toBe(202);
    expect(sent.json()).toEqual({ messageID: expect.stringMatching(/^\d{17}_[0-9A-F]{6}$/) });
  });

  it('checks chunk ranges, the sender and the encoding of later chunks', async () => {
    expect(
      (await raw('POST', '/outbox', { headers: sendHeaders({ 'mex-Chunk-Range': '2:3' }), body: Buffer.from('a') })).status,
    ).toBe(417);
    const first = await raw('POST', '/outbox', {
      headers: sendHeaders({ 'mex-Chunk-Range': '1:2' }),
      body: Buffer.from('first '),
    });
    expect(first.status).toBe(202);
    const id = first.json().message_id as string;
    // Not complete yet: the recipient does not see it, tracking by local id does not find it.
    expect((await raw('GET', '/inbox', { as: PRACTICE })).json().messages).not.toContain(id);
    expect((await raw('POST', `/outbox/${id}/2`, { headers: { 'mex-Chunk-Range': '3:2' }, body: Buffer.from('x') })).status).toBe(
      417,
    );
    expect(
      (await raw('POST', `/outbox/${id}/2`, { headers: { 'mex-Chunk-Range': '2:2' }, as: PRACTICE, body: Buffer.from('x') }))
        .status,
    ).toBe(403);
    const gz = { 'mex-Chunk-Range': '2:2', 'Content-Encoding': 'gzip' };
    expect((await raw('POST', `/outbox/${id}/2`, { headers: gz, body: gzipSync('x') })).status).toBe(417);
    expect(
      (await raw('POST', `/outbox/${id}/2`, { headers: { 'mex-Chunk-Range': '2:2' }, body: Buffer.from('second') })).status,
    ).toBe(202);
    expect(
      (await raw('POST', `/outbox/${id}/2`, { headers: { 'mex-Chunk-Range': '2:2' }, body: Buffer.from('again') })).status,
    ).toBe(423);

    const part1 = await raw('GET', `/inbox/${id}`, { as: PRACTICE });
    expect(part1.status).toBe(206);
    expect(part1.headers['mex-chunk-range']).toBe('1:2');
    const part2 = await raw('GET', `/inbox/${id}/2`, { as: PRACTICE });
    expect(part2.status).toBe(200);
    expect(Buffer.concat([part1.body, part2.body]).toString()).toBe('first second');
    expect((await raw('GET', `/inbox/${id}/3`, { as: PRACTICE })).status).toBe(404);
  });

  it('serves a gzipped message decoded to a client that does not take gzip', async () => {
    const sent = await raw('POST', '/outbox', {
      headers: sendHeaders({ 'Content-Encoding': 'gzip', 'mex-LocalID': 'gz-1' }),
      body: gzipSync('hello practice'),
    });
    const id = sent.json().message_id as string;
    const plain = await raw('GET', `/inbox/${id}`, { as: PRACTICE });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('hello practice');
    const zipped = await raw('GET', `/inbox/${id}`, { as: PRACTICE, headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
  });

  it('refuses an empty message and one with no recipient', async () => {
    expect((await raw('POST', '/outbox', { headers: sendHeaders(), body: Buffer.alloc(0) })).status).toBe(417);
    const noTo = await raw('POST', '/outbox', { headers: { 'mex-WorkflowID': 'W' }, body: Buffer.from('x') });
    expect(noTo.status).toBe(400);
    expect(noTo.json()).toMatchObject({ detail: [{ code: '08' }] });
  });

  it('pages the inbox with links.next', async () => {
    for (let i = 0; i < 12; i++) await raw('POST', '/outbox', { headers: sendHeaders(), body: Buffer.from(`m${i}`) });
    const all = (await raw('GET', '/inbox', { as: PRACTICE })).json().messages as string[];
    const first = (await raw('GET', '/inbox?max_results=10', { as: PRACTICE })).json();
    expect(first.messages).toEqual(all.slice(0, 10));
    const next = (first.links as { next: string }).next;
    const rest = (await raw('GET', next.replace(`/messageexchange/${PRACTICE.id}`, ''), { as: PRACTICE })).json();
    expect(rest.messages).toEqual(all.slice(10, 20));
  });

  it('finds two messages with one local id as 300, and a gone message as 410 after expiry', async () => {
    for (let i = 0; i < 2; i++)
      await raw('POST', '/outbox', { headers: sendHeaders({ 'mex-LocalID': 'twice' }), body: Buffer.from('x') });
    expect((await raw('GET', '/outbox/tracking/twice')).status).toBe(300);
    expect(mesh.acceptedWithLocalId('twice')).toBe(2);

    const id = (await raw('POST', '/outbox', { headers: sendHeaders(), body: Buffer.from('x') })).json().message_id as string;
    mesh.expire(id, 'Synthetic expiry');
    expect((await raw('GET', `/inbox/${id}`, { as: PRACTICE })).status).toBe(410);
    expect(() => mesh.expire(id)).toThrow(/undeliverable/);
    const tracking = (await raw('GET', `/outbox/tracking?messageID=${id}`)).json();
    expect(tracking).toMatchObject({
      status: 'undeliverable',
      status_success: false,
      status_code: '14',
      status_description: 'Synthetic expiry',
    });
  });
});
