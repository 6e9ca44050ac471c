import { DEMO_USERS } from '@kith/server/modules/demo-data/demo-data.ts';
import { OPEN_CASE_STATUSES } from '@kith/shared';
import { roundTo } from '../support/statistics.ts';
import {
  bulkPlanSql,
  CREATE_PLAN,
  caseloadPlanSql,
  INSERT_CARE_PLAN_VERSIONS,
  INSERT_CARE_PLANS,
  INSERT_CONTACTS,
  INSERT_OUTCOME_MEASURES,
  INSERT_REFERRALS,
  insertTransitionsSql,
  longHistoryPlanSql,
  PLAN_TABLE,
} from './episode-sql.ts';
import { NHS_NUMBER_BLOCKS, nhsNumberFor } from './nhs-numbers.ts';
import { PATHWAY_SETTINGS } from './pathway-settings.ts';
import type { Query, RawSql } from './raw-sql.ts';
import { digest, fraction, pick, swemwbsMetricScores, uuidFrom, weighted } from './sql-blocks.ts';
import {
  ACTIONS,
  CONTACT_NOTES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  GOALS,
  POSTCODE_LETTERS,
  REASON_CODES,
  STREETS,
  WHAT_MATTERS,
} from './synthetic-text.ts';

/**
 * Generates a PCN-scale data set into a migrated database that holds the demo data: the demo PCN
 * gains practices, link workers, people, referrals in every state with their status history,
 * contacts, care plans (with versions) and outcome measures. The demo link worker is the
 * measured worker, with exactly `caseload` open cases.
 *
 * Everything is bulk SQL — `INSERT … SELECT … FROM generate_series(…)` — and deterministic: every
 * id and every "random" choice is derived from md5 of a fixed label and a sequence number, so
 * two runs produce the same rows (dates are relative to the day of the run).
 */

/** Demo records the generator builds on (see packages/server/src/modules/demo-data/demo-data.ts). */
const DEMO_PCN_ODS_CODE = 'Y9B01';
const MEASURED_WORKER_EMAIL = demoEmail('link_worker');

export interface DatasetCounts {
  practices: number;
  linkWorkers: number;
  people: number;
  referrals: number;
  referralTransitions: number;
  contacts: number;
  carePlans: number;
  carePlanVersions: number;
  outcomeMeasures: number;
  /** Open (allocated/contacted/active) referrals assigned to the measured worker. */
  measuredCaseload: number;
}

export interface GeneratedPcn {
  pcnId: string;
  /** The PCN's GP practices (the demo's two and the generated ones). */
  practiceIds: string[];
  measuredWorker: { userId: string; email: string };
  /** The person on the measured worker's caseload with the most timeline events. */
  timelinePerson: { id: string; events: number };
  counts: DatasetCounts;
  generationSeconds: number;
  /** What was done after loading: `VACUUM ANALYZE` (PostgreSQL) or nothing (PGlite). */
  afterLoad: string;
}

function demoEmail(role: (typeof DEMO_USERS)[number]['role']): string {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`the demo data has no ${role}`);
  return user.email;
}

// ---- people ----

/** $1 anchor, $2 first seq, $3 last seq, $4 PCN, $5 NHS numbers (for seq $2..$3), $6 given names, $7 family names, $8 streets, $9 practices, $10 postcode letters. */
const INSERT_PEOPLE = `
  INSERT INTO people (id, organisation_id, nhs_number, given_name, family_name, date_of_birth, sex, ethnic_category,
    address_line_1, town, postcode, phone, email, preferred_contact_method, interpreter_needed, language,
    registered_practice_id, created_at, updated_at)
  SELECT ${uuidFrom('h1')}, $4::uuid, ($5::text[])[i - $2 + 1], given, family,
    date '1935-01-01' + floor(${fraction('h1', 2)} * 25500)::int,
    ${weighted(fraction('h1', 3), [['female', 0.5], ['male', 0.98], ['not_known', 0.99], ['indeterminate']], 'sex')},
    (CASE WHEN ${fraction('h2', 0)} < 0.75 THEN 'A'
      ELSE (ARRAY['B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z'])[1 + floor(${fraction('h2', 1)} * 16)::int] END)::ethnic_category,
    (1 + floor(${fraction('h2', 2)} * 180)::int) || ' ' || ${pick('$8::text[]', fraction('h2', 3))},
    'Brightwater',
    'BW' || (1 + floor(${fraction('h3', 0)} * 20)::int) || ' ' || floor(${fraction('h3', 1)} * 10)::int
      || substr($10, 1 + floor(${fraction('h3', 2)} * 20)::int, 1) || substr($10, 1 + floor(${fraction('h3', 3)} * 20)::int, 1),
    '07700 9' || lpad(floor(${fraction('h4', 0)} * 100000)::int::text, 5, '0'),
    CASE WHEN ${fraction('h4', 1)} < 0.35 THEN lower(given) || '.' || lower(family) || i || '@example.org' END,
    ${weighted(fraction('h4', 2), [['phone', 0.6], ['text', 0.8], ['email', 0.9], ['letter', 0.97], ['in_person']], 'contact_method')},
    ${fraction('h4', 3)} < 0.03,
    CASE WHEN ${fraction('h4', 3)} < 0.03 THEN (ARRAY['Polish', 'Urdu', 'Bengali', 'Romanian', 'Arabic'])[1 + floor(${fraction('h4', 3)} / 0.03 * 5)::int] END,
    ${pick('$9::uuid[]', fraction('h2', 0))},
    $1::timestamptz - (1100 + floor(${fraction('h3', 0)} * 700)) * interval '1 day',
    $1::timestamptz - (1100 + floor(${fraction('h3', 0)} * 700)) * interval '1 day'
  FROM generate_series($2::int, $3::int) i,
    LATERAL (SELECT ${digest('person', 'i')} AS h1, ${digest('person-2', 'i')} AS h2, ${digest('person-3', 'i')} AS h3,
      ${digest('person-4', 'i')} AS h4) d,
    LATERAL (SELECT ${pick('$6::text[]', fraction('h1', 0))} AS given, ${pick('$7::text[]', fraction('h1', 1))} AS family) n`;

// ---- the run ----

interface Anchors {
  pcnId: string;
  measuredWorkerId: string;
  supervisorId: string;
  referrerId: string;
}

async function findDemoRecords(query: Query): Promise<Anchors> {
  const [pcn] = await query<{ id: string }>('SELECT id FROM organisations WHERE ods_code = $1', [DEMO_PCN_ODS_CODE]);
  const users = await query<{ id: string; email: string }>('SELECT id, email FROM users WHERE email = ANY($1::text[])', [
    [MEASURED_WORKER_EMAIL, demoEmail('supervisor'), demoEmail('referrer')],
  ]);
  const idOf = (email: string) => {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`the demo user ${email} is missing: load the demo data first`);
    return user.id;
  };
  if (!pcn) throw new Error(`the demo PCN (${DEMO_PCN_ODS_CODE}) is missing: load the demo data first`);
  return {
    pcnId: pcn.id,
    measuredWorkerId: idOf(MEASURED_WORKER_EMAIL),
    supervisorId: idOf(demoEmail('supervisor')),
    referrerId: idOf(demoEmail('referrer')),
  };
}

async function addPracticesAndWorkers(query: Query, anchors: Anchors): Promise<{ practiceIds: string[]; workerIds: string[] }> {
  const { extraPractices, linkWorkers } = PATHWAY_SETTINGS.dataset;
  await query(
    `INSERT INTO organisations (id, name, kind, ods_code, parent_id)
     SELECT ${uuidFrom(digest('practice', 'n'))}, ($2::text[])[n] || ' Surgery (bench)', 'gp_practice', 'Y9E' || lpad(n::text, 2, '0'), $1::uuid
     FROM generate_series(1, $3::int) n`,
    [anchors.pcnId, ['Canal Side', 'Beech Grove', 'Market Place', 'Hillside', 'Orchard Way', 'Elm Court'], extraPractices],
  );
  await query(
    `INSERT INTO users (id, email, display_name, password_hash)
     SELECT ${uuidFrom(digest('worker', 'n'))}, 'bench.linkworker.' || lpad(n::text, 2, '0') || '@kith.example',
       ($1::text[])[1 + n % cardinality($1::text[])] || ' ' || ($2::text[])[1 + (n * 7) % cardinality($2::text[])],
       'bench-user-cannot-sign-in'
     FROM generate_series(1, $3::int) n`,
    [GIVEN_NAMES, FAMILY_NAMES, linkWorkers - 1],
  );
  await query(
    `INSERT INTO memberships (user_id, organisation_id, role)
     SELECT id, $1::uuid, 'link_worker' FROM users WHERE email LIKE 'bench.linkworker.%'`,
    [anchors.pcnId],
  );
  const practices = await query<{ id: string }>('SELECT id FROM organisations WHERE parent_id = $1 ORDER BY ods_code', [
    anchors.pcnId,
  ]);
  const others = await query<{ id: string }>("SELECT id FROM users WHERE email LIKE 'bench.linkworker.%' ORDER BY email");
  return { practiceIds: practices.map((row) => row.id), workerIds: [anchors.measuredWorkerId, ...others.map((row) => row.id)] };
}

function batches(first: number, last: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = first; start <= last; start += size) ranges.push([start, Math.min(last, start + size - 1)]);
  return ranges;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

async function countRows(query: Query, measuredWorkerId: string): Promise<DatasetCounts> {
  const [row] = await query<DatasetCounts>(
    `SELECT
      (SELECT count(*) FROM organisations WHERE kind = 'gp_practice' AND parent_id = (SELECT id FROM organisations WHERE ods_code = $2))::int AS "practices",
      (SELECT count(*) FROM memberships WHERE role = 'link_worker')::int AS "linkWorkers",
      (SELECT count(*) FROM people)::int AS "people",
      (SELECT count(*) FROM referrals)::int AS "referrals",
      (SELECT count(*) FROM referral_transitions)::int AS "referralTransitions",
      (SELECT count(*) FROM contacts)::int AS "contacts",
      (SELECT count(*) FROM care_plans)::int AS "carePlans",
      (SELECT count(*) FROM care_plan_versions)::int AS "carePlanVersions",
      (SELECT count(*) FROM outcome_measures)::int AS "outcomeMeasures",
      (SELECT count(*) FROM referrals WHERE assigned_worker_id = $1 AND status = ANY($3::text[]::referral_status[]))::int AS "measuredCaseload"`,
    [measuredWorkerId, DEMO_PCN_ODS_CODE, [...OPEN_CASE_STATUSES]],
  );
  if (!row) throw new Error('no counts');
  return row;
}

/** The caseload person with the most timeline events (the five sources the timeline reads), one pass per table. */
async function findTimelinePerson(query: Query, measuredWorkerId: string): Promise<{ id: string; events: number }> {
  const [row] = await query<{ id: string; events: number }>(
    `WITH caseload AS (
       SELECT DISTINCT person_id FROM referrals WHERE assigned_worker_id = $1 AND status = ANY($2::text[]::referral_status[])
     ),
     their_referrals AS (SELECT r.id, r.person_id FROM referrals r JOIN caseload USING (person_id)),
     events AS (
       SELECT person_id, count(*) AS n FROM their_referrals GROUP BY person_id
       UNION ALL
       SELECT x.person_id, count(*) FROM referral_transitions t JOIN their_referrals x ON x.id = t.referral_id GROUP BY x.person_id
       UNION ALL
       SELECT c.person_id, count(*) FROM contacts c JOIN caseload USING (person_id) GROUP BY c.person_id
       UNION ALL
       SELECT m.person_id, count(*) FROM outcome_measures m JOIN caseload USING (person_id) GROUP BY m.person_id
       UNION ALL
       SELECT x.person_id, count(*) FROM care_plan_versions v JOIN their_referrals x ON x.id = v.referral_id GROUP BY x.person_id
     )
     SELECT person_id AS id, sum(n)::int AS events FROM events GROUP BY person_id ORDER BY events DESC, person_id LIMIT 1`,
    [measuredWorkerId, [...OPEN_CASE_STATUSES]],
  );
  if (!row) throw new Error('the measured worker has no caseload');
  return row;
}

/** Midnight UTC today: every generated date is relative to it. */
function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function generatePcn(sql: RawSql, log: (line: string) => void): Promise<GeneratedPcn> {
  const settings = PATHWAY_SETTINGS.dataset;
  const startedAt = performance.now();
  const anchor = todayUtc();
  const anchors = await findDemoRecords(sql.query);
  const { practiceIds, workerIds } = await sql.transaction((query) => addPracticesAndWorkers(query, anchors));
  log(`  ${sql.backend}: ${practiceIds.length} practices, ${workerIds.length} link workers (${seconds(startedAt)})`);

  const people = settings.people;
  for (const [first, last] of batches(1, people, settings.batchSize)) {
    const numbers = Array.from({ length: last - first + 1 }, (_, index) =>
      nhsNumberFor(NHS_NUMBER_BLOCKS.generatedPeople, first + index),
    );
    await sql.transaction((query) =>
      query(INSERT_PEOPLE, [
        anchor,
        first,
        last,
        anchors.pcnId,
        numbers,
        GIVEN_NAMES,
        FAMILY_NAMES,
        STREETS,
        practiceIds,
        POSTCODE_LETTERS,
      ]),
    );
    log(`  ${sql.backend}: people ${last.toLocaleString('en-GB')}/${people.toLocaleString('en-GB')} (${seconds(startedAt)})`);
  }

  const bulkReferrals = people + Math.floor(people * settings.extraReferralsPerPerson);
  const caseloadFirst = bulkReferrals + 1;
  const historyFirst = caseloadFirst + settings.caseload;
  const lastSeq = historyFirst + settings.longHistoryReferrals - 1;
  await sql.query(CREATE_PLAN);
  try {
    await sql.transaction(async (query) => {
      for (const [first, last] of batches(1, bulkReferrals, settings.batchSize * 5)) {
        await query(bulkPlanSql(), [anchor, people, workerIds, first, last]);
      }
      await query(caseloadPlanSql(), [anchor, people, anchors.measuredWorkerId, caseloadFirst, settings.caseload]);
      await query(longHistoryPlanSql(), [
        anchor,
        1,
        workerIds,
        historyFirst,
        settings.longHistoryReferrals,
        settings.longHistoryContacts,
      ]);
    });
    log(`  ${sql.backend}: planned ${lastSeq.toLocaleString('en-GB')} referrals (${seconds(startedAt)})`);

    const transitionsSql = insertTransitionsSql();
    const metricScores = swemwbsMetricScores();
    for (const [first, last] of batches(1, lastSeq, settings.batchSize)) {
      await sql.transaction(async (query) => {
        const range = [anchor, first, last];
        await query(INSERT_REFERRALS, [...range, anchors.pcnId, anchors.referrerId, REASON_CODES]);
        await query(transitionsSql, [...range, anchors.referrerId, anchors.supervisorId]);
        await query(INSERT_CONTACTS, [...range, CONTACT_NOTES]);
        await query(INSERT_CARE_PLANS, [...range, WHAT_MATTERS, GOALS, ACTIONS]);
        await query(INSERT_CARE_PLAN_VERSIONS, [...range, WHAT_MATTERS, GOALS, ACTIONS]);
        await query(INSERT_OUTCOME_MEASURES, [...range, metricScores]);
      });
      log(
        `  ${sql.backend}: referrals with history ${last.toLocaleString('en-GB')}/${lastSeq.toLocaleString('en-GB')} (${seconds(startedAt)})`,
      );
    }
  } finally {
    await sql.query(`DROP TABLE IF EXISTS ${PLAN_TABLE}`);
  }

  // PostgreSQL's autovacuum would analyse tables this size within a minute; doing it now keeps it
  // from starting in the middle of a measurement. PGlite has no autovacuum; Kith runs ANALYZE on it
  // at start-up and every 15 minutes, so the bench does the same unless told not to.
  let afterLoad = 'nothing (KITH_BENCH_PGLITE_ANALYZE=0: no planner statistics)';
  if (sql.backend === 'postgres') {
    await sql.query('VACUUM ANALYZE');
    afterLoad = 'VACUUM ANALYZE (what autovacuum would soon do)';
    log(`  ${sql.backend}: VACUUM ANALYZE (${seconds(startedAt)})`);
  } else if (settings.analyzePglite) {
    await sql.query('ANALYZE');
    afterLoad = 'ANALYZE (as Kith does at start-up and every 15 minutes)';
    log(`  ${sql.backend}: ANALYZE (${seconds(startedAt)})`);
  }

  const counts = await countRows(sql.query, anchors.measuredWorkerId);
  if (counts.measuredCaseload !== settings.caseload) {
    throw new Error(`the measured worker has ${counts.measuredCaseload} open cases, not ${settings.caseload}`);
  }
  const timelinePerson = await findTimelinePerson(sql.query, anchors.measuredWorkerId);
  const generationSeconds = roundTo((performance.now() - startedAt) / 1000, 1);
  log(
    `  ${sql.backend}: generated ${counts.people.toLocaleString('en-GB')} people, ${counts.referrals.toLocaleString('en-GB')} referrals, ` +
      `${counts.contacts.toLocaleString('en-GB')} contacts in ${generationSeconds} s`,
  );
  return {
    pcnId: anchors.pcnId,
    practiceIds,
    measuredWorker: { userId: anchors.measuredWorkerId, email: MEASURED_WORKER_EMAIL },
    timelinePerson,
    counts,
    generationSeconds,
    afterLoad,
  };
}
