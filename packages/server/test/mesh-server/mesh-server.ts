import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { MeshServerAuth } from './mesh-server-auth.ts';
import { fail, type MeshReply, routeMeshRequest } from './mesh-server-routes.ts';
import { MeshServerStore, type StoredMessage } from './mesh-server-store.ts';

/**
 * A local stand-in for NHS England's MESH, for tests and the demo: the MESH API v2 endpoints Kith
 * uses (handshake, send with chunks, tracking by message id and local id, inbox, download with
 * chunks, acknowledge) with MESH's authentication header, statuses and error bodies, as NHS
 * England's mesh-sandbox documents them. Plain HTTP, or HTTPS with client certificates (`tls`). It also plays MESH's own
 * behaviour a test needs: an unreachable spell, and the non-delivery REPORT on expiry.
 */

export interface LocalMeshServer {
  url: string;
  sharedKey: string;
  mailboxes: ReadonlyArray<{ id: string; password: string }>;
  /** Make the server unreachable (connections refused or 503) until `setReachable(true)`. */
  setReachable(up: boolean): void;
  /** Messages a mailbox has been sent (for assertions), with decoded body and headers. */
  inbox(mailboxId: string): Promise<Array<LocalMeshMessage>>;
  /** Count of messages ever accepted from a sender with this local id (exactly-once tests). */
  acceptedWithLocalId(localId: string): number;
  /** Deliver a non-delivery REPORT for a message to its sender's inbox (as MESH does on expiry). */
  expire(messageId: string, description?: string): void;
  close(): Promise<void>;
}

/** One message a mailbox received: complete ones only (a half-uploaded chunked message is not listed). */
export interface LocalMeshMessage {
  messageId: string;
  localId: string | null;
  workflowId: string;
  body: Buffer;
  acknowledged: boolean;
  from: string;
  messageType: 'DATA' | 'REPORT';
  status: string;
  fileName: string;
  subject: string | null;
  contentType: string | null;
  linkedMessageId: string | null;
  /** How many chunks the sender uploaded it in. */
  totalChunks: number;
}

export interface LocalMeshServerOptions {
  port?: number;
  host?: string;
  sharedKey?: string;
  mailboxes: Array<{ id: string; password: string }>;
  /** Acknowledge every DATA message this long after it is complete, as a practice system would; null: never. */
  autoAcknowledgeAfterMs?: number | null;
  /** Serve HTTPS and require a client certificate signed by `ca`, as Spine's MESH does (mutual TLS). */
  tls?: { cert: string | Buffer; key: string | Buffer; ca: string | Buffer } | null;
}

/** What MESH says when it expires a message nobody downloaded (its code 14). */
export const MESH_EXPIRY_DESCRIPTION = 'Message not collected by recipient after 5 days';

const MAX_BODY_BYTES = 110 * 1024 * 1024;

export async function startLocalMeshServer(options: LocalMeshServerOptions): Promise<LocalMeshServer> {
  const sharedKey = options.sharedKey ?? randomBytes(16).toString('hex');
  const passwords = new Map(options.mailboxes.map((m) => [m.id.toUpperCase(), m.password]));
  const store = new MeshServerStore(passwords);
  const auth = new MeshServerAuth(sharedKey, passwords);
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let reachable = true;

  const onAccepted = (message: StoredMessage) => {
    const after = options.autoAcknowledgeAfterMs;
    if (after === null || after === undefined || message.messageType !== 'DATA') return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (message.status === 'accepted') store.setStatus(message, 'acknowledged');
    }, after);
    timer.unref();
    timers.add(timer);
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    readBody(req)
      .then((body) => {
        if (body === null) return send(res, fail('tooLarge', 2));
        send(res, handle(req, body));
      })
      .catch(() => send(res, { status: 500, json: { message: 'An internal error occurred.' } }));
  };
  const server = options.tls
    ? createTlsServer({ ...options.tls, requestCert: true, rejectUnauthorized: true }, listener)
    : createServer(listener);

  const handle = (req: IncomingMessage, body: Buffer): MeshReply => {
    const url = new URL(req.url ?? '/', 'http://mesh.local');
    const version = acceptVersion(req.headers.accept);
    if (version === null) return fail('badAccept', 2);
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (segments[0] !== 'messageexchange' || !segments[1]) return fail('notFound', version);
    const pathMailbox = segments[1].toUpperCase();
    const authorized = auth.check(req.headers.authorization, pathMailbox);
    if (!authorized.ok) return fail('forbidden', version, null, authorized.reason);
    return routeMeshRequest(
      { store, onAccepted },
      {
        method: req.method ?? 'GET',
        path: segments.slice(2),
        query: url.searchParams,
        headers: req.headers,
        body,
        mailboxId: authorized.mailboxId,
        version,
      },
    );
  };

  // Unreachable: drop every new connection at once, as a dead host or a firewall would look to Kith.
  server.on('connection', (socket) => {
    if (!reachable) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost}:${port}`,
    sharedKey,
    mailboxes: options.mailboxes.map((m) => ({ id: m.id.toUpperCase(), password: m.password })),
    setReachable(up) {
      reachable = up;
      if (!up) for (const socket of sockets) socket.destroy();
    },
    async inbox(mailboxId) {
      const id = mailboxId.toUpperCase();
      return [...store.messages.values()]
        .filter((m) => m.to === id && m.status !== 'uploading' && m.body !== null)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((m) => ({
          messageId: m.messageId,
          localId: m.localId,
          workflowId: m.workflowId,
          body: m.body ?? Buffer.alloc(0),
          acknowledged: m.status === 'acknowledged',
          from: m.from,
          messageType: m.messageType,
          status: m.status,
          fileName: m.fileName,
          subject: m.subject,
          contentType: m.contentType,
          linkedMessageId: m.error?.linkedMessageId ?? null,
          totalChunks: m.totalChunks,
        }));
    },
    acceptedWithLocalId: (localId) => store.acceptedWithLocalId(localId),
    expire(messageId, description = MESH_EXPIRY_DESCRIPTION) {
      expireMessage(store, messageId.toUpperCase(), description);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** The message becomes undeliverable and its sender gets a REPORT linking to it, as MESH does on expiry. */
function expireMessage(store: MeshServerStore, messageId: string, description: string): void {
  const original = store.messages.get(messageId);
  if (original?.messageType !== 'DATA') throw new Error(`No DATA message ${messageId} to expire`);
  if (original.status !== 'accepted')
    throw new Error(`Message ${messageId} is ${original.status}; only an accepted message expires`);
  const error = { event: 'SEND', code: '14', description, linkedMessageId: messageId };
  original.error = error;
  store.setStatus(original, 'undeliverable');
  const now = new Date();
  store.add({
    messageId: store.newMessageId(now),
    messageType: 'REPORT',
    from: '',
    to: original.from,
    workflowId: original.workflowId,
    localId: original.localId,
    subject: original.subject,
    fileName: original.fileName,
    contentType: null,
    contentEncoding: '',
    totalChunks: 0,
    chunks: [],
    body: Buffer.alloc(0),
    status: 'accepted',
    createdAt: now,
    statusAt: now,
    acceptedAt: now,
    acknowledgedAt: null,
    error,
  });
}

/** 2 for application/vnd.mesh.v2+json, 1 when no MESH type is asked for, null for a malformed MESH type (MESH: 400). */
function acceptVersion(accept: string | undefined): number | null {
  const mesh = (accept ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .find((s) => s.includes('vnd.mesh'));
  if (!mesh) return 1;
  const m = /^application\/vnd\.mesh\.v(\d+)\+json$/.exec(mesh);
  return m ? Number(m[1]) : null;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: MeshReply): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...reply.headers };
  let body = reply.body ?? Buffer.alloc(0);
  if (reply.json !== undefined) {
    body = Buffer.from(JSON.stringify(reply.json));
    headers['Content-Type'] ??= 'application/json';
  }
  res.writeHead(reply.status, { ...headers, 'Content-Length': String(body.length) });
  res.end(body);
}
