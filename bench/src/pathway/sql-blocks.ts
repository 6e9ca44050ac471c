/**
 * Building blocks of the bench's generated SQL: deterministic "random" choices from md5 digests.
 * Constant text only; every value travels as a parameter.
 */
/** A uniform fraction in [0, 1) from the `slot`th (0–3) run of 7 hex digits of the md5 digest `h`. */
export function fraction(h: string, slot: number): string {
  return `(('x' || substr(${h}, ${1 + slot * 7}, 7))::bit(28)::int / 268435456.0::float8)`;
}

/** A deterministic UUID from an md5 digest, with the version-4 and variant bits set (z.uuid() checks them). */
export function uuidFrom(h: string): string {
  return `(substr(${h}, 1, 12) || '4' || substr(${h}, 14, 3) || '8' || substr(${h}, 18, 15))::uuid`;
}

/** The md5 digest of a label and a sequence number: the seed of one generated row. */
export function digest(label: string, ...parts: string[]): string {
  return `md5('kith-bench:${label}:' || ${parts.join(` || ':' || `)})`;
}

/** One element of an array parameter, chosen by a fraction. */
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
