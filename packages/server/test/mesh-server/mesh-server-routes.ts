import type { IncomingHttpHeaders } from 'node:http';
import type { MeshServerStore, StoredMessage } from './mesh-server-store.ts';
import { downloadHeaders, errorBody, MESH_ERRORS, type MeshErrorKind, trackingV1, trackingV2 } from './mesh-server-views.ts';

/**
 * The MESH API endpoints under /messageexchange/{mailbox}, for an already authenticated mailbox.
 * Plain functions from a parsed request to a reply, so the HTTP plumbing stays in mesh-server.ts.
 */

export interface MeshRequest {
  method: string;
  /** Path after /messageexchange/{mailbox}, e.g. '/outbox' or '/inbox/ID/2'. */
  path: string[];
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  mailboxId: string;
  /** 2 for `Accept: application/vnd.mesh.v2+json`, else 1. */
  version: number;
}

export interface MeshReply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  body?: Buffer;
}

export interface RouteContext {
  store: MeshServerStore;
  /** Called when a DATA message is complete (auto-acknowledge for the demo). */
  onAccepted(message: StoredMessage): void;
}

const V2 = 'application/vnd.mesh.v2+json';

export function fail(kind: MeshErrorKind, version: number, messageId: string | null = null, text?: string): MeshReply {
  return { status: MESH_ERRORS[kind].status, json: errorBody(kind, version, messageId, text) };
}

export function routeMeshRequest(ctx: RouteContext, r: MeshRequest): MeshReply {
  const [section, a, b, c] = r.path;
  const m = r.method;
  if (section === undefined && (m === 'GET' || m === 'POST')) return handshake(r);
  if (section === 'outbox') {
    if (a === undefined && m === 'POST') return send(ctx, r);
    if (a === 'tracking' && b === undefined && m === 'GET') return trackByQuery(ctx, r);
    if (a === 'tracking' && b !== undefined && c === undefined && m === 'GET') return trackByLocalId(ctx, r, b);
    if (a !== undefined && b !== undefined && c === undefined && m === 'POST') return sendChunk(ctx, r, a.toUpperCase(), b);
  }
  if (section === 'inbox') {
    if (a === undefined && m === 'GET') return listInbox(ctx, r);
    if (a !== undefined && b === 'status' && c === 'acknowledged' && m === 'PUT') return acknowledge(ctx, r, a.toUpperCase());
    if (a !== undefined && (b === undefined || /^\d+$/.test(b)) && c === undefined && (m === 'GET' || m === 'HEAD'))
      return download(ctx, r, a.toUpperCase(), b === undefined ? 1 : Number(b));
  }
  return fail('notFound', r.version);
}

function header(r: MeshRequest, name: string): string {
  const v = r.headers[name.toLowerCase()];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
}

function handshake(r: MeshRequest): MeshReply {
  if (!header(r, 'mex-ClientVersion') || !header(r, 'mex-OSName') || !header(r, 'mex-OSVersion'))
    return fail('missingClientHeaders', r.version);
  return r.version < 2 ? { status: 200, json: { mailboxId: r.mailboxId } } : { status: 200 };
}

/** "n:total", checked as MESH checks it; null when malformed. */
function chunkRange(text: string, expectedChunk: number): { n: number; total: number } | null {
  if (!text) return expectedChunk === 1 ? { n: 1, total: 1 } : null;
  const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const total = Number(m[2]);
  return n >= 1 && n <= total && n === expectedChunk ? { n, total } : null;
}

function send(ctx: RouteContext, r: MeshRequest): MeshReply {
  const to = header(r, 'mex-To').toUpperCase();
  const workflowId = header(r, 'mex-WorkflowID');
  if (!to) return fail('missingTo', r.version);
  if (!workflowId) return fail('missingWorkflow', r.version);
  const encoding = header(r, 'Content-Encoding').toLowerCase();
  if (encoding && encoding !== 'gzip') return fail('unsupportedEncoding', r.version);
  const range = chunkRange(header(r, 'mex-Chunk-Range'), 1);
  if (!range) return fail('badChunks', r.version);
  if (!ctx.store.mailboxes.has(to)) return fail('unregisteredRecipient', r.version);
  if (r.body.length === 0) return fail('missingData', r.version);
  const now = new Date();
  const messageId = ctx.store.newMessageId(now);
  const message: StoredMessage = {
    messageId,
    messageType: 'DATA',
    from: r.mailboxId,
    to,
    workflowId,
    localId: header(r, 'mex-LocalID') || null,
    subject: header(r, 'mex-Subject') || null,
    fileName: header(r, 'mex-FileName') || `${messageId}.dat`,
    contentType: header(r, 'mex-Content-Type') || header(r, 'Content-Type') || null,
    contentEncoding: encoding,
    totalChunks: range.total,
    chunks: [],
    body: null,
    status: 'uploading',
    createdAt: now,
    statusAt: now,
    acceptedAt: null,
    acknowledgedAt: null,
    error: null,
  };
  ctx.store.add(message);
  const failed = saveChunk(ctx, r, message, 1);
  if (failed) return failed;
  return { status: 202, json: r.version < 2 ? { messageID: messageId } : { message_id: messageId } };
}

function saveChunk(ctx: RouteContext, r: MeshRequest, message: StoredMessage, n: number): MeshReply | null {
  try {
    if (ctx.store.saveChunk(message, n, r.body)) ctx.onAccepted(message);
    return null;
  } catch {
    // The joined chunks did not gunzip: MESH refuses a malformed file.
    ctx.store.setStatus(message, 'error');
    return fail('badFile', r.version, message.messageId);
  }
}

function sendChunk(ctx: RouteContext, r: MeshRequest, messageId: string, chunkText: string): MeshReply {
  const n = Number(chunkText);
  const range = Number.isInteger(n) ? chunkRange(header(r, 'mex-Chunk-Range'), n) : null;
  if (!header(r, 'mex-Chunk-Range') || !range) return fail('badChunks', r.version, messageId);
  const message = ctx.store.messages.get(messageId);
  if (!message) return fail('doesNotExist', r.version, messageId);
  if (message.from !== r.mailboxId) return fail('forbidden', r.version, messageId);
  if (message.status !== 'uploading') return fail('notUploading', r.version, messageId);
  if (range.total !== message.totalChunks) return fail('badChunks', r.version, messageId);
  if (header(r, 'Content-Encoding').toLowerCase() !== message.contentEncoding)
    return fail('encodingChanged', r.version, messageId);
  const failed = saveChunk(ctx, r, message, n);
  if (failed) return failed;
  return r.version < 2 ? { status: 202, json: { messageID: messageId, blockID: n } } : { status: 202 };
}

function trackByQuery(ctx: RouteContext, r: MeshRequest): MeshReply {
  const messageId = r.query.get('messageID')?.toUpperCase();
  if (!messageId) {
    const localId = r.query.get('localID');
    return localId ? trackByLocalId(ctx, r, localId) : fail('notFound', r.version);
  }
  const message = ctx.store.messages.get(messageId);
  // Not the sender's message: 404, not 403, as MESH does (no hint that the id exists).
  if (!message || message.from !== r.mailboxId) return fail('notFound', r.version, messageId);
  return r.version < 2
    ? { status: 200, json: trackingV1(message) }
    : { status: 200, json: trackingV2(message), headers: { 'Content-Type': V2 } };
}

function trackByLocalId(ctx: RouteContext, r: MeshRequest, localId: string): MeshReply {
  const found = ctx.store.sentWithLocalId(r.mailboxId, localId);
  if (found.length === 0) return fail('notFound', r.version);
  if (found.length > 1) return fail('multipleLocalIds', r.version);
  return { status: 200, json: trackingV1(found[0] as StoredMessage) };
}

function listInbox(ctx: RouteContext, r: MeshRequest): MeshReply {
  const requested = Number(r.query.get('max_results') ?? 500);
  const max = Number.isInteger(requested) ? Math.min(Math.max(requested, 10), 5000) : 500;
  let messages = ctx.store.inboxOf(r.mailboxId);
  const after = r.query.get('continue_from');
  if (after) {
    const lastId = Buffer.from(after, 'base64url').toString('utf8');
    const at = messages.findIndex((m) => m.messageId === lastId);
    if (at >= 0) messages = messages.slice(at + 1);
  }
  const page = messages.slice(0, max);
  const ids = page.map((m) => m.messageId);
  if (r.version < 2) return { status: 200, json: { messages: ids } };
  const self = `/messageexchange/${r.mailboxId}/inbox?max_results=${max}`;
  const last = page.at(-1);
  const links: Record<string, string> = { self };
  if (messages.length > max && last) links.next = `${self}&continue_from=${Buffer.from(last.messageId).toString('base64url')}`;
  return {
    status: 200,
    json: { messages: ids, links, approx_inbox_count: ctx.store.inboxOf(r.mailboxId).length },
    headers: { 'Content-Type': V2 },
  };
}

function download(ctx: RouteContext, r: MeshRequest, messageId: string, n: number): MeshReply {
  const message = ctx.store.messages.get(messageId);
  if (!message) return fail('doesNotExist', r.version, messageId);
  if (message.to !== r.mailboxId) return fail('forbidden', r.version, messageId);
  if (message.status !== 'accepted' && message.status !== 'acknowledged') return fail('gone', r.version, messageId);
  const headers = downloadHeaders(message, n);
  if (message.messageType !== 'DATA' || r.method === 'HEAD') return { status: 200, headers, body: Buffer.alloc(0) };
  if (n < 1 || n > message.totalChunks) return fail('doesNotExist', r.version, messageId);
  // Sent gzipped: pass the stored chunks on when the client takes gzip, else split the decoded body.
  let chunk: Buffer;
  if (message.contentEncoding === 'gzip' && /\bgzip\b/i.test(header(r, 'Accept-Encoding'))) {
    chunk = message.chunks[n - 1] ?? Buffer.alloc(0);
    headers['Content-Encoding'] = 'gzip';
  } else {
    const body = message.body ?? Buffer.alloc(0);
    const size = Math.ceil(body.length / message.totalChunks);
    chunk = body.subarray((n - 1) * size, n * size);
  }
  const type = r.version > 1 && message.totalChunks < 2 && message.contentType ? message.contentType : 'application/octet-stream';
  return { status: n < message.totalChunks ? 206 : 200, headers: { ...headers, 'Content-Type': type }, body: chunk };
}

function acknowledge(ctx: RouteContext, r: MeshRequest, messageId: string): MeshReply {
  const message = ctx.store.messages.get(messageId);
  if (!message) return fail('doesNotExist', r.version, messageId);
  if (message.to !== r.mailboxId) return fail('forbidden', r.version, messageId);
  // Acknowledging twice is harmless in MESH: the second changes nothing.
  if (message.status === 'accepted') ctx.store.setStatus(message, 'acknowledged');
  return r.version < 2 ? { status: 200, json: { messageId } } : { status: 200 };
}
