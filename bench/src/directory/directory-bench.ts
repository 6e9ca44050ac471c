import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS } from '@kith/server/modules/demo-data/demo-data.ts';
import { openRawSql } from '../pathway/raw-sql.ts';
import { withBenchDatabase } from '../support/bench-database.ts';
import { BACKEND_NAMES, type Backend, POSTGRES_ADMIN_URL, progress } from '../support/bench-environment.ts';
import { postgresStatus, publishReport } from '../support/bench-report.ts';
import { prepareWithDemoData, signIn, startKithApp } from '../support/kith-app.ts';
import { describeMachine } from '../support/machine.ts';
import { probePostgres } from '../support/postgres-scratch.ts';
import { roundTo } from '../support/statistics.ts';
import { type BackendResult, collectWarnings, type DirectoryReport } from './directory-report.ts';
import { DIRECTORY_SETTINGS, ISSUE_LOCATIONS, ISSUE_SERVICES, RESULTS_FILE } from './directory-settings.ts';
import { renderDatasetTable, renderHeader, renderImportTable, renderMemoryLine, renderReadsTable } from './directory-tables.ts';
import { generateDirectory } from './generate-directory.ts';
import { measureImport } from './import-bench.ts';
import { measureOruk } from './oruk-bench.ts';
import { writeOrukFile } from './oruk-import-file.ts';
import { measureSearch } from './search-bench.ts';

/** The demo link worker: the measured searcher. */
const LINK_WORKER = DEMO_USERS.find((user) => user.role === 'link_worker');

/** One engine: generate the directory, time search and the ORUK feed against plain SQL; then the import, on a fresh database. */
async function measureBackend(backend: Backend, importFile: string): Promise<BackendResult> {
  if (!LINK_WORKER) throw new Error('the demo data has no link worker');
  const worker = LINK_WORKER;
  const reads = await withBenchDatabase(backend, async (bench) => {
    progress(
      `${BACKEND_NAMES[backend]}: generating the directory (${DIRECTORY_SETTINGS.dataset.services.toLocaleString('en-GB')} services)`,
    );
    await prepareWithDemoData(bench.database);
    // Generate on connections of their own and close them, so neither side inherits a backend
    // that has just bulk-loaded (PGlite has one connection, shared by both sides anyway).
    const loader = openRawSql(backend, bench.database, bench.url);
    const dataset = await generateDirectory(loader, progress).finally(() => loader.close());
    const sql = openRawSql(backend, bench.database, bench.url);
    try {
      const kith = await startKithApp(bench.database, bench.env);
      try {
        const session = await signIn(kith.origin, worker.email, DEMO_PASSWORD);
        progress(`${BACKEND_NAMES[backend]}: search (API vs plain SQL)`);
        const search = await measureSearch(
          {
            origin: kith.origin,
            cookie: session.cookie,
            sessionToken: session.token,
            staleAfterMonths: kith.app.kith.config.directory.staleAfterMonths,
          },
          sql,
          progress,
        );
        progress(`${BACKEND_NAMES[backend]}: ORUK services feed (API vs plain SQL)`);
        const oruk = await measureOruk(kith.origin, sql, progress);
        return { dataset, search, oruk };
      } finally {
        await kith.close();
      }
    } finally {
      await sql.close();
    }
  });
  progress(`${BACKEND_NAMES[backend]}: import of the ORUK file (import use case vs plain bulk load)`);
  const imported = await withBenchDatabase(backend, async (bench) => {
    await prepareWithDemoData(bench.database);
    return measureImport(bench, importFile, progress);
  });
  return { backend, ...reads, import: imported };
}

/** Directory search and the ORUK feed at the issue's scale, and the ORUK import rate, each against plain SQL. */
export async function runDirectoryBench(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const probe = await probePostgres();
  const backends: Backend[] = probe.reachable ? ['pglite', 'postgres'] : ['pglite'];
  if (!probe.reachable) {
    progress(`\n!!! PostgreSQL SKIPPED: ${POSTGRES_ADMIN_URL} is not reachable (${probe.reason}); only PGlite is measured !!!\n`);
  }

  const { services } = DIRECTORY_SETTINGS.importFile;
  if (DIRECTORY_SETTINGS.dataset.services < ISSUE_SERVICES) {
    progress(
      `\n!!! KITH_BENCH_SERVICES=${DIRECTORY_SETTINGS.dataset.services}: below the issue's scale (${ISSUE_SERVICES.toLocaleString('en-GB')} services, ` +
        `${ISSUE_LOCATIONS.toLocaleString('en-GB')} locations) — a trial run, not the figures the issue asks for !!!\n`,
    );
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'kith-bench-directory-'));
  const results: BackendResult[] = [];
  let importFile: DirectoryReport['importFile'];
  try {
    const file = path.join(folder, 'services.ndjson');
    const writeStarted = performance.now();
    const { bytes } = await writeOrukFile(file, services, DIRECTORY_SETTINGS.dataset.organisations);
    importFile = { services, records: services, bytes, writeSeconds: roundTo((performance.now() - writeStarted) / 1000, 1) };
    progress(
      `ORUK file: ${services.toLocaleString('en-GB')} services, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${importFile.writeSeconds} s`,
    );
    for (const backend of backends) results.push(await measureBackend(backend, file));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  const report: DirectoryReport = {
    benchmark: 'directory',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    postgres: postgresStatus(probe),
    settings: { ...DIRECTORY_SETTINGS, postgresAdminUrl: POSTGRES_ADMIN_URL },
    importFile,
    backends: results,
    // maxRSS is in kilobytes.
    memory: { benchProcessMaxRssKb: process.resourceUsage().maxRSS },
    warnings: [],
  };
  report.warnings = collectWarnings(report, POSTGRES_ADMIN_URL);

  await publishReport(RESULTS_FILE, report, [
    renderHeader(report),
    renderDatasetTable(report),
    renderReadsTable(report),
    renderImportTable(report),
    renderMemoryLine(report),
  ]);
}
