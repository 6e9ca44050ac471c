import type { MembershipGrant } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { coversAll, type OrgScope } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { membershipOrganisationIds } from './user-repository.ts';

/** An admin manages a user who holds at least one role inside the admin's scope. */
export async function assertUserInScope(db: DbOrTx, scope: OrgScope, userId: string): Promise<void> {
  const orgIds = await membershipOrganisationIds(db, userId);
  if (!orgIds.some((id) => scope.organisationIds.includes(id))) throw notFound('User');
}

/** Roles can only be granted in organisations the admin manages. */
export function assertGrantsInScope(scope: OrgScope, grants: MembershipGrant[]): void {
  const issues = grants.flatMap((grant, index) =>
    coversAll(scope, [grant.organisationId])
      ? []
      : [{ path: `memberships.${index}.organisationId`, message: 'Choose an organisation you manage' }],
  );
  if (issues.length > 0) throw new AppError('validation', 'Check the highlighted fields', { issues });
}

/** Administrators cannot lock themselves out: no self-deactivation, no dropping their own admin role. */
export function assertNotSelfLockout(
  ctx: RequestContext,
  userId: string,
  change: { active?: boolean; grants?: MembershipGrant[] },
): void {
  if (ctx.actor?.userId !== userId) return;
  if (change.active === false) {
    throw new AppError('validation', 'You cannot deactivate your own account', {
      issues: [{ path: 'active', message: 'Ask another administrator to deactivate your account' }],
    });
  }
  if (change.grants && !change.grants.some((g) => g.role === 'admin')) {
    throw new AppError('validation', 'You cannot remove your own administrator role', {
      issues: [{ path: 'memberships', message: 'Keep at least one administrator role for yourself' }],
    });
  }
}
