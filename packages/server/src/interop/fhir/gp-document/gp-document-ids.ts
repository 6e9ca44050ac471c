import { createHash } from 'node:crypto';
import type { Reference, Resource } from '@medplum/fhirtypes';

/**
 * A stable uuid for one resource of one document: a name-based (SHA-1, version 5 layout) uuid of
 * the document id and the resource's role, so building the same facts again gives the same
 * Bundle, entry for entry, and a resend carries identical ids.
 */
export function entryUuid(documentId: string, role: string): string {
  const hex = createHash('sha1').update(`kith-gp-document:${documentId}:${role}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A document's resources refer to each other by their `urn:uuid:` full URLs. */
export function referenceTo<T extends Resource>(resource: T, display?: string | null): Reference<T> {
  return { reference: `urn:uuid:${resource.id}`, ...(display ? { display } : {}) };
}
