/**
 * Paths through a state machine, written once and turned into SQL: each kind of generated record
 * (a referral that was declined at triage, an onward referral that was paused and then completed…)
 * follows one path, whose every step has a time column in the plan table. A step happens if its
 * time is on or before the anchor ("now" for the data set), so a record whose path is not finished
 * by then is left in an open state — as it would be in real life — and the history is consistent.
 */
export interface PathStep<S extends string> {
  status: S;
  /** The plan column holding when this step happens. */
  at: string;
  /** Why (stored with the transition or event; the FHIR Task statusReason for onward referrals). */
  reason?: string;
  /** Who makes the move, where the history records it (onward referrals: requester or provider). */
  side?: string;
}

export type Paths<S extends string> = Record<string, PathStep<S>[]>;

/** Every pair of consecutive statuses of every path: what the tests check against the state machine. */
export function pathMoves<S extends string>(paths: Paths<S>): { kind: string; from: S; to: S }[] {
  return Object.entries(paths).flatMap(([kind, steps]) =>
    steps.slice(1).map((step, i) => ({ kind, from: (steps[i] as PathStep<S>).status, to: step.status })),
  );
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A plan table's records as the SQL sees them, for {@link stateAtSql}. */
export interface PathRecordsSql<S extends string> {
  paths: Paths<S>;
  /** Names the record's path (e.g. `p.kind`). */
  kindSql: string;
  /** The moment the state is read at. */
  anchorSql: string;
  /** Qualifies the time columns (e.g. `p.`). */
  columnPrefix: string;
}

/**
 * SQL for where a record stands at the anchor: the status (`what: 'status'`), when it got there
 * (`'at'`), the reason of that step (`'reason'`) or how many steps it has taken (`'steps'`).
 */
export function stateAtSql<S extends string>(records: PathRecordsSql<S>, what: 'status' | 'at' | 'reason' | 'steps'): string {
  const { paths, kindSql, anchorSql, columnPrefix } = records;
  const perKind = Object.entries(paths).map(([kind, steps]) => {
    const reached = (step: PathStep<S>) => `${columnPrefix}${step.at} <= ${anchorSql}`;
    if (what === 'steps') {
      return `WHEN ${literal(kind)} THEN ${steps.map((step) => `(CASE WHEN ${reached(step)} THEN 1 ELSE 0 END)`).join(' + ')}`;
    }
    const value = (step: PathStep<S>) =>
      what === 'status'
        ? literal(step.status)
        : what === 'at'
          ? `${columnPrefix}${step.at}`
          : step.reason
            ? literal(step.reason)
            : 'NULL';
    const latestFirst = [...steps].reverse();
    const whens = latestFirst.map((step) => `WHEN ${reached(step)} THEN ${value(step)}`).join(' ');
    return `WHEN ${literal(kind)} THEN (CASE ${whens} END)`;
  });
  return `(CASE ${kindSql} ${perKind.join(' ')} END)`;
}

/**
 * A `VALUES` list of every step of every path: (kind, step, from_status, to_status, at_column,
 * reason, side), to join with the plan and insert one history row per step that happened.
 */
export function stepsValuesSql<S extends string>(paths: Paths<S>, alias: string): string {
  const rows = Object.entries(paths).flatMap(([kind, steps]) =>
    steps.map((step, i) => {
      const from = i === 0 ? 'NULL::text' : literal((steps[i - 1] as PathStep<S>).status);
      const reason = step.reason ? literal(step.reason) : 'NULL::text';
      const side = step.side ? literal(step.side) : 'NULL::text';
      return `(${literal(kind)}, ${i + 1}, ${from}, ${literal(step.status)}, ${literal(step.at)}, ${reason}, ${side})`;
    }),
  );
  return `(VALUES ${rows.join(', ')}) AS ${alias}(kind, step, from_status, to_status, at_column, reason, side)`;
}

/** `CASE <column name> WHEN 'col' THEN prefix.col …`: the time of a step named by `at_column`. */
export function stepTimeSql<S extends string>(paths: Paths<S>, atColumnSql: string, columnPrefix: string): string {
  const columns = [...new Set(Object.values(paths).flatMap((steps) => steps.map((step) => step.at)))];
  return `(CASE ${atColumnSql} ${columns.map((c) => `WHEN ${literal(c)} THEN ${columnPrefix}${c}`).join(' ')} END)`;
}
