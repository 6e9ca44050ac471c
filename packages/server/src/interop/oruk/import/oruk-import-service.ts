import {
  ORUK_IMPORT_MAX_LISTED_ERRORS,
  type OrukImportError,
  type OrukImportProgress,
  type OrukImportReport,
  type OrukImportWarning,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import { scopeFor } from '../../../access/org-scope.ts';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../../modules/audit/audit-writer.ts';
import { upsertDirectoryOrganisations } from '../../../modules/directory/directory-organisation-repository.ts';
import { type FeedItem, type OrukFeed, type OrukSource, openOrukFeed } from './oruk-feed-source.ts';
import { newRunMemory, prepareBatch, type RunMemory } from './oruk-import-batch.ts';
import { writeBatch } from './oruk-import-writer.ts';

/**
 * Imports services from an Open Referral UK 3.0 feed. A dry run (the default) checks and counts
 * without writing; a committed run upserts by ORUK id, one short transaction per batch (PGlite
 * runs one query at a time, so a long transaction would stall every other request). A bad
 * record is reported with its position and field and the others go on. One audit event per
 * committed run.
 */

export type OrukProgressListener = (progress: OrukImportProgress) => void;

export interface OrukImportOptions {
  commit: boolean;
  /** Services per transaction. */
  batchSize?: number;
  /** Told after each batch. */
  onProgress?: OrukProgressListener;
}

const DEFAULT_BATCH_SIZE = 200;

/** Only directory managers (admins) import; the command line runs as the operator (ctx null). */
export async function assertMayImport(db: Db, ctx: RequestContext | null): Promise<void> {
  if (ctx) await scopeFor(db, ctx, 'directory:manage');
}

function isFeed(source: OrukSource | OrukFeed): source is OrukFeed {
  return typeof source === 'object' && 'items' in source;
}

export async function importOrukFeed(
  db: Db,
  ctx: RequestContext | null,
  source: OrukSource | OrukFeed,
  options: OrukImportOptions = { commit: false },
): Promise<OrukImportReport> {
  const onProgress = options.onProgress ?? (() => {});
  await assertMayImport(db, ctx);
  const feed = isFeed(source) ? source : await openOrukFeed(source);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const memory = newRunMemory();
  const counts = { processed: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const errors: OrukImportError[] = [];
  let errorCount = 0;
  const warnings: OrukImportWarning[] = [];
  let warningCount = 0;
  const keepWarnings = (found: OrukImportWarning[]) => {
    warningCount += found.length;
    warnings.push(...found.slice(0, Math.max(0, ORUK_IMPORT_MAX_LISTED_ERRORS - warnings.length)));
  };
  let wroteSomething = false;

  const runBatch = async (batch: { index: number; item: FeedItem }[]) => {
    const outcome = await prepareBatch(db, batch, memory);
    if (options.commit) {
      await db.transaction(async (tx) => writeBatch(tx, outcome.write, new Date()));
      wroteSomething = true;
    }
    counts.processed += batch.length;
    counts.created += outcome.write.createdServices.length;
    counts.updated += outcome.write.changedServices.length;
    counts.unchanged += outcome.unchanged;
    counts.rejected += outcome.rejected;
    errorCount += outcome.errors.length;
    errors.push(...outcome.errors.slice(0, Math.max(0, ORUK_IMPORT_MAX_LISTED_ERRORS - errors.length)));
    keepWarnings(outcome.warnings);
    onProgress({
      processed: counts.processed,
      ...(feed.total !== undefined ? { total: Math.max(feed.total, counts.processed) } : {}),
      created: counts.created,
      updated: counts.updated,
      errors: counts.rejected,
      warnings: warningCount,
    });
  };

  const audit = (outcome: 'completed' | 'failed') =>
    db.transaction((tx) =>
      recordAudit(tx, ctx ?? { actor: null, requestId: `cli-oruk-${Date.now().toString(36)}` }, {
        action: 'create',
        recordType: 'directory.import',
        detail: { outcome, source: feed.kind, ...counts, errorCount, warningCount },
      }),
    );

  try {
    let batch: { index: number; item: FeedItem }[] = [];
    let index = 0;
    for await (const item of feed.items) {
      batch.push({ index, item });
      index += 1;
      if (batch.length >= batchSize) {
        await runBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0 || counts.processed === 0) await runBatch(batch);
    keepWarnings(await linkPendingParents(db, memory, options.commit));
  } catch (error) {
    // Batches already committed stay committed: say so in the audit trail.
    if (wroteSomething) await audit('failed');
    throw error;
  }
  if (options.commit) await audit('completed');
  return {
    committed: options.commit,
    processed: counts.processed,
    created: counts.created,
    updated: counts.updated,
    unchanged: counts.unchanged,
    errorCount,
    errors,
    warningCount,
    warnings,
  };
}

/**
 * Organisations whose parent came later in the feed are linked to it now; a parent that is
 * neither in the feed nor in Kith is a warning (the rest of the organisation is imported).
 */
async function linkPendingParents(db: Db, memory: RunMemory, commit: boolean): Promise<OrukImportWarning[]> {
  const pending = [...memory.pendingParents.values()];
  const found = pending.filter((p) => memory.organizations.has(p.organization.parentOrganizationId ?? ''));
  if (commit && found.length > 0) {
    await db.transaction((tx) =>
      upsertDirectoryOrganisations(
        tx,
        found.map((p) => p.organization),
        new Date(),
      ),
    );
  }
  return pending
    .filter((p) => !found.includes(p))
    .map((p) => ({
      index: p.index,
      id: p.serviceId,
      path: 'organization.parent_organization_id',
      message: `Organization ${p.organization.id} names parent organization ${p.organization.parentOrganizationId}, which is neither in the feed nor in Kith: the link was left out`,
    }));
}
