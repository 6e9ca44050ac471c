import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { Id, PageQuery, pageOf } from './common.ts';

/**
 * What an audit event records. `read` is a read of a person-identifiable record;
 * `denied` is a refused request (401/403), so probing is visible too.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'state_change',
  'delete',
  'read',
  'list',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'denied',
  'export',
  'restore',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One audit event. Append-only: never updated or deleted. */
export const AuditEvent = z.object({
  id: Id,
  occurredAt: z.string(),
  actorUserId: Id.nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.enum(ROLES).nullable(),
  actorOrganisationId: Id.nullable(),
  action: z.enum(AUDIT_ACTIONS),
  recordType: z.string(),
  recordId: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** `GET /api/audit-events` filters; dates are ISO 8601. */
export const AuditQuery = PageQuery.extend({
  actorUserId: Id.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  recordType: z.string().trim().max(100).optional(),
  recordId: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEvent);
export type AuditPage = z.infer<typeof AuditPage>;
