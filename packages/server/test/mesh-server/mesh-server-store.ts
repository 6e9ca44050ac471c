import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

/**
 * The local MESH server's memory: mailboxes and every message, with MESH's life cycle
 * (uploading → accepted → acknowledged, or undeliverable/error) and, for a REPORT, the error
 * event that links it to the message it reports on.
 */

export type StoredStatus = 'uploading' | 'accepted' | 'acknowledged' | 'undeliverable' | 'error';

export interface StoredMessage {
  messageId: string;
  messageType: 'DATA' | 'REPORT';
  from: string;
  to: string;
  workflowId: string;
  localId: string | null;
  subject: string | null;
  fileName: string;
  contentType: string | null;
  /** The encoding the sender uploaded with ('' or 'gzip'); every chunk must keep it. */
  contentEncoding: string;
  totalChunks: number;
  /** As uploaded, by chunk number - 1. */
  chunks: Array<Buffer | undefined>;
  /** The whole message decoded, once the last chunk is in. */
  body: Buffer | null;
  status: StoredStatus;
  createdAt: Date;
  statusAt: Date;
  acceptedAt: Date | null;
  acknowledgedAt: Date | null;
  /** For a failed DATA message, or the failure a REPORT carries. */
  error: { event: string; code: string; description: string; linkedMessageId: string | null } | null;
}

export class MeshServerStore {
  readonly messages = new Map<string, StoredMessage>();
  private readonly everAcceptedLocalIds = new Map<string, number>();

  constructor(readonly mailboxes: ReadonlyMap<string, string>) {}

  /** MESH message ids look like 20220228174323222_ABCDEF: a UTC timestamp to the millisecond and 6 hex. */
  newMessageId(at = new Date()): string {
    for (;;) {
      const stamp = at.toISOString().replace(/[-:TZ.]/g, '');
      const id = `${stamp}_${randomBytes(3).toString('hex').toUpperCase()}`;
      if (!this.messages.has(id)) return id;
    }
  }

  add(message: StoredMessage): void {
    this.messages.set(message.messageId, message);
    if (message.status === 'accepted') this.onAccepted(message);
  }

  /** Stores one chunk; true when it completes the message. */
  saveChunk(message: StoredMessage, n: number, chunk: Buffer): boolean {
    message.chunks[n - 1] = chunk;
    if (message.chunks.filter(Boolean).length < message.totalChunks) return false;
    this.setStatus(message, 'accepted');
    message.acceptedAt = message.statusAt;
    this.onAccepted(message);
    return true;
  }

  setStatus(message: StoredMessage, status: StoredStatus): void {
    message.status = status;
    message.statusAt = new Date();
    if (status === 'acknowledged') message.acknowledgedAt = message.statusAt;
  }

  /** Messages a mailbox can list and download: accepted, not yet acknowledged, oldest first. */
  inboxOf(mailboxId: string): StoredMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.to === mailboxId && m.status === 'accepted')
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.messageId.localeCompare(b.messageId));
  }

  /** Complete messages a sender sent with this local id (a half-uploaded one is not a message yet). */
  sentWithLocalId(mailboxId: string, localId: string): StoredMessage[] {
    return [...this.messages.values()].filter(
      (m) => m.from === mailboxId && m.localId === localId && m.messageType === 'DATA' && m.status !== 'uploading',
    );
  }

  acceptedWithLocalId(localId: string): number {
    return this.everAcceptedLocalIds.get(localId) ?? 0;
  }

  private onAccepted(message: StoredMessage): void {
    message.body = decode(message);
    if (message.messageType === 'DATA' && message.localId)
      this.everAcceptedLocalIds.set(message.localId, this.acceptedWithLocalId(message.localId) + 1);
  }
}

/** Chunks joined and gzip undone: the server keeps the decoded message and serves it plain. */
function decode(message: StoredMessage): Buffer {
  const joined = Buffer.concat(message.chunks.filter((c): c is Buffer => c !== undefined));
  return message.contentEncoding === 'gzip' ? gunzipSync(joined) : joined;
}
