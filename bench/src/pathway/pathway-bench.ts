import { DEMO_PASSWORD } from '@kith/server/modules/demo-data/demo-data.ts';
import { withBenchDatabase } from '../support/bench-database.ts';
import { BACKEND_NAMES, type Backend, POSTGRES_ADMIN_URL, progress } from '../support/bench-environment.ts';
import { postgresStatus, publishReport } from '../support/bench-report.ts';
import { prepareWithDemoData, signIn, startKithApp } from '../support/kith-app.ts';
import { describeMachine } from '../support/machine.ts';
import { probePostgres } from '../support/postgres-scratch.ts';
import { generatePcn } from './generate-pcn.ts';
import { measureIntake } from './intake-bench.ts';
import { type BackendResult, collectWarnings, type PathwayReport } from './pathway-report.ts';
import { PATHWAY_SETTINGS, RESULTS_FILE } from './pathway-settings.ts';
import { renderDatasetTable, renderHeader, renderIntakeTable, renderMemoryLine, renderReadsTable } from './pathway-tables.ts';
import { openRawSql } from './raw-sql.ts';
import { measureRead } from './read-bench.ts';

/** One engine: generate the PCN, start the real app on it, then time reads and intake against plain SQL. */
function measureBackend(backend: Backend): Promise<BackendResult> {
  return withBenchDatabase(backend, async (bench) => {
    progress(`${BACKEND_NAMES[backend]}: generating the PCN (${PATHWAY_SETTINGS.dataset.people.toLocaleString('en-GB')} people)`);
    await prepareWithDemoData(bench.database);
    // Generate on connections of their own and close them: a PostgreSQL backend that has just bulk
    // loaded the data set ran the timeline's parallel plan over twice as slowly as a fresh one, and
    // the baseline must not inherit that. (PGlite has one connection, shared by both sides anyway.)
    const loader = openRawSql(backend, bench.database, bench.url);
    const generated = await generatePcn(loader, progress).finally(() => loader.close());
    const sql = openRawSql(backend, bench.database, bench.url);
    try {
      const kith = await startKithApp(bench.database, bench.env);
      try {
        const session = await signIn(kith.origin, generated.measuredWorker.email, DEMO_PASSWORD);
        progress(`${BACKEND_NAMES[backend]}: reads (API vs plain SQL)`);
        const readContext = {
          origin: kith.origin,
          cookie: session.cookie,
          sessionToken: session.token,
          workerId: generated.measuredWorker.userId,
          pcnId: generated.pcnId,
          personId: generated.timelinePerson.id,
        };
        const reads = [
          await measureRead('caseload', readContext, sql, progress),
          await measureRead('timeline', readContext, sql, progress),
        ];
        progress(`${BACKEND_NAMES[backend]}: referral intake (autocannon vs plain INSERTs)`);
        const intake = await measureIntake(
          sql,
          {
            origin: kith.origin,
            writeHeaders: session.writeHeaders,
            workerId: generated.measuredWorker.userId,
            pcnId: generated.pcnId,
            practiceIds: generated.practiceIds,
          },
          progress,
        );
        const { pcnId: _pcn, practiceIds: _practices, measuredWorker, ...dataset } = generated;
        return { backend, dataset: { ...dataset, measuredWorkerEmail: measuredWorker.email }, reads, intake };
      } finally {
        await kith.close();
      }
    } finally {
      await sql.close();
    }
  });
}

/** Caseload and timeline latency and referral intake throughput at PCN scale, each against plain SQL. */
export async function runPathwayBench(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const probe = await probePostgres();
  const backends: Backend[] = probe.reachable ? ['pglite', 'postgres'] : ['pglite'];
  if (!probe.reachable) {
    progress(`\n!!! PostgreSQL SKIPPED: ${POSTGRES_ADMIN_URL} is not reachable (${probe.reason}); only PGlite is measured !!!\n`);
  }

  const results: BackendResult[] = [];
  for (const backend of backends) results.push(await measureBackend(backend));

  const report: PathwayReport = {
    benchmark: 'pathway',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    postgres: postgresStatus(probe),
    settings: { ...PATHWAY_SETTINGS, postgresAdminUrl: POSTGRES_ADMIN_URL },
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
    renderIntakeTable(report),
    renderMemoryLine(report),
  ]);
}
