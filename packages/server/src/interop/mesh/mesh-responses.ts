import type { IncomingHttpHeaders } from 'node:http';
import { MeshError } from './mesh-error.ts';
import type { MeshResponse } from './mesh-http.ts';
import type { MeshInboxHeaders, MeshTracking } from './mesh-types.ts';

/**
 * Reading MESH's answers. MESH replies in two shapes depending on the Accept header and the
 * endpoint (v2 snake_case, v1 camelCase: tracking by local id only answers in v1), so these
 * readers accept both.
 */

/** A MeshError from a non-success answer, with MESH's error code and text when the body has them. */
export function meshHttpError(operation: string, response: MeshResponse): MeshError {
  const { code, text } = meshErrorDetail(response.body);
  const detail = [text, code ? `code ${code}` : null].filter(Boolean).join(', ');
  return new MeshError(`MESH refused ${operation}: HTTP ${response.status}${detail ? ` (${detail})` : ''}`, {
    status: response.status,
    code,
  });
}

function meshErrorDetail(body: Buffer): { code: string | null; text: string | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { code: null, text: null };
  }
  if (!isRecord(parsed)) return { code: null, text: null };
  // v2: { detail: [{ event, code, msg }] }; v1: { errorCode, errorDescription }; FastAPI: { detail: "text" }.
  if (Array.isArray(parsed.detail) && isRecord(parsed.detail[0])) {
    const first = parsed.detail[0];
    return { code: stringOrNull(first.code), text: stringOrNull(first.msg) };
  }
  if (typeof parsed.detail === 'string') return { code: null, text: parsed.detail };
  return { code: stringOrNull(parsed.errorCode), text: stringOrNull(parsed.errorDescription ?? parsed.message) };
}

export function parseJsonBody(operation: string, response: MeshResponse): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(response.body.toString('utf8'));
    if (isRecord(parsed)) return parsed;
  } catch {
    // fall through: MESH answered success with something that is not a JSON object
  }
  throw new MeshError(`MESH answered ${operation} with an unreadable body (HTTP ${response.status})`, {
    status: response.status,
    retryable: true,
  });
}

const TRACKING_STATUSES = ['accepted', 'acknowledged', 'undeliverable', 'error'] as const;

/** A tracking answer (v2 or v1) as MeshTracking. */
export function meshTrackingFrom(raw: Record<string, unknown>): MeshTracking {
  const rawStatus = (stringOrNull(raw.status) ?? '').toLowerCase();
  const status = (TRACKING_STATUSES as readonly string[]).includes(rawStatus) ? (rawStatus as MeshTracking['status']) : 'other';
  return {
    messageId: stringOrNull(raw.message_id ?? raw.messageId) ?? '',
    localId: stringOrNull(raw.local_id ?? raw.localId),
    status,
    statusDescription: stringOrNull(raw.status_description ?? raw.statusDescription ?? raw.failureDiagnostic),
    recipient: stringOrNull(raw.recipient),
    raw,
  };
}

/** The mex-* headers of a downloaded message (node lower-cases header names). */
export function meshInboxHeadersFrom(headers: IncomingHttpHeaders): MeshInboxHeaders {
  const get = (name: string) => {
    const value = headers[name];
    const text = Array.isArray(value) ? value[0] : value;
    return text === undefined || text === '' ? null : text;
  };
  const success = get('mex-statussuccess')?.toUpperCase();
  return {
    messageType: get('mex-messagetype') ?? 'DATA',
    from: get('mex-from'),
    workflowId: get('mex-workflowid'),
    localId: get('mex-localid'),
    linkedMessageId: get('mex-linkedmsgid'),
    statusCode: get('mex-statuscode'),
    statusDescription: get('mex-statusdescription'),
    statusSuccess: success === 'SUCCESS' ? true : success === 'ERROR' ? false : null,
    fileName: get('mex-filename'),
    subject: get('mex-subject'),
  };
}

/** How many chunks a download has: mex-chunk-range "n:total", else mex-total-chunks, else one. */
export function meshTotalChunks(headers: IncomingHttpHeaders): number {
  const range = headerText(headers['mex-chunk-range']);
  const fromRange = range ? Number(range.split(':')[1]) : Number.NaN;
  if (Number.isInteger(fromRange) && fromRange > 0) return fromRange;
  const total = Number(headerText(headers['mex-total-chunks']));
  return Number.isInteger(total) && total > 0 ? total : 1;
}

export function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
