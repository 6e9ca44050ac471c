import { GP_DOCUMENT_STATES, MESSAGE_CHANNELS, PERSON_MESSAGE_STATUSES } from '@kith/shared';
import pg from 'pg';
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/client.ts';

/**
 * Gauges read from the database when Prometheus scrapes, so they are right on every app server
 * and after a restart: the job queue (work waiting and dead letters) and outbound messages by
 * state (email outbox, GOV.UK Notify, MESH). One grouped query per table; see
 * docs/operations.md#metrics for what each costs. Counts only, never a row's content.
 */

interface CountRow {
  count: number;
}
type JobRow = CountRow & { kind: string; state: string };
type StateRow = CountRow & { state: string };
type MessageRow = StateRow & { channel: string };

/**
 * Jobs not yet completed, by kind and state. The partial index `jobs_due_idx` covers exactly
 * these rows; completed jobs (most of the table) are never read.
 */
const JOB_STATES_SQL = `
  SELECT kind,
         CASE WHEN attempts >= max_attempts THEN 'failed'
              WHEN locked_until > now() THEN 'running'
              WHEN last_error IS NOT NULL THEN 'retrying'
              WHEN run_at <= now() THEN 'due'
              ELSE 'scheduled' END AS state,
         count(*)::int AS count
    FROM jobs
   WHERE completed_at IS NULL
   GROUP BY 1, 2`;

const OUTBOX_STATES_SQL = `
  SELECT CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN error IS NOT NULL THEN 'failed' ELSE 'waiting' END AS state,
         count(*)::int AS count
    FROM outbox_emails
   GROUP BY 1`;

const PERSON_MESSAGE_STATES_SQL = `
  SELECT channel::text AS channel, status::text AS state, count(*)::int AS count FROM person_messages GROUP BY 1, 2`;

const GP_DOCUMENT_STATES_SQL = `SELECT state::text AS state, count(*)::int AS count FROM gp_documents GROUP BY 1`;

const OUTBOX_STATES = ['waiting', 'sent', 'failed'] as const;

interface Snapshot {
  jobs: JobRow[];
  outbox: StateRow[];
  personMessages: MessageRow[];
  gpDocuments: StateRow[];
}

/** Registers the database-backed gauges; returns what refreshes them before each scrape. */
export function databaseGauges(registry: Registry, database: Database): { refresh(): Promise<void> } {
  const registers = [registry];
  const jobDepth = new Gauge({
    name: 'kith_job_queue_depth',
    help: 'Jobs waiting or running, by job kind and state (due, scheduled, running, retrying)',
    labelNames: ['kind', 'state'],
    registers,
  });
  const jobsFailed = new Gauge({
    name: 'kith_jobs_failed',
    help: 'Jobs out of attempts and left in the table with their last error (dead letters), by job kind',
    labelNames: ['kind'],
    registers,
  });
  const outbox = new Gauge({
    name: 'kith_outbox_emails',
    help: 'Emails in the outbox by state: waiting (unsent, or no SMTP configured), sent, failed',
    labelNames: ['state'],
    registers,
  });
  const personMessages = new Gauge({
    name: 'kith_person_messages',
    help: 'Texts and emails to people through GOV.UK Notify, by channel and status',
    labelNames: ['channel', 'state'],
    registers,
  });
  const gpDocuments = new Gauge({
    name: 'kith_gp_documents',
    help: 'Messages back to GP records (MESH), by state',
    labelNames: ['state'],
    registers,
  });
  poolGauges(registry, database);

  // Two scrapes at once share one round of queries.
  let inFlight: Promise<Snapshot> | null = null;
  const read = (): Promise<Snapshot> => {
    inFlight ??= readSnapshot(database).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    async refresh() {
      const snapshot = await read();
      jobDepth.reset();
      jobsFailed.reset();
      for (const row of snapshot.jobs) {
        if (row.state === 'failed') jobsFailed.inc({ kind: row.kind }, row.count);
        else jobDepth.inc({ kind: row.kind, state: row.state }, row.count);
      }
      // Every known state is present, at 0 when there are none, so `> 0` alerts need no `absent()`.
      setByState(outbox, OUTBOX_STATES, snapshot.outbox);
      setByState(gpDocuments, GP_DOCUMENT_STATES, snapshot.gpDocuments);
      personMessages.reset();
      for (const channel of MESSAGE_CHANNELS) {
        for (const state of PERSON_MESSAGE_STATUSES) personMessages.set({ channel, state }, 0);
      }
      for (const row of snapshot.personMessages) personMessages.set({ channel: row.channel, state: row.state }, row.count);
    },
  };
}

async function readSnapshot(database: Database): Promise<Snapshot> {
  const [jobs, outbox, personMessages, gpDocuments] = await Promise.all([
    database.queryRaw<JobRow>(JOB_STATES_SQL),
    database.queryRaw<StateRow>(OUTBOX_STATES_SQL),
    database.queryRaw<MessageRow>(PERSON_MESSAGE_STATES_SQL),
    database.queryRaw<StateRow>(GP_DOCUMENT_STATES_SQL),
  ]);
  return { jobs, outbox, personMessages, gpDocuments };
}

function setByState(gauge: Gauge<'state'>, states: readonly string[], rows: StateRow[]): void {
  gauge.reset();
  for (const state of states) gauge.set({ state }, 0);
  for (const row of rows) gauge.set({ state: row.state }, row.count);
}

/**
 * The PostgreSQL connection pool (node-postgres). PGlite is one in-process connection with no
 * pool, so nothing is reported for it: a constant would only look like information.
 */
function poolGauges(registry: Registry, database: Database): void {
  const client = (database.db as unknown as { $client?: unknown }).$client;
  if (database.kind !== 'postgres' || !(client instanceof pg.Pool)) return;
  const pool = client;
  const registers = [registry];
  new Gauge({
    name: 'kith_db_pool_connections',
    help: 'PostgreSQL pool connections by state (in_use, idle)',
    labelNames: ['state'],
    registers,
    collect() {
      this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
      this.set({ state: 'idle' }, pool.idleCount);
    },
  });
  new Gauge({
    name: 'kith_db_pool_max_connections',
    help: 'The most connections the PostgreSQL pool opens',
    registers,
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });
  new Gauge({
    name: 'kith_db_pool_waiting_requests',
    help: 'Queries waiting for a free PostgreSQL pool connection (above 0 for long: the pool is too small)',
    registers,
    collect() {
      this.set(pool.waitingCount);
    },
  });
}
