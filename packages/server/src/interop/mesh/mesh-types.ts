/** What MESH says about a message it was sent (tracking), reduced to what Kith acts on. */
export interface MeshTracking {
  messageId: string;
  localId: string | null;
  status: 'accepted' | 'acknowledged' | 'undeliverable' | 'error' | 'other';
  statusDescription: string | null;
  recipient: string | null;
  raw: Record<string, unknown>;
}

/** The mex-* headers of a message downloaded from Kith's own inbox. */
export interface MeshInboxHeaders {
  messageType: 'DATA' | 'REPORT' | string;
  from: string | null;
  workflowId: string | null;
  localId: string | null;
  linkedMessageId: string | null;
  statusCode: string | null;
  statusDescription: string | null;
  statusSuccess: boolean | null;
  fileName: string | null;
  subject: string | null;
}

export interface MeshClientOptions {
  url: string;
  mailboxId: string;
  password: string;
  sharedKey: string;
  clientCert?: string | Buffer | null;
  clientKey?: string | Buffer | null;
  ca?: string | Buffer | null;
  chunkBytes: number;
  timeoutMs?: number;
}

export interface MeshSendMessage {
  to: string;
  workflowId: string;
  localId: string;
  subject?: string;
  fileName: string;
  contentType: string;
  body: Buffer;
}
