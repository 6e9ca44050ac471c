/**
 * Building blocks of the bench's generated SQL: deterministic "random" choices from md5 digests
 * (packages/server/src/modules/synthetic-data/sql-blocks.ts), with the pathway bench's own seed prefix.
 */
import { md5Digest } from '@kith/server/modules/synthetic-data/sql-blocks.ts';

export { fraction, pick, swemwbsMetricScores, uuidFrom, weighted } from '@kith/server/modules/synthetic-data/sql-blocks.ts';

/** The md5 digest of a label and a sequence number: the seed of one generated row. */
export const digest = md5Digest('kith-bench');
