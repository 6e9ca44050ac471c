import { ErrorBody, REFERRAL_STATUSES } from '@kith/shared';
import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp, type KithApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from '../../src/modules/demo-data/demo-data.ts';
import { createTestReferral } from '../pathway-test-data.ts';
import type { SignedIn } from '../tenant-test-data.ts';
import { signIn } from '../tenant-test-data.ts';
import { testDatabaseKind } from '../test-database.ts';
import type { IdPools, JsonSchema } from './schema-arbitrary.ts';

/**
 * The fuzzing target: Kith with the demo data (every role, people, referrals, the directory…)
 * on a database of its own, so that a change log kept by triggers sees only the fuzzer's
 * requests and "nothing was written" can be checked after every 4xx for the price of one query.
 */
export const FUZZ_RUNS = Number(process.env.KITH_FUZZ_RUNS ?? 300);

/**
 * Routes fuzzed with a third of the cases: small admin CRUD over one reference table or one
 * state change, whose bodies have few fields, so fewer cases reach the same depth — and the
 * whole suite stays within its time budget.
 */
const LIGHT_ROUTES = new Set([
  'POST /api/snomed-codes',
  'PATCH /api/snomed-codes/{code}',
  'POST /api/practice-mailboxes',
  'PATCH /api/practice-mailboxes/{odsCode}',
  'DELETE /api/practice-mailboxes/{odsCode}',
  'POST /api/gp-documents/{id}/resend',
]);

/** Cases for one route (`"METHOD /path"`) out of `runs`. */
export function runsFor(key: string, runs: number): number {
  return LIGHT_ROUTES.has(key) ? Math.max(30, Math.round(runs / 3)) : runs;
}

export interface FuzzKith {
  app: KithApp;
  database: Database;
  /** One signed-in session per demo role. */
  sessions: SignedIn[];
  routes: FuzzRoute[];
  /** Ids for path parameters and uuid fields, re-read before each route (earlier routes create records). */
  refreshIds(): Promise<void>;
  ids: IdPools;
  pathIds: IdPools;
  /** Rows the fuzzer's requests changed since the last call (see {@link changesSince}). */
  changesSince(): Promise<Change[]>;
  close(): Promise<void>;
}

export interface FuzzRoute {
  method: string;
  /** OpenAPI path, e.g. `/api/referrals/{id}`. */
  path: string;
  params: Record<string, JsonSchema>;
  query: Record<string, JsonSchema>;
  headers: Record<string, JsonSchema>;
  body: JsonSchema | null;
}

export interface Change {
  tbl: string;
  op: string;
  /** For audit events: the action and the request it records. */
  action: string | null;
  requestId: string | null;
}

async function openOwnDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (testDatabaseKind() === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    return { database, drop: async () => {} };
  }
  const base = new URL(inject('postgresTestUrl'));
  const name = `${base.pathname.slice(1)}_fuzz_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ kind: 'postgres', url: base.toString() });
  await admin.execRaw(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    drop: async () => {
      await admin.execRaw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** Row triggers on every table append to one log; the test reads what was appended per request. */
const CHANGE_LOG_SQL = `
CREATE TABLE fuzz_change_log (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, action text, request_id text);
CREATE FUNCTION fuzz_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fuzz_change_log (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
  RETURN NULL;
END $$;
CREATE FUNCTION fuzz_log_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fuzz_change_log (tbl, op, action, request_id) VALUES (TG_TABLE_NAME, TG_OP, NEW.action::text, NEW.request_id);
  RETURN NULL;
END $$;
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('fuzz_change_log', 'audit_events') LOOP
    EXECUTE format('CREATE TRIGGER fuzz_log AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION fuzz_log_change()', t);
  END LOOP;
END $$;
CREATE TRIGGER fuzz_log AFTER INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION fuzz_log_audit();
`;

/** Which table a path parameter's records live in, by the path segment before it. */
const PATH_TABLES: Record<string, string> = {
  organisations: 'organisations',
  users: 'users',
  people: 'people',
  referrals: 'referrals',
  'safeguarding-concerns': 'safeguarding_concerns',
  services: 'dir_services',
  organizations: 'dir_organizations',
  'taxonomy-terms': 'dir_taxonomy_terms',
  'onward-referrals': 'onward_referrals',
  notifications: 'notifications',
  tasks: 'worker_tasks',
  appointments: 'appointments',
  'person-messages': 'person_messages',
  'message-templates': 'message_templates',
  letters: 'letters',
  posts: 'workforce_posts',
  'arrs-caps': 'arrs_caps',
  'pay-points': 'afc_pay_points',
  'on-cost-rates': 'employer_on_cost_rates',
  sessions: 'supervision_sessions',
  courses: 'training_courses',
  frameworks: 'competency_frameworks',
  rounds: 'pulse_rounds',
  items: 'implementation_checklist_items',
  comments: 'community_comments',
  resources: 'community_resources',
  events: 'community_events',
  members: 'users',
  taxonomies: 'dir_taxonomies',
  taxonomy_terms: 'dir_taxonomy_terms',
  service_at_locations: 'dir_service_at_locations',
  rsvps: 'users',
  'gp-documents': 'gp_documents',
};

/** Path parameters that are codes, not ids: the query giving their values (as `id`), by the segment before. */
const PATH_CODES: Record<string, string> = {
  'snomed-codes': 'SELECT code AS id FROM snomed_codes ORDER BY code LIMIT 12',
  // Practices with a mailbox, and some without (404).
  'practice-mailboxes': `(SELECT ods_code AS id FROM practice_mailboxes ORDER BY ods_code LIMIT 12)
    UNION (SELECT ods_code FROM organisations WHERE ods_code IS NOT NULL ORDER BY ods_code LIMIT 6)`,
};

/** Body fields naming records, by field name. Unlisted uuid fields draw from every pool. */
const FIELD_TABLES: Record<string, string> = {
  organisationId: 'organisations',
  pcnId: 'organisations',
  practiceId: 'organisations',
  registeredPracticeId: 'organisations',
  personId: 'people',
  referralId: 'referrals',
  userId: 'users',
  workerId: 'users',
  assignedWorkerId: 'users',
  supervisorUserId: 'users',
  superviseeUserId: 'users',
  leadUserId: 'users',
  serviceId: 'dir_services',
  termId: 'dir_taxonomy_terms',
  parentId: 'dir_taxonomy_terms',
  courseId: 'training_courses',
  frameworkId: 'competency_frameworks',
};

/** The pool a path parameter's values come from: a table's ids, or `path:<segment>` for codes. */
function poolForPath(path: string, param: string): string | undefined {
  const segments = path.split('/');
  // The parameter may carry a suffix in its segment: `/api/letters/{id}.pdf`.
  const at = segments.findIndex((s) => s === `{${param}}` || s.startsWith(`{${param}}.`));
  const before = segments[at - 1] ?? '';
  if (path.startsWith('/api/community/posts') && before === 'posts') return 'community_posts';
  if (before in PATH_CODES) return `path:${before}`;
  return PATH_TABLES[before];
}

function parametersOf(operation: OpenApiOperation, where: string): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const p of operation.parameters ?? []) if (p.in === where) out[p.name] = p.schema;
  return out;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** Every route in the OpenAPI document, with its parameter and body schemas. */
export function routesOf(app: KithApp): FuzzRoute[] {
  const document = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const routes: FuzzRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      routes.push({
        method: method.toUpperCase(),
        path,
        params: parametersOf(operation, 'path'),
        query: parametersOf(operation, 'query'),
        headers: parametersOf(operation, 'header'),
        body: operation.requestBody?.content['application/json']?.schema ?? null,
      });
    }
  }
  return routes;
}

/**
 * The demo PCN's own referrals do not cover every state, so routes that act on a state
 * would meet only 409s: give it one referral in each state, for the demo link worker.
 */
async function seedDemoPcn(database: Database): Promise<void> {
  const [worker] = await database.queryRaw<{ user_id: string; organisation_id: string }>(
    `SELECT m.user_id::text, m.organisation_id::text FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`,
    [DEMO_USERS.find((u) => u.role === 'link_worker')?.email],
  );
  if (!worker) throw new Error('no demo link worker');
  for (const status of REFERRAL_STATUSES) {
    await createTestReferral(database.db, {
      organisationId: worker.organisation_id,
      assignedWorkerId: status === 'received' || status === 'triaged' ? null : worker.user_id,
      referrerUserId: null,
      status,
    });
  }
  // The demo's endings queued their GP documents, which stay "preparing" (no job runs): spread
  // them over states a resend is allowed from and states it is refused from.
  await database.execRaw(`
    UPDATE gp_documents d SET state = (ARRAY['no_mailbox', 'failed', 'delivered', 'preparing', 'no_practice', 'sent'])[n.i % 6 + 1]::gp_document_state
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM gp_documents) n WHERE n.id = d.id`);
}

export async function startFuzzKith(): Promise<FuzzKith> {
  const { database, drop } = await openOwnDatabase();
  await migrateDatabase(database);
  await loadDemoData(database.db);
  await seedDemoPcn(database);
  await database.execRaw(CHANGE_LOG_SQL);
  const config = loadConfig({
    NODE_ENV: 'test',
    KITH_WEB_DIST: '',
    // Fuzzing sends tens of thousands of requests a minute; per-route limits are dodged by a
    // random client address per request instead.
    KITH_RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const sessions: SignedIn[] = [];
  for (const user of DEMO_USERS) sessions.push(await signIn(app, { email: user.email, password: DEMO_PASSWORD }));

  // Records the fuzzer must not break for itself: the signed-in users and their organisations.
  const protectedIds = new Set(
    (
      await database.queryRaw<{ id: string }>(
        `SELECT u.id::text AS id FROM users u WHERE u.email = ANY($1)
         UNION SELECT m.organisation_id::text FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ANY($1)
         UNION SELECT o.parent_id::text FROM organisations o JOIN memberships m ON m.organisation_id = o.id
           JOIN users u ON u.id = m.user_id WHERE u.email = ANY($1) AND o.parent_id IS NOT NULL`,
        [DEMO_USERS.map((u) => u.email)],
      )
    ).map((r) => r.id),
  );
  const withIds = new Set(
    (
      await database.queryRaw<{ table_name: string }>(
        `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'`,
      )
    ).map((r) => r.table_name),
  );
  const tables = [...new Set([...Object.values(PATH_TABLES), ...Object.values(FIELD_TABLES), 'community_posts'])].filter((t) =>
    withIds.has(t),
  );
  const scopeColumns = new Map(
    (
      await database.queryRaw<{ table_name: string; column_name: string }>(
        `SELECT table_name, min(column_name) AS column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND column_name IN ('organisation_id', 'pcn_id') GROUP BY table_name`,
      )
    ).map((r) => [r.table_name, r.column_name]),
  );
  let pools = new Map<string, string[]>();
  let everything: string[] = [];
  let lastChange = 0;

  const kith: FuzzKith = {
    app,
    database,
    sessions,
    routes: routesOf(app),
    async refreshIds() {
      const next = new Map<string, string[]>();
      for (const table of tables) {
        // A fixed sample, plus records of the demo users' own organisations (in their scope).
        const scoped = scopeColumns.get(table);
        const rows = await database.queryRaw<{ id: string }>(
          `(SELECT id::text AS id FROM ${table} ORDER BY id LIMIT 12)
           UNION (SELECT id::text FROM ${table} WHERE id::text = ANY($1))
           ${scoped ? `UNION (SELECT id::text FROM ${table} WHERE ${scoped}::text = ANY($1) ORDER BY id LIMIT 12)` : ''}`,
          [[...protectedIds]],
        );
        next.set(table, rows.map((r) => r.id).sort());
      }
      for (const [segment, query] of Object.entries(PATH_CODES)) {
        next.set(`path:${segment}`, (await database.queryRaw<{ id: string }>(query)).map((r) => r.id).sort());
      }
      // Coded values that are not uuids: referral reasons by their code.
      const reasons = await database.queryRaw<{ code: string }>('SELECT code FROM referral_reasons ORDER BY code');
      next.set(
        'code:reasons',
        reasons.map((r) => r.code),
      );
      // SNOMED CT codes by their id: a code to add that exists already, a reason's code.
      const snomed = (await database.queryRaw<{ code: string }>('SELECT code FROM snomed_codes ORDER BY code')).map(
        (r) => r.code,
      );
      next.set('refined:code', snomed);
      next.set('code:snomedCode', snomed);
      pools = next;
      everything = [...new Set([...next.values()].flat())];
    },
    ids: (field) => {
      if (field.startsWith('code:') || field.startsWith('refined:')) return pools.get(field) ?? [];
      const table = FIELD_TABLES[field.replace(/Ids?$/, 'Id')];
      return table ? (pools.get(table) ?? []) : everything;
    },
    pathIds: (key) => {
      const [path, param] = key.split('#') as [string, string];
      const table = poolForPath(path, param);
      if (!table) return [];
      return (pools.get(table) ?? []).filter((id) => !protectedIds.has(id));
    },
    async changesSince() {
      // Order by the bigint column, not the text alias: as text, "10000" sorts before "9999",
      // the last row read would not be the newest, and rows would be read twice.
      const rows = await database.queryRaw<Change & { id: string }>(
        'SELECT id::text AS id, tbl, op, action, request_id AS "requestId" FROM fuzz_change_log WHERE id > $1 ORDER BY fuzz_change_log.id',
        [lastChange],
      );
      const last = rows.at(-1);
      if (last) lastChange = Number(last.id);
      return rows.map(({ tbl, op, action, requestId }) => ({ tbl, op, action, requestId }));
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
  await kith.refreshIds();
  await kith.changesSince();
  return kith;
}

/**
 * Changes that are allowed on a refused request, because they are the refusal's own record:
 * 401/403 are audited as `denied` (probing must be visible), a failed or throttled sign-in
 * counts towards sign-in throttling and is audited, and a session's last-seen time is kept up to date
 * on any request. An audit event that records another request is always unexpected: every write
 * must have landed before its own request was answered.
 */
export function unexpectedChanges(changes: Change[], status: number, requestId?: string): Change[] {
  return changes.filter((c) => {
    if (c.requestId && requestId && c.requestId !== requestId) return true;
    if (c.tbl === 'sessions' && c.op === 'UPDATE') return false;
    if (c.tbl === 'audit_events' && c.action === 'denied' && (status === 401 || status === 403)) return false;
    const signInRefused = status === 401 || status === 429;
    if (signInRefused && (c.tbl === 'sign_in_throttle' || (c.tbl === 'audit_events' && c.action === 'sign_in_failed')))
      return false;
    return true;
  });
}

/** What a response must look like, whatever was sent: never 5xx; every 4xx in the one error shape. */
export function responseProblem(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return `status ${response.statusCode}: ${response.body.slice(0, 300)}`;
  if (response.statusCode < 400) return null;
  let body: unknown;
  try {
    body = response.json();
  } catch {
    return `status ${response.statusCode} with a body that is not JSON: ${response.body.slice(0, 200)}`;
  }
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return `status ${response.statusCode} not in the error shape: ${response.body.slice(0, 300)}`;
  if (typeof parsed.data.requestId !== 'string' || parsed.data.requestId === '')
    return `status ${response.statusCode} without a requestId: ${response.body.slice(0, 200)}`;
  if (parsed.data.error === 'validation' && (parsed.data.issues ?? []).length === 0)
    return `a validation error that names no field: ${response.body.slice(0, 200)}`;
  return null;
}

/**
 * The routes to fuzz, read from the OpenAPI document of an app on the shared test database
 * (test names are needed before the fuzzing database exists).
 */
export async function discoverRoutes(keep: (route: FuzzRoute) => boolean): Promise<string[]> {
  const { buildTestApp } = await import('../test-app.ts');
  const app = await buildTestApp();
  await app.ready();
  const keys = routesOf(app)
    .filter(keep)
    .map((r) => `${r.method} ${r.path}`);
  await app.close();
  return keys;
}
