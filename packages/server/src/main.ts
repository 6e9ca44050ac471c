import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { migrateDatabase, refreshPlannerStatistics } from './db/migrate.ts';
import { startMetricsServer } from './http/metrics-server.ts';
import { kithJobHandlers } from './jobs/job-handlers.ts';
import { startJobWorker } from './jobs/job-worker.ts';
import { DEMO_PASSWORD, DEMO_USERS, isEmpty, loadDemoData } from './modules/demo-data/demo-data.ts';
import { ensureGpDocumentPoll } from './modules/gp-record/gp-document-poll-job.ts';
import { ensureDueScanJob } from './modules/notifications/due-scan-job.ts';
import { ensureNotificationDigestJob } from './modules/notifications/notification-digest-job.ts';
import { ensureAppointmentReminderScan } from './modules/person-messages/appointment-message-jobs.ts';
import { ensureCaseloadAlertJob } from './modules/reports/pressure/caseload-alert-job.ts';
import { purgeExpiredSessions } from './modules/session/session-service.ts';

/** Entry point: config → database → migrations → demo data → listen; graceful shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await migrateDatabase(database);
  let demoLoaded = false;
  if (config.demoData && (await isEmpty(database.db))) {
    await loadDemoData(database.db, { config });
    demoLoaded = true;
  }

  const app = await buildApp({ config, database });
  await refreshPlannerStatistics(database);
  const housekeeping = setInterval(() => {
    purgeExpiredSessions(database.db, app.kith.sessionPolicy).catch((err) => app.log.error({ err }, 'session purge failed'));
    refreshPlannerStatistics(database).catch((err) => app.log.error({ err }, 'ANALYZE failed'));
  }, 15 * 60_000);
  housekeeping.unref();
  // Reminders and other deferred work, from the jobs table (docs/adr/0007-job-queue.md). The
  // daily caseload alert check queues the next day's itself; this starts the chain.
  await ensureCaseloadAlertJob(database.db);
  await ensureAppointmentReminderScan(database.db);
  await ensureNotificationDigestJob(database.db);
  await ensureDueScanJob(database.db, config.supervision);
  // Following sent GP documents until the practice acknowledges them needs MESH.
  if (config.mesh.url) await ensureGpDocumentPoll(database.db);
  const jobWorker = startJobWorker(
    database,
    kithJobHandlers(config.email, config.notify, config.mesh),
    config.jobs.pollSeconds,
    app.log,
  );

  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    clearInterval(housekeeping);
    try {
      metricsServer?.close();
      await app.close();
      // Let a job in progress finish its transaction before the database goes away.
      await jobWorker.stop();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  // KITH_METRICS_PORT: metrics on a loopback-only port too (docs/operations.md#metrics).
  const metricsPort = config.metrics.port;
  if (app.metrics && metricsPort) metricsServer = await startMetricsServer(app.metrics, metricsPort, app.log);
  const where =
    database.kind === 'pglite'
      ? `embedded PGlite in ${config.database.kind === 'pglite' ? config.database.dataDir : ''}`
      : 'PostgreSQL';
  const lines = [
    ``,
    `Kith is running at http://localhost:${config.port}  (database: ${where})`,
    `API docs: http://localhost:${config.port}/api/docs`,
  ];
  if (metricsServer) lines.push(`Metrics: http://127.0.0.1:${metricsPort}/metrics`);
  if (config.demoData) {
    lines.push(demoLoaded ? 'Demo data loaded. Demo sign-ins:' : 'Demo sign-ins (if you kept the demo data):');
    for (const user of DEMO_USERS) lines.push(`  ${user.role.padEnd(14)} ${user.email}`);
    lines.push(`  password for all: ${DEMO_PASSWORD}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(
      `\nKith could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n`,
    );
  }
  process.exit(1);
});
