import type { Taxonomy, TaxonomyTerm, TaxonomyTermInput } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { requireDirectoryAdmin, requireDirectoryReader } from './directory-policy.ts';
import {
  codeTaken,
  findTerm,
  insertTerm,
  isSelfOrDescendant,
  listTaxonomies,
  listTermsInTreeOrder,
  taxonomyExists,
  updateTerm,
} from './taxonomy-repository.ts';

/**
 * The needs taxonomy: everyone signed in reads it (search filters, the service form);
 * directory administrators add and rename terms and move them in the tree. Terms are never
 * deleted here: services, unmet needs and ORUK links refer to them.
 */
export async function getTaxonomies(db: DbOrTx, ctx: RequestContext): Promise<Taxonomy[]> {
  requireDirectoryReader(ctx);
  return listTaxonomies(db);
}

export async function getTerms(db: DbOrTx, ctx: RequestContext): Promise<TaxonomyTerm[]> {
  requireDirectoryReader(ctx);
  return listTermsInTreeOrder(db);
}

export async function createTerm(db: Db, ctx: RequestContext, input: TaxonomyTermInput): Promise<TaxonomyTerm> {
  const via = await requireDirectoryAdmin(db, ctx);
  await assertPlacement(db, null, input);
  const id = await db.transaction(async (tx) => {
    const newId = await insertTerm(tx, input);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'taxonomy_term', recordId: newId, via });
    return newId;
  });
  return termView(db, id);
}

export async function changeTerm(db: Db, ctx: RequestContext, id: string, input: TaxonomyTermInput): Promise<TaxonomyTerm> {
  const via = await requireDirectoryAdmin(db, ctx);
  const current = await findTerm(db, id);
  if (!current) throw notFound('Taxonomy term');
  await assertPlacement(db, id, input);
  await db.transaction(async (tx) => {
    await updateTerm(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'taxonomy_term',
      recordId: id,
      via,
      detail: { moved: (input.parentId ?? null) !== current.parentId, codeChanged: (input.code ?? null) !== current.code },
    });
  });
  return termView(db, id);
}

/** The taxonomy exists; the parent exists, is in the same taxonomy and is not the term or below it; the code is unused. */
async function assertPlacement(db: DbOrTx, termId: string | null, input: TaxonomyTermInput): Promise<void> {
  if (!(await taxonomyExists(db, input.taxonomyId))) throw validationError('taxonomyId', 'Choose a taxonomy from the list');
  const parentId = input.parentId ?? null;
  if (parentId !== null) {
    const parent = await findTerm(db, parentId);
    if (!parent) throw validationError('parentId', 'Choose a parent term from the list');
    if (parent.taxonomyId !== input.taxonomyId) throw validationError('parentId', 'Choose a parent term in the same taxonomy');
    if (termId !== null && (await isSelfOrDescendant(db, termId, parentId))) {
      throw validationError('parentId', 'A term cannot sit under itself or one of its own sub-terms');
    }
  }
  if (input.code && (await codeTaken(db, input.taxonomyId, input.code, termId))) {
    throw validationError('code', 'Another term in this taxonomy already has this code');
  }
}

async function termView(db: DbOrTx, id: string): Promise<TaxonomyTerm> {
  const [term] = await listTermsInTreeOrder(db, id);
  if (!term) throw notFound('Taxonomy term');
  return term;
}
