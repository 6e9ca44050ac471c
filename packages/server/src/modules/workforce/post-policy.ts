import type { Permission, PostFields } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, type OrgScope, scopeFor, withDescendants } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { findOrganisationKind, listEmployers, usersWithMembershipIn } from './post-repository.ts';

/**
 * Who may plan which PCN's workforce, and which employers and people a post may name. PCN
 * managers manage their PCN's posts; supervisors read them. A PCN outside the caller's scope is
 * "not found", so its existence is not disclosed.
 */
export async function loadPcnFor(
  db: DbOrTx,
  ctx: RequestContext,
  pcnId: string,
  permission: Extract<Permission, 'workforce:read' | 'workforce:manage'>,
): Promise<{ scope: OrgScope; pcn: { id: string; name: string } }> {
  const scope = await scopeFor(db, ctx, permission);
  assertInScope(scope, pcnId, 'PCN');
  const pcn = await findOrganisationKind(db, pcnId);
  if (pcn?.kind !== 'pcn') throw notFound('PCN');
  return { scope, pcn: { id: pcn.id, name: pcn.name } };
}

const PEOPLE_FIELDS = ['holderUserId', 'lineManagerUserId', 'clinicalSupervisorUserId'] as const;

/**
 * The employer must match the employment model: one of the PCN's practices for the lead
 * practice model, or a VCSE organisation serving the PCN for a subcontract. The holder, line
 * manager and clinical supervisor must hold a role in the PCN (or below it) or at the employer.
 */
export async function checkPostReferences(db: DbOrTx, pcnId: string, fields: PostFields): Promise<void> {
  const employer = (await listEmployers(db, pcnId)).find((e) => e.id === fields.employerId);
  if (!employer) {
    throw validationError('employerId', "Choose one of the PCN's practices or a VCSE organisation that serves the PCN");
  }
  if (employer.employmentModel !== fields.employmentModel) {
    throw validationError(
      'employerId',
      fields.employmentModel === 'pcn_lead_practice'
        ? "A post employed by the lead practice must name one of the PCN's practices"
        : 'A subcontracted post must name a VCSE organisation that serves the PCN',
    );
  }
  const named = PEOPLE_FIELDS.flatMap((field) => (fields[field] ? [fields[field]] : []));
  if (named.length === 0) return;
  const inScope = await usersWithMembershipIn(db, named, [...(await withDescendants(db, [pcnId])), fields.employerId]);
  for (const field of PEOPLE_FIELDS) {
    const userId = fields[field];
    if (userId && !inScope.has(userId)) {
      throw validationError(field, 'Choose someone with a role in this PCN or at the employer');
    }
  }
}
