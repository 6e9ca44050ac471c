import { DEMO_PASSWORD } from '@kith/server/modules/demo-data/demo-data.ts';
import { ukToday } from '@kith/shared';
import { generatePcn } from '../pathway/generate-pcn.ts';
import { PATHWAY_SETTINGS } from '../pathway/pathway-settings.ts';
import { openRawSql } from '../pathway/raw-sql.ts';
import { withBenchDatabase } from '../support/bench-database.ts';
import { BACKEND_NAMES, type Backend, POSTGRES_ADMIN_URL, progress } from '../support/bench-environment.ts';
import { postgresStatus, publishReport } from '../support/bench-report.ts';
import { prepareWithDemoData, signIn, startKithApp } from '../support/kith-app.ts';
import { describeMachine } from '../support/machine.ts';
import { probePostgres } from '../support/postgres-scratch.ts';
import { type DashboardComparison, measureDashboard } from './dashboard-bench.ts';
import { measureFanOut } from './fan-out-bench.ts';
import { addWorkingDay } from './working-day-data.ts';
import { renderWorkingDay, type WorkingDayBackendResult, type WorkingDayReport } from './working-day-report.ts';
import { RESULTS_FILE, WORKING_DAY_SETTINGS } from './working-day-settings.ts';

const warnings: string[] = [];

/** One engine: the pathway PCN plus the worker's tasks and appointments, then fan-out and the dashboard. */
function measureBackend(backend: Backend): Promise<WorkingDayBackendResult> {
  return withBenchDatabase(backend, async (bench) => {
    const name = BACKEND_NAMES[backend];
    progress(`${name}: generating the PCN (${PATHWAY_SETTINGS.dataset.people.toLocaleString('en-GB')} people)`);
    await prepareWithDemoData(bench.database);
    // As the pathway bench: load on connections of their own, closed before measuring.
    const loader = openRawSql(backend, bench.database, bench.url);
    const generated = await generatePcn(loader, progress).finally(() => loader.close());
    const workerId = generated.measuredWorker.userId;
    const sql = openRawSql(backend, bench.database, bench.url);
    try {
      const added = await addWorkingDay(sql, workerId, generated.pcnId, ukToday());
      await sql.query('ANALYZE worker_tasks');
      await sql.query('ANALYZE appointments');
      const kith = await startKithApp(bench.database, bench.env);
      try {
        progress(
          `${name}: notification fan-out (${WORKING_DAY_SETTINGS.fanOut.events} events × ${WORKING_DAY_SETTINGS.fanOut.rounds} rounds a side)`,
        );
        const fanOut = await measureFanOut(bench.database, sql, generated.pcnId, progress);
        progress(`${name}: GET /api/dashboard vs plain SQL`);
        let dashboard: DashboardComparison | null = null;
        try {
          const session = await signIn(kith.origin, generated.measuredWorker.email, DEMO_PASSWORD);
          dashboard = await measureDashboard(
            { origin: kith.origin, cookie: session.cookie, sessionToken: session.token, workerId, pcnId: generated.pcnId },
            sql,
            progress,
          );
        } catch (error) {
          warnings.push(`${name}: dashboard NOT measured: ${error instanceof Error ? error.message : String(error)}`);
        }
        const { counts, generationSeconds } = generated;
        return {
          backend,
          dataset: {
            people: counts.people,
            referrals: counts.referrals,
            measuredCaseload: counts.measuredCaseload,
            generationSeconds,
            added,
          },
          fanOut,
          dashboard,
        };
      } finally {
        await kith.close();
      }
    } finally {
      await sql.close();
    }
  });
}

/** Notification fan-out vs bare inserts, and the link worker dashboard vs plain SQL, on both databases. */
export async function runWorkingDayBench(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const probe = await probePostgres();
  const backends: Backend[] = probe.reachable ? ['pglite', 'postgres'] : ['pglite'];
  if (!probe.reachable) {
    const line = `PostgreSQL SKIPPED: ${POSTGRES_ADMIN_URL} is not reachable (${probe.reason}); only PGlite is measured`;
    warnings.push(line);
    progress(`\n!!! ${line} !!!\n`);
  }
  if (PATHWAY_SETTINGS.dataset.people < 50_000) {
    warnings.push(`KITH_BENCH_PEOPLE=${PATHWAY_SETTINGS.dataset.people}: below the issue's PCN scale (50,000 people)`);
  }

  const results: WorkingDayBackendResult[] = [];
  for (const backend of backends) results.push(await measureBackend(backend));

  const report: WorkingDayReport = {
    benchmark: 'working-day',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    postgres: postgresStatus(probe),
    settings: { ...WORKING_DAY_SETTINGS, people: PATHWAY_SETTINGS.dataset.people, postgresAdminUrl: POSTGRES_ADMIN_URL },
    backends: results,
    memory: { benchProcessMaxRssKb: process.resourceUsage().maxRSS },
    warnings,
  };
  for (const result of results) {
    const ratio = result.dashboard?.ratio.p50;
    if (ratio !== undefined && ratio !== null && ratio > WORKING_DAY_SETTINGS.dashboard.goalRatio) {
      warnings.push(
        `${BACKEND_NAMES[result.backend]}: dashboard p50 ×${ratio} misses the goal of ≤ ${WORKING_DAY_SETTINGS.dashboard.goalRatio}×`,
      );
    }
  }
  await publishReport(RESULTS_FILE, report, renderWorkingDay(report));
  // Fail the run (after printing what was measured) when a dashboard disagreed or could not be read.
  const unmeasured = results.filter((result) => result.dashboard === null).map((result) => BACKEND_NAMES[result.backend]);
  if (unmeasured.length > 0)
    throw new Error(`the dashboard was not measured on ${unmeasured.join(', ')}: see the warnings above`);
}
