import { readFileSync } from 'node:fs';
import os from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { MeshConfig } from '../../config.ts';
import { type MeshCredentials, meshAuthorizationHeader } from './mesh-auth.ts';
import { MeshError } from './mesh-error.ts';
import { type MeshResponse, type MeshTransport, meshRequest, meshTransport } from './mesh-http.ts';
import {
  headerText,
  meshHttpError,
  meshInboxHeadersFrom,
  meshTotalChunks,
  meshTrackingFrom,
  parseJsonBody,
} from './mesh-responses.ts';
import type { MeshClientOptions, MeshInboxHeaders, MeshSendMessage, MeshTracking } from './mesh-types.ts';

export { MeshError } from './mesh-error.ts';
export type { MeshClientOptions, MeshInboxHeaders, MeshSendMessage, MeshTracking } from './mesh-types.ts';

/** MESH API v2 responses (the v1 shapes differ; tracking by local id still answers in v1). */
const ACCEPT_V2 = 'application/vnd.mesh.v2+json';
const CLIENT_VERSION = 'Kith 0.1';
/** Inbox pages followed per listInbox call; MESH pages at max_results and Kith polls again anyway. */
const MAX_INBOX_PAGES = 10;
/** A chunk upload is retried at once this many times before the send gives up (see send). */
const CHUNK_ATTEMPTS = 3;

/** A client for Kith's MESH mailbox, or null when MESH is not configured (documents then wait, with the reason shown). */
export function meshClientFromConfig(mesh: MeshConfig): MeshClient | null {
  if (!mesh.url) return null;
  if (!mesh.mailboxId || !mesh.password || !mesh.sharedKey)
    throw new Error('KITH_MESH_MAILBOX_ID, KITH_MESH_PASSWORD and KITH_MESH_SHARED_KEY are required when KITH_MESH_URL is set');
  return new MeshClient({
    url: mesh.url,
    mailboxId: mesh.mailboxId,
    password: mesh.password,
    sharedKey: mesh.sharedKey,
    clientCert: mesh.clientCertPath ? readFileSync(mesh.clientCertPath) : null,
    clientKey: mesh.clientKeyPath ? readFileSync(mesh.clientKeyPath) : null,
    ca: mesh.caCertPath ? readFileSync(mesh.caCertPath) : null,
    chunkBytes: mesh.chunkBytes,
  });
}

/**
 * NHS England's MESH API (v2), as Kith uses it: handshake, send (chunked above chunkBytes),
 * tracking, inbox, download (chunks reassembled) and acknowledge. Every failure is a MeshError
 * whose `retryable` tells the caller whether to try again later.
 */
export class MeshClient {
  private readonly base: string;
  private readonly credentials: MeshCredentials;
  private readonly transport: MeshTransport;

  constructor(private readonly options: MeshClientOptions) {
    if (!Number.isInteger(options.chunkBytes) || options.chunkBytes < 1) throw new Error('chunkBytes must be a positive integer');
    this.base = `${options.url.replace(/\/+$/, '')}/messageexchange/${encodeURIComponent(options.mailboxId)}`;
    this.credentials = { mailboxId: options.mailboxId, password: options.password, sharedKey: options.sharedKey };
    this.transport = meshTransport(
      options.url,
      { cert: options.clientCert, key: options.clientKey, ca: options.ca },
      options.timeoutMs ?? 60_000,
    );
  }

  /** MESH asks every client to say who it is once per session; also proves the credentials work. */
  async handshake(): Promise<void> {
    const response = await this.call('handshake', 'GET', '', {
      'mex-ClientVersion': CLIENT_VERSION,
      'mex-OSName': os.type(),
      'mex-OSVersion': os.release(),
      'mex-OSArchitecture': os.arch(),
    });
    if (response.status !== 200) throw meshHttpError('handshake', response);
  }

  /**
   * Sends (chunked when larger than chunkBytes; gzip when `compress`) and returns MESH's message id.
   * A chunked message exists in MESH from its first chunk but is only delivered once the last
   * arrives, so a failed later chunk is retried at once a few times before giving up.
   */
  async send(m: MeshSendMessage & { compress?: boolean }): Promise<{ messageId: string }> {
    const payload = m.compress ? gzipSync(m.body) : m.body;
    const chunks = splitChunks(payload, this.options.chunkBytes);
    const total = chunks.length;
    const encoding: Record<string, string> = m.compress ? { 'Content-Encoding': 'gzip' } : {};
    const first = await this.call(
      'send',
      'POST',
      '/outbox',
      {
        'mex-To': m.to,
        'mex-WorkflowID': m.workflowId,
        'mex-LocalID': m.localId,
        'mex-FileName': m.fileName,
        'mex-Content-Type': m.contentType,
        ...(m.subject ? { 'mex-Subject': m.subject } : {}),
        ...(total > 1 ? { 'mex-Chunk-Range': `1:${total}` } : {}),
        // A chunked message's parts are opaque bytes; mex-Content-Type carries the real type.
        'Content-Type': total > 1 ? 'application/octet-stream' : m.contentType,
        ...encoding,
      },
      chunks[0],
    );
    if (first.status !== 202 && first.status !== 200) throw meshHttpError('send', first);
    const messageId = parseJsonBody('send', first).message_id;
    if (typeof messageId !== 'string' || !messageId)
      throw new MeshError('MESH accepted the message but gave no message id', { status: first.status, retryable: true });
    for (let n = 2; n <= total; n++) {
      const headers = { 'mex-Chunk-Range': `${n}:${total}`, 'Content-Type': 'application/octet-stream', ...encoding };
      await this.withAttempts(CHUNK_ATTEMPTS, async () => {
        const response = await this.call(
          `send chunk ${n}/${total}`,
          'POST',
          `/outbox/${enc(messageId)}/${n}`,
          headers,
          chunks[n - 1],
        );
        if (response.status !== 202 && response.status !== 200) throw meshHttpError(`send chunk ${n}/${total}`, response);
      });
    }
    return { messageId };
  }

  /**
   * What MESH knows of the message this mailbox sent with this local id. Null when it has none,
   * and also when the only one is still half uploaded (a chunked send that failed part-way):
   * that message will never be delivered, so the caller should send again rather than adopt it.
   */
  async trackByLocalId(localId: string): Promise<MeshTracking | null> {
    const response = await this.call('track by local id', 'GET', `/outbox/tracking/${enc(localId)}`, {});
    if (response.status === 404) return null;
    if (response.status === 300)
      throw new MeshError(`MESH holds more than one message with local id ${localId}; track them by message id`, {
        status: 300,
        retryable: false,
      });
    if (response.status !== 200) throw meshHttpError('track by local id', response);
    const tracking = meshTrackingFrom(parseJsonBody('track by local id', response));
    if (String(tracking.raw.status ?? '').toLowerCase() === 'uploading') return null;
    return tracking;
  }

  async trackByMessageId(messageId: string): Promise<MeshTracking> {
    const response = await this.call('track', 'GET', `/outbox/tracking?messageID=${enc(messageId)}`, {});
    if (response.status !== 200) throw meshHttpError('track', response);
    return meshTrackingFrom(parseJsonBody('track', response));
  }

  /** Message ids waiting in Kith's inbox (data and reports), oldest first as MESH lists them. */
  async listInbox(): Promise<string[]> {
    const ids: string[] = [];
    let path: string | null = '/inbox';
    for (let page = 0; path && page < MAX_INBOX_PAGES; page++) {
      const response = await this.call('list inbox', 'GET', path, {});
      if (response.status !== 200) throw meshHttpError('list inbox', response);
      const body = parseJsonBody('list inbox', response);
      if (Array.isArray(body.messages)) ids.push(...body.messages.filter((id): id is string => typeof id === 'string'));
      const links = body.links as Record<string, unknown> | undefined;
      const next = typeof links?.next === 'string' ? links.next : null;
      // links.next is an absolute path from the server root: keep only what follows the mailbox.
      const marker = `/messageexchange/${this.options.mailboxId}`;
      const at = next ? next.toUpperCase().indexOf(marker.toUpperCase()) : -1;
      path = next && at >= 0 ? next.slice(at + marker.length) : null;
    }
    return ids;
  }

  /** The whole message: every chunk fetched and joined, gzip undone. A REPORT has an empty body. */
  async download(messageId: string): Promise<{ headers: MeshInboxHeaders; body: Buffer }> {
    const first = await this.fetchChunk(messageId, 1);
    const total = first.status === 206 ? meshTotalChunks(first.headers) : 1;
    const parts = [first];
    for (let n = 2; n <= total; n++) parts.push(await this.fetchChunk(messageId, n));
    return { headers: meshInboxHeadersFrom(first.headers), body: joinChunks(parts) };
  }

  async acknowledge(messageId: string): Promise<void> {
    const response = await this.call('acknowledge', 'PUT', `/inbox/${enc(messageId)}/status/acknowledged`, {});
    if (response.status !== 200) throw meshHttpError('acknowledge', response);
  }

  private async fetchChunk(messageId: string, n: number): Promise<MeshResponse> {
    const operation = n === 1 ? 'download' : `download chunk ${n}`;
    const path = n === 1 ? `/inbox/${enc(messageId)}` : `/inbox/${enc(messageId)}/${n}`;
    const response = await this.call(operation, 'GET', path, { 'Accept-Encoding': 'gzip' });
    if (response.status !== 200 && response.status !== 206) throw meshHttpError(operation, response);
    return response;
  }

  private async withAttempts(attempts: number, run: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof MeshError) || !error.retryable || attempt >= attempts) throw error;
      }
    }
  }

  private call(operation: string, method: string, path: string, headers: Record<string, string>, body?: Buffer) {
    return meshRequest(
      this.transport,
      operation,
      new URL(this.base + path),
      method,
      {
        Accept: ACCEPT_V2,
        Authorization: meshAuthorizationHeader(this.credentials),
        'User-Agent': CLIENT_VERSION,
        ...headers,
      },
      body,
    );
  }
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

/** At least one chunk, even for an empty body (MESH then refuses it with its own error). */
function splitChunks(body: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < body.length; at += size) chunks.push(body.subarray(at, at + size));
  return chunks.length > 0 ? chunks : [body];
}

/**
 * Chunks gzipped by the sender as one stream, or each by the server on the way out, both
 * gunzip as one concatenation (gzip allows several members); mixed chunks are undone one by one.
 */
function joinChunks(parts: MeshResponse[]): Buffer {
  const gzipped = parts.map((p) => (headerText(p.headers['content-encoding']) ?? '').toLowerCase() === 'gzip');
  try {
    if (gzipped.every(Boolean)) return gunzipSync(Buffer.concat(parts.map((p) => p.body)));
    return Buffer.concat(parts.map((p, i) => (gzipped[i] ? gunzipSync(p.body) : p.body)));
  } catch (error) {
    throw new MeshError('MESH sent a message marked gzip that does not decompress', {
      status: 200,
      retryable: false,
      cause: error,
    });
  }
}
