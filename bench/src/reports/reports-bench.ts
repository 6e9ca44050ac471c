import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '@kith/server/db/client.ts';
import { migrateDatabase } from '@kith/server/db/migrate.ts';
import { DEMO_PASSWORD } from '@kith/server/modules/demo-data/demo-data.ts';
import { hashPassword } from '@kith/server/modules/session/password-hasher.ts';
import { type GeneratedData, generateSyntheticData } from '@kith/server/modules/synthetic-data/synthetic-generator.ts';
import { openRawSql } from '../pathway/raw-sql.ts';
import { BACKEND_NAMES, type Backend, POSTGRES_ADMIN_URL, progress } from '../support/bench-environment.ts';
import { postgresStatus, publishReport } from '../support/bench-report.ts';
import { signIn, startKithApp } from '../support/kith-app.ts';
import { describeMachine } from '../support/machine.ts';
import { createScratchDatabase, probePostgres } from '../support/postgres-scratch.ts';
import { type Caller, timeReports } from './report-timing.ts';
import { type BackendResult, collectWarnings, type ReportsReport } from './reports-report.ts';
import { RESULTS_FILE, type ReportsBenchSettings, reportsBenchSettings } from './reports-settings.ts';
import { renderGenerationTable, renderHeader, renderReportsTable } from './reports-tables.ts';

interface OpenedDatabase {
  database: Database;
  env: Record<string, string>;
  url: string | null;
  /** What the embedded database is kept in, or the scratch database's name. */
  where: string;
  dispose(): Promise<void>;
}

/**
 * A fresh database for one engine: PGlite in a temporary data folder (as `npm start` keeps it,
 * and so an ICB-sized data set is not held in memory), or a scratch PostgreSQL database.
 */
async function openFresh(backend: Backend): Promise<OpenedDatabase> {
  if (backend === 'pglite') {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kith-bench-reports-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: folder });
    return {
      database,
      env: {},
      url: null,
      where: `data folder ${folder}`,
      dispose: async () => {
        await database.close();
        await rm(folder, { recursive: true, force: true });
      },
    };
  }
  const scratch = await createScratchDatabase();
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  return {
    database,
    env: { DATABASE_URL: scratch.url },
    url: scratch.url,
    where: `database ${scratch.name}`,
    dispose: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** Generates the preset, timed, then what the database would soon do by itself. */
async function generate(opened: OpenedDatabase, backend: Backend, settings: ReportsBenchSettings): Promise<GeneratedData> {
  const name = BACKEND_NAMES[backend];
  let lastTenth = -1;
  const generated = await generateSyntheticData(opened.database.db, {
    preset: settings.preset,
    scale: settings.scale,
    seed: settings.seed,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    progress: (done, total) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastTenth)
        progress(`  ${name}: generated ${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} rows`);
      lastTenth = tenth;
    },
  });
  progress(`  ${name}: generated in ${generated.seconds.total} s`);
  return generated;
}

async function measureBackend(backend: Backend, settings: ReportsBenchSettings): Promise<BackendResult> {
  const name = BACKEND_NAMES[backend];
  const opened = await openFresh(backend);
  try {
    progress(`${name}: migrating a fresh ${opened.where}`);
    await migrateDatabase(opened.database);
    let generated: GeneratedData;
    try {
      generated = await generate(opened, backend, settings);
    } catch (error) {
      const message =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      progress(`  ${name}: generation FAILED: ${message}`);
      return {
        backend,
        where: opened.where,
        generation: null,
        generationError: message.slice(0, 2000),
        vacuumSeconds: null,
        reports: [],
      };
    }
    // PostgreSQL's autovacuum would soon vacuum tables this size (the generator has already run
    // ANALYZE on both); doing it now keeps it out of the measurements and sets the visibility map.
    let vacuumSeconds: number | null = null;
    if (backend === 'postgres') {
      const started = performance.now();
      await opened.database.execRaw('VACUUM ANALYZE');
      vacuumSeconds = Math.round((performance.now() - started) / 100) / 10;
    }
    const sql = openRawSql(backend, opened.database, opened.url);
    const kith = await startKithApp(opened.database, opened.env);
    try {
      const emailOf = (role: string) => generated.signIns.find((s) => s.role === role)?.email ?? '';
      const firstPcn = generated.pcnIds.slice(0, 1);
      const callers: Caller[] = [
        {
          role: 'commissioner',
          cookie: (await signIn(kith.origin, emailOf('commissioner'), DEMO_PASSWORD)).cookie,
          pcnIds: generated.pcnIds,
        },
        {
          role: 'pcn_manager',
          cookie: (await signIn(kith.origin, emailOf('pcn_manager'), DEMO_PASSWORD)).cookie,
          pcnIds: firstPcn,
        },
      ];
      progress(`${name}: timing each report as a commissioner of the ICB and as the manager of one PCN`);
      const reports = await timeReports(kith.origin, callers, sql, settings.timing, progress);
      const { preset, signIns: _signIns, ...rest } = generated;
      return {
        backend,
        where: opened.where,
        generation: { ...rest, preset: preset.name },
        generationError: null,
        vacuumSeconds,
        reports,
      };
    } finally {
      await kith.close();
      await sql.close();
    }
  } finally {
    await opened.dispose();
  }
}

/** Generation time per database, then each report's p50/p95 against two plain-SQL baselines. */
export async function runReportsBench(args: string[]): Promise<void> {
  const settings = reportsBenchSettings(args);
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const probe = await probePostgres();
  let backends = settings.databases;
  if (!probe.reachable && backends.includes('postgres')) {
    progress(`\n!!! PostgreSQL SKIPPED: ${POSTGRES_ADMIN_URL} is not reachable (${probe.reason}); only PGlite is measured !!!\n`);
    backends = backends.filter((b) => b !== 'postgres');
  }
  const results: BackendResult[] = [];
  for (const backend of backends) results.push(await measureBackend(backend, settings));

  const report: ReportsReport = {
    benchmark: 'reports',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    postgres: postgresStatus(probe),
    settings: { ...settings, postgresAdminUrl: POSTGRES_ADMIN_URL },
    backends: results,
    memory: { benchProcessMaxRssKb: process.resourceUsage().maxRSS },
    warnings: [],
  };
  report.warnings = collectWarnings(report);
  await publishReport(RESULTS_FILE, report, [renderHeader(report), renderGenerationTable(report), renderReportsTable(report)]);
}
