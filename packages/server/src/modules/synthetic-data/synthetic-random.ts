import { createHash } from 'node:crypto';
import { md5Digest } from './sql-blocks.ts';

/**
 * The seed of one generated data set: the same preset and seed give the same rows, in
 * TypeScript (organisations, staff) and in SQL (everything else) alike.
 */
export interface SyntheticSeed {
  /** `kith-synthetic:<seed>:<preset>`: the prefix of every digest. */
  prefix: string;
  /** SQL: the md5 digest of a label and SQL parts, as the bench's generators use. */
  digest: (label: string, ...parts: string[]) => string;
  /** A uniform fraction in [0, 1) for a label. */
  fractionOf(label: string): number;
  /** A deterministic version-4 UUID for a label, the same as `uuidFrom(digest(…))` in SQL would give. */
  uuidOf(label: string): string;
  /** One element of a list, chosen by a label. */
  pickOf<T>(label: string, items: readonly T[]): T;
}

export function syntheticSeed(preset: string, seed: number): SyntheticSeed {
  const prefix = `kith-synthetic:${seed}:${preset}`;
  const md5 = (label: string) => createHash('md5').update(`${prefix}:${label}`).digest('hex');
  const fractionOf = (label: string) => Number.parseInt(md5(label).slice(0, 7), 16) / 268_435_456;
  return {
    prefix,
    digest: md5Digest(prefix),
    fractionOf,
    uuidOf: (label) => {
      const h = md5(label);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    pickOf: (label, items) => {
      const item = items[Math.floor(fractionOf(label) * items.length)];
      if (item === undefined) throw new Error(`nothing to pick for ${label}`);
      return item;
    },
  };
}
