import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeshConfig } from '../../config.ts';
import { meshAuthHmac, meshAuthorizationHeader, meshAuthTimestamp } from './mesh-auth.ts';
import { MeshClient, meshClientFromConfig } from './mesh-client.ts';
import { meshHttpError, meshInboxHeadersFrom, meshTrackingFrom } from './mesh-responses.ts';

const response = (status: number, body: unknown) => ({ status, headers: {}, body: Buffer.from(JSON.stringify(body)) });

describe('MESH answers read by the client', () => {
  it('makes 5xx, 429 and no answer retryable, other 4xx not, with MESH’s code and text', () => {
    expect(meshHttpError('send', response(503, {})).retryable).toBe(true);
    expect(meshHttpError('send', response(429, {})).retryable).toBe(true);
    expect(meshHttpError('send', response(403, {})).retryable).toBe(false);
    const v2 = meshHttpError('send', response(417, { detail: [{ event: 'SEND', code: '12', msg: 'Unregistered to address' }] }));
    expect(v2).toMatchObject({ status: 417, code: '12', retryable: false });
    expect(v2.message).toBe('MESH refused send: HTTP 417 (Unregistered to address, code 12)');
    const v1 = meshHttpError('send', response(417, { errorCode: '12', errorDescription: 'Unregistered to address' }));
    expect(v1).toMatchObject({ code: '12' });
  });

  it('reads tracking in v2 and v1 shapes', () => {
    expect(meshTrackingFrom({ message_id: 'M1', local_id: 'L1', status: 'acknowledged', recipient: 'X26ABC1' })).toMatchObject({
      messageId: 'M1',
      localId: 'L1',
      status: 'acknowledged',
      recipient: 'X26ABC1',
    });
    expect(
      meshTrackingFrom({ messageId: 'M2', localId: 'L2', status: 'Undeliverable', failureDiagnostic: 'expired' }),
    ).toMatchObject({
      messageId: 'M2',
      status: 'undeliverable',
      statusDescription: 'expired',
    });
    expect(meshTrackingFrom({ message_id: 'M3', status: 'uploading' }).status).toBe('other');
  });

  it('reads a REPORT’s mex headers', () => {
    expect(
      meshInboxHeadersFrom({
        'mex-messagetype': 'REPORT',
        'mex-linkedmsgid': 'M1',
        'mex-statussuccess': 'ERROR',
        'mex-statuscode': '14',
        'mex-localid': 'L1',
      }),
    ).toMatchObject({ messageType: 'REPORT', linkedMessageId: 'M1', statusSuccess: false, statusCode: '14', from: null });
  });
});

describe('MESH authorisation header', () => {
  it('is NHSMESH mailbox:nonce:count:yyyyMMddHHmm:hmac over mailbox:nonce:count:password:timestamp', () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 59));
    expect(meshAuthTimestamp(at)).toBe('202601020304');
    const credentials = { mailboxId: 'KITHMB01', password: 'pw', sharedKey: 'key' };
    const header = meshAuthorizationHeader(credentials, { at, nonce: 'n-1', nonceCount: '1' });
    expect(header).toBe(`NHSMESH KITHMB01:n-1:1:202601020304:${meshAuthHmac(credentials, 'n-1', '1', '202601020304')}`);
    expect(header).toMatch(/:[0-9a-f]{64}$/);
  });
});

describe('meshClientFromConfig', () => {
  const config: MeshConfig = {
    url: null,
    mailboxId: 'KITHMB01',
    password: 'pw',
    sharedKey: 'key',
    clientCertPath: null,
    clientKeyPath: null,
    caCertPath: null,
    workflowId: 'GPFED_CONSULT_REPORT',
    pollSeconds: 300,
    chunkBytes: 1024,
  };

  it('is null without a MESH address, and a client (reading the certificate files) with one', () => {
    expect(meshClientFromConfig(config)).toBeNull();
    const dir = mkdtempSync(path.join(tmpdir(), 'kith-mesh-'));
    for (const name of ['cert.pem', 'key.pem', 'ca.pem']) writeFileSync(path.join(dir, name), 'synthetic');
    const client = meshClientFromConfig({
      ...config,
      url: 'https://mesh.example.test',
      clientCertPath: path.join(dir, 'cert.pem'),
      clientKeyPath: path.join(dir, 'key.pem'),
      caCertPath: path.join(dir, 'ca.pem'),
    });
    expect(client).toBeInstanceOf(MeshClient);
    expect(() =>
      meshClientFromConfig({ ...config, url: 'https://mesh.example.test', clientCertPath: path.join(dir, 'missing.pem') }),
    ).toThrow();
  });
});
