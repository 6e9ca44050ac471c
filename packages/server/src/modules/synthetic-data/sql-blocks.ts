import { scoreMeasure } from '@kith/shared';

/**
 * Building blocks of generated SQL: deterministic "random" choices from md5 digests, so the same
 * labels and sequence numbers give the same rows on every run and on both databases. Constant
 * text only; every value travels as a parameter. Shared with the benchmarks (bench/src/pathway,
 * bench/src/directory), which use their own digest prefixes.
 */

/**
 * A digest function: `digest(label, ...parts)` is the SQL md5 of `prefix:label:` and the parts
 * (SQL expressions) joined by ':' — the seed of one generated row.
 */
export function md5Digest(prefix: string): (label: string, ...parts: string[]) => string {
  return (label, ...parts) => `md5('${prefix}:${label}:' || ${parts.join(` || ':' || `)})`;
}

/** A uniform fraction in [0, 1) from the `slot`th (0–3) run of 7 hex digits of the md5 digest `h`. */
export function fraction(h: string, slot: number): string {
  return `(('x' || substr(${h}, ${1 + slot * 7}, 7))::bit(28)::int / 268435456.0::float8)`;
}

/** A deterministic UUID from an md5 digest, with the version-4 and variant bits set (z.uuid() checks them). */
export function uuidFrom(h: string): string {
  return `(substr(${h}, 1, 12) || '4' || substr(${h}, 14, 3) || '8' || substr(${h}, 18, 15))::uuid`;
}

/** One element of an array (SQL expression), chosen by a fraction. */
export function pick(array: string, fractionSql: string): string {
  return `(${array})[1 + floor(${fractionSql} * cardinality(${array}))::int]`;
}

/** `CASE` over cumulative probabilities: [[value, upTo], …, [lastValue]], cast to `type`. */
export function weighted(fractionSql: string, choices: [string, number?][], type: string): string {
  const last = choices.at(-1);
  if (!last) throw new Error('no choices');
  const whens = choices.slice(0, -1).map(([value, upTo]) => `WHEN ${fractionSql} < ${upTo} THEN '${value}'`);
  return `(CASE ${whens.join(' ')} ELSE '${last[0]}' END)::${type}`;
}

/** One standard normal value (Box–Muller) from two fractions; `sin` picks the second of the pair. */
export function gaussian(u1: string, u2: string, sin = false): string {
  return `(sqrt(-2 * ln(${u1} + 1e-9)) * ${sin ? 'sin' : 'cos'}(2 * pi() * ${u2}))`;
}

/** SWEMWBS metric scores for raw totals 7..35 (index total − 6), from Kith's own scoring rules: a parameter for generated SQL. */
export function swemwbsMetricScores(): number[] {
  const scores: number[] = [];
  for (let total = 7; total <= 35; total++) {
    const items = Array.from({ length: 7 }, (_, index) => 1 + Math.min(4, Math.max(0, total - 7 - index * 4)));
    const { metricScore } = scoreMeasure('swemwbs', items);
    if (metricScore === null) throw new Error('SWEMWBS has a metric score');
    scores.push(metricScore);
  }
  return scores;
}
