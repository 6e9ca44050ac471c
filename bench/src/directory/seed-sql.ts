/**
 * SQL fragments for deterministic bulk generation (packages/server/src/modules/synthetic-data/sql-blocks.ts):
 * every "random" choice is a fraction of an md5 digest of a fixed label and a sequence number, so
 * both engines (and every run) get the same rows. This bench's digests have a prefix of their own.
 */
import { md5Digest } from '@kith/server/modules/synthetic-data/sql-blocks.ts';

export { fraction, gaussian, pick, uuidFrom, weighted } from '@kith/server/modules/synthetic-data/sql-blocks.ts';

/** The md5 digest of a label and a sequence number (SQL expressions): the seed of one generated row. */
export const digest = md5Digest('kith-bench-directory');
