import type { StoredMessage } from './mesh-server-store.ts';

/**
 * What the local MESH server says, in MESH's shapes: v2 (snake_case) for clients that send
 * `Accept: application/vnd.mesh.v2+json`, v1 (camelCase) otherwise and always for the older
 * tracking-by-local-id endpoint, as MESH does.
 */

/** MESH's errors: HTTP status plus the event, code and text MESH puts in the body. */
export const MESH_ERRORS = {
  unregisteredRecipient: { status: 417, event: 'SEND', code: '12', text: 'Unregistered to address' },
  missingTo: { status: 400, event: 'SEND', code: '08', text: 'TO_DTS missing' },
  missingWorkflow: { status: 400, event: 'SEND', code: '', text: 'mex-WorkflowID header is required' },
  missingData: { status: 417, event: 'COLLECT', code: '02', text: 'Data file is missing or inaccessible.' },
  badChunks: {
    status: 417,
    event: 'SEND',
    code: 'InvalidHeaderChunks',
    text: 'Invalid chunk values sent in mex-Chunk-Range header',
  },
  encodingChanged: { status: 417, event: 'SEND', code: '', text: 'cannot change content encoding' },
  unsupportedEncoding: { status: 422, event: 'SEND', code: 'UnsupportedContentEncoding', text: 'Unsupported content encoding' },
  badFile: { status: 400, event: 'SEND', code: 'Invalid file format', text: 'File Level Error (file not formed correctly)' },
  doesNotExist: { status: 404, event: 'RECEIVE', code: '20', text: 'Message does not exist' },
  gone: { status: 410, event: 'SEND', code: 'Message already accepted', text: 'Message no longer available for download' },
  notUploading: { status: 423, event: 'SEND', code: '', text: 'Message is not being uploaded' },
  forbidden: { status: 403, event: '', code: '', text: 'Forbidden' },
  badAccept: { status: 400, event: '', code: '', text: 'Accept header api format incorrect' },
  missingClientHeaders: {
    status: 400,
    event: '',
    code: '',
    text: 'mex-ClientVersion, mex-OSName and mex-OSVersion are required',
  },
  notFound: { status: 404, event: '', code: '', text: 'Not Found' },
  multipleLocalIds: { status: 300, event: '', code: '', text: 'Multiple messages match this local id' },
  tooLarge: { status: 413, event: 'SEND', code: '', text: 'Chunk too large' },
} as const;

export type MeshErrorKind = keyof typeof MESH_ERRORS;

export function errorBody(kind: MeshErrorKind, version: number, messageId: string | null, text?: string) {
  const e = MESH_ERRORS[kind];
  const msg = text ?? e.text;
  if (version < 2) return { messageID: messageId ?? undefined, errorEvent: e.event, errorCode: e.code, errorDescription: msg };
  return { message_id: messageId ?? undefined, detail: [{ event: e.event, code: e.code, msg }] };
}

/** yyyyMMddHHmmss, UTC, as MESH writes status timestamps. */
export function meshStamp(at: Date | null): string {
  return at ? at.toISOString().replace(/[-:T]/g, '').slice(0, 14) : '';
}

/** The mex-* headers of a download (and HEAD); empty values left out, as MESH does. */
export function downloadHeaders(m: StoredMessage, chunk: number): Record<string, string> {
  const status: Record<string, string | null> =
    m.messageType === 'DATA' && !m.error
      ? {
          'mex-StatusCode': '00',
          'mex-StatusEvent': 'TRANSFER',
          'mex-StatusDescription': 'Transferred to recipient mailbox',
          'mex-StatusSuccess': 'SUCCESS',
          'mex-StatusTimestamp': meshStamp(m.acceptedAt),
        }
      : {
          'mex-LinkedMsgID': m.error?.linkedMessageId ?? null,
          'mex-StatusCode': m.error?.code ?? null,
          'mex-StatusEvent': m.error?.event ?? null,
          'mex-StatusDescription': m.error?.description ?? null,
          'mex-StatusSuccess': 'ERROR',
          'mex-StatusTimestamp': meshStamp(m.statusAt),
        };
  const all: Record<string, string | null> = {
    'mex-From': m.from,
    'mex-To': m.to,
    'mex-WorkflowID': m.workflowId,
    'mex-Chunk-Range': `${chunk}:${m.totalChunks}`,
    'mex-Total-Chunks': String(m.totalChunks),
    'mex-AddressType': 'ALL',
    'mex-LocalID': m.localId,
    'mex-FileName': m.fileName,
    'mex-Subject': m.subject,
    'mex-Version': '1.0',
    'mex-MessageType': m.messageType,
    'mex-MessageID': m.messageId,
    ...status,
    'mex-Content-Type': m.contentType,
    'Last-Modified': m.statusAt.toUTCString(),
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => Boolean(e[1])));
}

export function trackingV2(m: StoredMessage) {
  return {
    message_id: m.messageId,
    local_id: m.localId,
    workflow_id: m.workflowId,
    filename: m.fileName,
    upload_timestamp: m.createdAt.toISOString(),
    recipient: m.to,
    status: m.status,
    status_success: m.messageType === 'DATA' && !m.error,
    status_event: m.error?.event ?? null,
    status_timestamp: m.statusAt.toISOString(),
    status_description: m.error?.description ?? null,
    status_code: m.error?.code ?? null,
  };
}

export function trackingV1(m: StoredMessage) {
  const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    addressType: 'ALL',
    chunkCount: m.totalChunks,
    downloadTimestamp: meshStamp(m.acknowledgedAt),
    dtsId: m.messageId,
    failureDate: m.error ? meshStamp(m.statusAt) : null,
    failureDiagnostic: m.error?.description ?? null,
    fileName: m.fileName,
    fileSize: m.body?.length ?? 0,
    localId: m.localId,
    messageId: m.messageId,
    messageType: title(m.messageType.toLowerCase()),
    recipient: m.to,
    sender: m.from,
    status: title(m.status),
    statusSuccess: m.messageType === 'DATA' && !m.error ? 'SUCCESS' : 'ERROR',
    subject: m.subject,
    uploadTimestamp: meshStamp(m.createdAt),
    version: '1.0',
    workflowId: m.workflowId,
  };
}
