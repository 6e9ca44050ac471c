import type { MembershipView } from '@kith/shared';

/** One role row being edited: what the selects hold, plus a stable key for React. */
export interface MembershipRow {
  key: number;
  organisationId: string;
  role: string;
}

let nextKey = 1;

/** A new, empty row (or one prefilled from an existing membership). */
export function newMembershipRow(from?: Pick<MembershipView, 'organisationId' | 'role'>): MembershipRow {
  nextKey += 1;
  return { key: nextKey, organisationId: from?.organisationId ?? '', role: from?.role ?? '' };
}

/**
 * The rows as the API's `memberships` array. Empty selects are sent as they are so the shared
 * schema reports them against the right row (`memberships.1.role`).
 */
export function toMembershipGrants(rows: readonly MembershipRow[]): { organisationId: string; role: string }[] {
  return rows.map(({ organisationId, role }) => ({ organisationId, role }));
}
