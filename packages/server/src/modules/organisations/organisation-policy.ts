import { ALLOWED_PARENT_KINDS, ORGANISATION_KIND_LABELS, type OrganisationKind } from '@kith/shared';
import { type OrgScope, withDescendants } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { forbidden, validationError } from '../../errors.ts';
import { findOrganisationsByIds } from './organisation-repository.ts';

/**
 * Who may place an organisation where. An admin manages their own subtree; only an admin of a
 * top-level organisation (the deployment's administrators) may create another top-level one.
 */
export async function assertPlacementAllowed(
  db: DbOrTx,
  scope: OrgScope,
  kind: OrganisationKind,
  parentId: string | null,
): Promise<void> {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  if (parentId === null) {
    if (!allowed.includes(null)) {
      const parents = allowed.flatMap((k) => (k ? [ORGANISATION_KIND_LABELS[k]] : []));
      throw validationError('parentId', `Choose the ${parents.join(' or ')} this organisation belongs to`);
    }
    const [via] = await findOrganisationsByIds(db, [scope.via.organisationId]);
    if (via?.parentId !== null) throw forbidden('Only an administrator of a top-level organisation can add another one');
    return;
  }
  const [parent] = await findOrganisationsByIds(db, [parentId]);
  if (!parent || !scope.organisationIds.includes(parentId))
    throw validationError('parentId', 'Choose a parent organisation you manage');
  if (!allowed.includes(parent.kind)) {
    throw validationError(
      'parentId',
      `A ${ORGANISATION_KIND_LABELS[kind]} cannot sit under a ${ORGANISATION_KIND_LABELS[parent.kind]}`,
    );
  }
}

/** A VCSE organisation may only be linked to PCNs the admin manages. */
export async function assertServedPcnsAllowed(
  db: DbOrTx,
  scope: OrgScope,
  kind: OrganisationKind,
  pcnIds: string[],
): Promise<void> {
  if (pcnIds.length === 0) return;
  if (kind !== 'vcse') throw validationError('servesPcnIds', 'Only a VCSE organisation serves PCNs');
  const rows = await findOrganisationsByIds(db, pcnIds);
  const ok = pcnIds.every((id) => rows.some((r) => r.id === id && r.kind === 'pcn') && scope.organisationIds.includes(id));
  if (!ok) throw validationError('servesPcnIds', 'Choose PCNs that you manage');
}

/** Moving an organisation under itself or one of its own descendants would break the tree. */
export async function assertNoCycle(db: DbOrTx, organisationId: string, newParentId: string | null): Promise<void> {
  if (newParentId === null) return;
  const subtree = await withDescendants(db, [organisationId]);
  if (subtree.includes(newParentId))
    throw validationError('parentId', 'An organisation cannot sit under itself or one of its own members');
}
