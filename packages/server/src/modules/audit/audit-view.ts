import type { AuditEvent } from '@kith/shared';
import type { AuditEventWithActor } from './audit-repository.ts';

export function toAuditEvent({ event, actorEmail }: AuditEventWithActor): AuditEvent {
  return { ...event, occurredAt: event.occurredAt.toISOString(), actorEmail, detail: event.detail ?? null };
}
