import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { MeshError } from './mesh-error.ts';

/** One HTTP exchange with MESH, fully read. */
export interface MeshResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface MeshTransport {
  /** Mutual TLS: Spine's MESH requires a client certificate; a local test server may not. */
  agent: http.Agent | https.Agent;
  timeoutMs: number;
}

/** A transport per client: an https agent carries the client certificate, key and CA bundle. */
export function meshTransport(
  url: string,
  tls: { cert?: string | Buffer | null; key?: string | Buffer | null; ca?: string | Buffer | null },
  timeoutMs: number,
): MeshTransport {
  const agent = url.startsWith('https:')
    ? new https.Agent({
        keepAlive: false,
        ...(tls.cert ? { cert: tls.cert } : {}),
        ...(tls.key ? { key: tls.key } : {}),
        ...(tls.ca ? { ca: tls.ca } : {}),
      })
    : new http.Agent({ keepAlive: false });
  return { agent, timeoutMs };
}

/**
 * Sends one request. Never rejects with anything but MeshError: a connection that fails or
 * times out becomes a retryable MeshError with no status; any HTTP answer resolves, whatever
 * its status, so the caller decides what a 404 means.
 */
export function meshRequest(
  transport: MeshTransport,
  operation: string,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<MeshResponse> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = lib.request(
      url,
      {
        method,
        agent: transport.agent,
        headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => reject(unreachable(operation, error)));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.setTimeout(transport.timeoutMs, () => {
      request.destroy(new Error(`no answer within ${transport.timeoutMs} ms`));
    });
    request.on('error', (error) => reject(unreachable(operation, error)));
    request.end(body);
  });
}

function unreachable(operation: string, error: Error): MeshError {
  const code = (error as NodeJS.ErrnoException).code;
  return new MeshError(`MESH could not be reached (${operation}): ${code ?? error.message}`, { status: null, cause: error });
}
