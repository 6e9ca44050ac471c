import { withBenchDatabase } from '../support/bench-database.ts';
import { BACKEND_NAMES, type Backend, POSTGRES_ADMIN_URL, progress } from '../support/bench-environment.ts';
import { postgresStatus, publishReport } from '../support/bench-report.ts';
import { prepareWithDemoData } from '../support/kith-app.ts';
import { describeMachine } from '../support/machine.ts';
import { probePostgres } from '../support/postgres-scratch.ts';
import { measureDeliveryLatency } from './delivery-latency-bench.ts';
import { measureDocumentThroughput } from './document-throughput-bench.ts';
import { type GpRecordBackendResult, type GpRecordReport, renderGpRecord } from './gp-record-report.ts';
import { GP_RECORD_SETTINGS, RESULTS_FILE } from './gp-record-settings.ts';

const warnings: string[] = [];

/** One engine: the demo data, discharge cases at a practice with a mailbox, then discharge → delivered. */
function measureBackend(backend: Backend): Promise<GpRecordBackendResult> {
  return withBenchDatabase(backend, async (bench) => {
    progress(`${BACKEND_NAMES[backend]}: demo data and discharge cases`);
    await prepareWithDemoData(bench.database);
    try {
      return { backend, delivery: await measureDeliveryLatency(bench, progress) };
    } catch (error) {
      warnings.push(
        `${BACKEND_NAMES[backend]}: discharge → delivered NOT measured: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { backend, delivery: null };
    }
  });
}

/** GP documents per second (built, validated, sent) vs built alone; discharge → delivered through the jobs, per database. */
export async function runGpRecordBench(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const probe = await probePostgres();
  let backends: Backend[] = [...GP_RECORD_SETTINGS.delivery.databases];
  if (!probe.reachable && backends.includes('postgres')) {
    const line = `PostgreSQL SKIPPED: ${POSTGRES_ADMIN_URL} is not reachable (${probe.reason}); only PGlite is measured`;
    warnings.push(line);
    progress(`\n!!! ${line} !!!\n`);
    backends = backends.filter((backend) => backend !== 'postgres');
  }

  const documents = await measureDocumentThroughput(progress);
  const results: GpRecordBackendResult[] = [];
  for (const backend of backends) results.push(await measureBackend(backend));

  for (const { backend, delivery } of results) {
    if (delivery === null) continue;
    const { messages, acknowledged, valid } = delivery.practiceInbox;
    // One untimed discharge per side as well as the timed ones.
    const expected = 2 * delivery.discharges + 2;
    if (messages !== expected || acknowledged !== expected || valid !== expected) {
      warnings.push(
        `${BACKEND_NAMES[backend]}: the practice's mailbox holds ${messages} messages (${acknowledged} acknowledged, ${valid} valid); expected ${expected} of each`,
      );
    }
    if (delivery.jobWarnings > 0)
      warnings.push(`${BACKEND_NAMES[backend]}: the job worker reported ${delivery.jobWarnings} failures`);
  }

  const report: GpRecordReport = {
    benchmark: 'gp-record',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    postgres: postgresStatus(probe),
    settings: { ...GP_RECORD_SETTINGS, postgresAdminUrl: POSTGRES_ADMIN_URL },
    documents,
    backends: results,
    memory: { benchProcessMaxRssKb: process.resourceUsage().maxRSS },
    warnings,
  };
  await publishReport(RESULTS_FILE, report, renderGpRecord(report));
  const unmeasured = results.filter((result) => result.delivery === null).map((result) => BACKEND_NAMES[result.backend]);
  if (unmeasured.length > 0)
    throw new Error(`discharge → delivered was not measured on ${unmeasured.join(', ')}: see the warnings above`);
}
