import type { DirectoryOrganisation, DirectoryOrganisationInput, DirectoryOrganisationQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import {
  findDirectoryOrganisation,
  insertDirectoryOrganisation,
  kithOrganisationKind,
  listDirectoryOrganisations,
  updateDirectoryOrganisation,
} from './directory-organisation-repository.ts';
import { toDirectoryOrganisation } from './directory-organisation-view.ts';
import { curatedKithOrganisations, curatorIfAny, requireDirectoryAdmin, requireDirectoryReader } from './directory-policy.ts';

/**
 * Organisations that run directory services. Everyone signed in may list them; only directory
 * administrators change them, including the link to a Kith VCSE organisation, which is what
 * gives that organisation's provider users the right to curate its services.
 */
export async function listOrganisations(
  db: DbOrTx,
  ctx: RequestContext,
  query: DirectoryOrganisationQuery,
): Promise<{ items: DirectoryOrganisation[]; total: number; page: number; pageSize: number }> {
  requireDirectoryReader(ctx);
  // `mine`: the organisations whose services the caller curates (all of them for an admin).
  const curator = query.mine ? await curatorIfAny(db, ctx) : null;
  const kithOrganisationIds = query.mine ? (curator ? curatedKithOrganisations(curator) : []) : null;
  const { rows, total } = await listDirectoryOrganisations(db, {
    q: query.q,
    kithOrganisationIds,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toDirectoryOrganisation), total, page: query.page, pageSize: query.pageSize };
}

export async function getOrganisation(db: DbOrTx, ctx: RequestContext, id: string): Promise<DirectoryOrganisation> {
  requireDirectoryReader(ctx);
  const found = await findDirectoryOrganisation(db, id);
  if (!found) throw notFound('Directory organisation');
  return toDirectoryOrganisation(found);
}

export async function createOrganisation(
  db: Db,
  ctx: RequestContext,
  input: DirectoryOrganisationInput,
): Promise<DirectoryOrganisation> {
  const via = await requireDirectoryAdmin(db, ctx);
  await assertLinkable(db, input.kithOrganisationId ?? null);
  const id = await db.transaction(async (tx) => {
    const newId = await insertDirectoryOrganisation(tx, input);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'directory_organisation',
      recordId: newId,
      via,
      detail: { kithOrganisationId: input.kithOrganisationId ?? null },
    });
    return newId;
  });
  return getOrganisation(db, ctx, id);
}

export async function updateOrganisation(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: DirectoryOrganisationInput,
): Promise<DirectoryOrganisation> {
  const via = await requireDirectoryAdmin(db, ctx);
  const current = await findDirectoryOrganisation(db, id);
  if (!current) throw notFound('Directory organisation');
  await assertLinkable(db, input.kithOrganisationId ?? null);
  await db.transaction(async (tx) => {
    await updateDirectoryOrganisation(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'directory_organisation',
      recordId: id,
      via,
      detail: {
        linkChanged: (input.kithOrganisationId ?? null) !== current.o.kithOrganisationId,
        kithOrganisationId: input.kithOrganisationId ?? null,
      },
    });
  });
  return getOrganisation(db, ctx, id);
}

/** Only a VCSE organisation's provider users curate services, so only those can be linked. */
async function assertLinkable(db: DbOrTx, kithOrganisationId: string | null): Promise<void> {
  if (kithOrganisationId === null) return;
  if ((await kithOrganisationKind(db, kithOrganisationId)) !== 'vcse') {
    throw validationError('kithOrganisationId', 'Choose one of the VCSE organisations in Kith');
  }
}
