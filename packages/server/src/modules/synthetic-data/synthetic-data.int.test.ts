import { canTransition, REFERRAL_STATUSES, TASK_MOVES_BY_SIDE, TASK_TRANSITIONS, type TaskSide } from '@kith/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, withFreshDatabase } from '../../../test/test-database.ts';
import type { Database } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { type GeneratedData, generateSyntheticData, SyntheticDataExistsError } from './synthetic-generator.ts';

/**
 * `kith generate` on both databases, at a tiny scale of the pcn preset (200 people, 267
 * referrals) so the whole file takes seconds: once into the worker's shared test database (its
 * rows are told apart by the preset's own PCNs), once into a fresh one to compare. "Now" is
 * fixed, so the two runs can be compared.
 */
const AS_OF = new Date('2026-03-02T00:00:00Z');
const TINY = { preset: 'pcn', scale: 0.02, seed: 7, asOf: AS_OF, passwordHash: null } as const;

/** Aggregate fingerprints of the generated rows, table by table (no audit rows: they carry the wall clock). */
const FINGERPRINT_SQL = `
  WITH r AS (SELECT * FROM referrals WHERE organisation_id = ANY($1::uuid[]))
  SELECT * FROM (VALUES
    ('people', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM people t WHERE organisation_id = ANY($1::uuid[]))),
    ('referrals', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM r t)),
    ('referral_transitions', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM referral_transitions t WHERE referral_id IN (SELECT id FROM r))),
    ('contacts', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM contacts t WHERE referral_id IN (SELECT id FROM r))),
    ('outcome_measures', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM outcome_measures t WHERE referral_id IN (SELECT id FROM r))),
    ('care_plans', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM care_plans t WHERE referral_id IN (SELECT id FROM r))),
    ('healthcare_use', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM healthcare_use t WHERE referral_id IN (SELECT id FROM r))),
    ('unmet_needs', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM unmet_needs t WHERE organisation_id = ANY($1::uuid[]))),
    ('onward_referrals', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM onward_referrals t WHERE organisation_id = ANY($1::uuid[]))),
    ('onward_referral_events', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM onward_referral_events t
      WHERE onward_referral_id IN (SELECT id FROM onward_referrals WHERE organisation_id = ANY($1::uuid[])))),
    ('dir_services', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM dir_services t
      WHERE organization_id IN (SELECT id FROM dir_organizations WHERE uri LIKE 'urn:kith:synthetic:pcn:%'))),
    ('users', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM users t WHERE email LIKE '%@pcn.synthetic.kith.example')),
    ('workforce_posts', (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM workforce_posts t WHERE pcn_id = ANY($1::uuid[])))
  ) AS f(name, fingerprint)`;

async function fingerprint(database: Database, pcnIds: string[]): Promise<Record<string, string>> {
  const rows = await database.queryRaw<{ name: string; fingerprint: string }>(FINGERPRINT_SQL, [pcnIds]);
  return Object.fromEntries(rows.map((row) => [row.name, row.fingerprint]));
}

/** Rows whose single-column foreign key points nowhere, per constraint (the generator loads without FK checks). */
async function orphans(database: Database): Promise<Record<string, number>> {
  const keys = await database.queryRaw<{ name: string; child: string; column: string; parent: string; parent_column: string }>(`
    SELECT c.conname AS name, c.conrelid::regclass::text AS child, a.attname AS column,
           c.confrelid::regclass::text AS parent, pa.attname AS parent_column
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.connamespace = 'public'::regnamespace`);
  const found: Record<string, number> = {};
  for (const key of keys) {
    const [row] = await database.queryRaw<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${key.child} c WHERE c."${key.column}" IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE p."${key.parent_column}" = c."${key.column}")`,
    );
    if ((row?.n ?? 0) > 0) found[key.name] = row?.n ?? 0;
  }
  return found;
}

describe('kith generate: the synthetic data set', () => {
  let generated: GeneratedData;
  let fingerprintOfFirst: Record<string, string>;
  const checks: Record<string, unknown> = {};

  beforeAll(async () => {
    const database = await testDatabase();
    generated = await generateSyntheticData(database.db, TINY);
    fingerprintOfFirst = await fingerprint(database, generated.pcnIds);
    const q = <T>(text: string, params: unknown[] = [generated.pcnIds]) => database.queryRaw<T>(text, params);
    checks.orphans = await orphans(database);
    checks.statusAgainstHistory = await q(`
      SELECT r.status::text AS status, last.to_status::text AS last, count(*)::int AS n
      FROM referrals r
      CROSS JOIN LATERAL (SELECT to_status FROM referral_transitions t WHERE t.referral_id = r.id ORDER BY at DESC, id LIMIT 1) last
      WHERE r.organisation_id = ANY($1::uuid[]) AND r.status <> last.to_status GROUP BY 1, 2`);
    checks.referralMoves = await q(`
      SELECT DISTINCT t.from_status::text AS "from", t.to_status::text AS "to"
      FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.organisation_id = ANY($1::uuid[])`);
    checks.historyOutOfOrder = await q(`
      SELECT count(*)::int AS n FROM (
        SELECT t.from_status, lag(t.to_status) OVER (PARTITION BY t.referral_id ORDER BY t.at, t.id) AS previous
        FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.organisation_id = ANY($1::uuid[])
      ) x WHERE x.from_status IS DISTINCT FROM x.previous`);
    checks.onwardAgainstHistory = await q(`
      SELECT count(*)::int AS n FROM onward_referrals o
      CROSS JOIN LATERAL (SELECT to_status FROM onward_referral_events e WHERE e.onward_referral_id = o.id ORDER BY at DESC, id LIMIT 1) last
      WHERE o.organisation_id = ANY($1::uuid[]) AND o.status <> last.to_status`);
    checks.onwardMoves = await q(`
      SELECT DISTINCT e.from_status::text AS "from", e.to_status::text AS "to", e.side::text AS side
      FROM onward_referral_events e JOIN onward_referrals o ON o.id = e.onward_referral_id WHERE o.organisation_id = ANY($1::uuid[])`);
    checks.openWithoutWorker = await q(`
      SELECT count(*)::int AS n FROM referrals WHERE organisation_id = ANY($1::uuid[])
        AND status IN ('allocated', 'contacted', 'active') AND assigned_worker_id IS NULL`);
    checks.contactedWithoutConversation = await q(`
      SELECT count(*)::int AS n FROM referrals r WHERE r.organisation_id = ANY($1::uuid[])
        AND EXISTS (SELECT 1 FROM referral_transitions t WHERE t.referral_id = r.id AND t.to_status = 'contacted')
        AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.referral_id = r.id AND c.successful)`);
    checks.futureRows = await q(
      `
      SELECT (SELECT count(*) FROM contacts c JOIN referrals r ON r.id = c.referral_id WHERE r.organisation_id = ANY($1::uuid[]) AND c.occurred_at > $2)::int
        + (SELECT count(*) FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.organisation_id = ANY($1::uuid[]) AND t.at > $2)::int
        + (SELECT count(*) FROM onward_referral_events e JOIN onward_referrals o ON o.id = e.onward_referral_id WHERE o.organisation_id = ANY($1::uuid[]) AND e.at > $2)::int AS n`,
      [generated.pcnIds, AS_OF.toISOString()],
    );
    checks.wellbeing = await q(`
      WITH b AS (SELECT DISTINCT ON (m.referral_id) m.referral_id, m.metric_score FROM outcome_measures m JOIN referrals r ON r.id = m.referral_id
                 WHERE r.organisation_id = ANY($1::uuid[]) AND m.instrument = 'swemwbs' AND m.timepoint = 'baseline' ORDER BY m.referral_id, m.recorded_at),
           l AS (SELECT DISTINCT ON (referral_id) referral_id, metric_score FROM outcome_measures
                 WHERE instrument = 'swemwbs' AND timepoint IN ('review', 'discharge') ORDER BY referral_id, recorded_at DESC)
      SELECT count(*)::int AS n, avg(l.metric_score - b.metric_score)::float8 AS mean_change,
             count(*) FILTER (WHERE l.metric_score < b.metric_score)::int AS worse
      FROM b JOIN l USING (referral_id)`);
    checks.completeness = await q(`
      SELECT count(*)::int AS n, count(gp_consultations_before)::int AS gp_before, count(gp_consultations_after)::int AS gp_after,
             count(ae_attendances_before)::int AS ae_before, count(ae_attendances_after)::int AS ae_after
      FROM healthcare_use h JOIN referrals r ON r.id = h.referral_id WHERE r.organisation_id = ANY($1::uuid[])`);
    await expect(generateSyntheticData(database.db, TINY)).rejects.toThrow(SyntheticDataExistsError);
  });

  it('writes every table, with the people and referrals asked for', () => {
    expect(generated.counts).toMatchObject({ people: 200, referrals: 267, organisations: 9, workforce_posts: 6 });
    const empty = Object.entries(generated.counts).filter(([, rows]) => rows === 0);
    expect(empty).toEqual([]);
    expect(generated.counts.contacts).toBeGreaterThan(generated.counts.referrals ?? 0);
  });

  it('is the same data set when generated again from the same seed in another database', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      const again = await generateSyntheticData(database.db, TINY);
      expect(again.counts).toEqual(generated.counts);
      expect(await fingerprint(database, again.pcnIds)).toEqual(fingerprintOfFirst);
    });
    expect(Object.values(fingerprintOfFirst).every((f) => typeof f === 'string' && f.length === 32)).toBe(true);
  });

  it('leaves no foreign key pointing nowhere', () => {
    expect(checks.orphans).toEqual({});
  });

  it('gives every referral the status its history ends in, through moves REFERRAL_TRANSITIONS allows, in order', () => {
    expect(checks.statusAgainstHistory).toEqual([]);
    const moves = checks.referralMoves as { from: string | null; to: string }[];
    const refused = moves.filter((m) => m.from !== null && !canTransition(m.from as never, m.to as never));
    expect(refused).toEqual([]);
    expect(moves.filter((m) => m.from === null).map((m) => m.to)).toEqual(['received']);
    expect(checks.historyOutOfOrder).toEqual([{ n: 0 }]);
    // Every state appears somewhere, open ones included.
    expect(new Set(moves.map((m) => m.to))).toEqual(new Set(REFERRAL_STATUSES));
  });

  it('gives every onward referral the status its events end in, each move allowed for the side that made it', () => {
    expect(checks.onwardAgainstHistory).toEqual([{ n: 0 }]);
    for (const move of checks.onwardMoves as { from: string | null; to: string; side: string }[]) {
      if (move.from === null) expect(move).toMatchObject({ to: 'requested', side: 'requester' });
      else {
        expect(TASK_TRANSITIONS[move.from as keyof typeof TASK_TRANSITIONS]).toContain(move.to);
        expect(TASK_MOVES_BY_SIDE[move.side as TaskSide]).toContain(move.to);
      }
    }
  });

  it('keeps the pathway consistent: open cases have a worker, "contacted" means a conversation happened, nothing after "now"', () => {
    expect(checks.openWithoutWorker).toEqual([{ n: 0 }]);
    expect(checks.contactedWithoutConversation).toEqual([{ n: 0 }]);
    expect(checks.futureRows).toEqual([{ n: 0 }]);
  });

  it('shows wellbeing improving on average, with spread, and healthcare use with gaps in every column', () => {
    const [wellbeing] = checks.wellbeing as { n: number; mean_change: number; worse: number }[];
    expect(wellbeing?.n).toBeGreaterThan(10);
    expect(wellbeing?.mean_change).toBeGreaterThan(0.5);
    expect(wellbeing?.worse).toBeGreaterThan(0);
    const [use] = checks.completeness as Record<string, number>[];
    for (const column of ['gp_before', 'gp_after', 'ae_before', 'ae_after']) {
      expect(use?.[column], column).toBeGreaterThan(0);
      expect(use?.[column], column).toBeLessThan(use?.n ?? 0);
    }
  });
});
