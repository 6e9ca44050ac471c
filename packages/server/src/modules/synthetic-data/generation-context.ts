import type { BulkSql } from './bulk-sql.ts';
import type { NeedVocabulary } from './synthetic-needs.ts';
import type { SyntheticSeed } from './synthetic-random.ts';

/** What every stage of one generation shares. */
export interface GenerationContext {
  bulk: BulkSql;
  seed: SyntheticSeed;
  needs: NeedVocabulary;
  /** "Now" for the data set, as an ISO timestamp (the `$1` of every statement). */
  anchor: string;
  /** Counts rows of the main entities (services, people, referrals) towards the progress bar. */
  advance: (rows: number) => void;
}

/** [first, last] sequence numbers in runs of at most `size`. */
export function batches(first: number, count: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = first; start < first + count; start += size)
    ranges.push([start, Math.min(first + count - 1, start + size - 1)]);
  return ranges;
}
