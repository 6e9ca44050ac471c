import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { authHooks } from './http/auth-hooks.ts';
import { errorHandler } from './http/error-handler.ts';
import type { KithApp } from './http/kith-app.ts';
import { logSerializers, scrubLogArguments } from './http/log-safety.ts';
import { metrics } from './http/metrics.ts';
import { openApi } from './http/openapi.ts';
import { frameworkErrors, requestGuards } from './http/request-guards.ts';
import { DebugLevelRequestLog } from './http/request-log.ts';
import { security } from './http/security.ts';
import { webApp } from './http/web-app.ts';
import { orukRoutes } from './interop/oruk/feed/oruk-routes.ts';
import { orukImportRoutes } from './interop/oruk/import/oruk-import-routes.ts';
import { appointmentRoutes } from './modules/appointments/appointment-routes.ts';
import { calendarFeedRoutes } from './modules/appointments/calendar-feed-routes.ts';
import { auditRoutes } from './modules/audit/audit-routes.ts';
import { careRoutes } from './modules/care/care-routes.ts';
import { healthcareUseRoutes } from './modules/care/healthcare-use/healthcare-use-routes.ts';
import { caseloadRoutes } from './modules/caseload/caseload-routes.ts';
import { commentRoutes } from './modules/community/comments/comment-routes.ts';
import { eventRoutes } from './modules/community/events/event-routes.ts';
import { memberRoutes } from './modules/community/members/member-routes.ts';
import { postRoutes } from './modules/community/posts/post-routes.ts';
import { resourceRoutes } from './modules/community/resources/resource-routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard-routes.ts';
import { directoryOrganisationRoutes } from './modules/directory/directory-organisation-routes.ts';
import { directoryRoutes } from './modules/directory/directory-routes.ts';
import { taxonomyRoutes } from './modules/directory/taxonomy-routes.ts';
import { gpRecordRoutes } from './modules/gp-record/gp-record-routes.ts';
import { registerPracticeMailboxRoutes } from './modules/gp-record/practice-mailboxes/practice-mailbox-routes.ts';
import { registerSnomedCodeRoutes } from './modules/gp-record/snomed-codes/snomed-code-routes.ts';
import { healthRoutes } from './modules/health/health-routes.ts';
import { checklistRoutes } from './modules/implementation-checklist/checklist-routes.ts';
import { learningRoutes } from './modules/learning/learning-routes.ts';
import { letterRoutes } from './modules/letters/letter-routes.ts';
import { notificationRoutes } from './modules/notifications/notification-routes.ts';
import { onwardReferralRoutes } from './modules/onward-referrals/onward-referral-routes.ts';
import { organisationRoutes } from './modules/organisations/organisation-routes.ts';
import { outboxRoutes } from './modules/outbox/outbox-routes.ts';
import { personRoutes } from './modules/people/person-routes.ts';
import { personMessageRoutes } from './modules/person-messages/person-message-routes.ts';
import { pulseRoutes } from './modules/pulse/pulse-routes.ts';
import { referralImportRoutes } from './modules/referral-import/referral-import-routes.ts';
import { referralRoutes } from './modules/referrals/referral-routes.ts';
import { reportRoutes } from './modules/reports/report-routes.ts';
import { reportSettingsRoutes } from './modules/reports/settings/report-settings-routes.ts';
import { safeguardingRoutes } from './modules/safeguarding/safeguarding-routes.ts';
import { selfReferralRoutes } from './modules/self-referral/self-referral-routes.ts';
import { sessionRoutes } from './modules/session/session-routes.ts';
import type { SessionPolicy } from './modules/session/session-service.ts';
import { supervisionRoutes } from './modules/supervision/supervision-routes.ts';
import { taskRoutes } from './modules/tasks/task-routes.ts';
import { unmetNeedRoutes } from './modules/unmet-needs/unmet-need-routes.ts';
import { userRoutes } from './modules/users/user-routes.ts';
import { workforceRoutes } from './modules/workforce/workforce-routes.ts';

export type { KithApp } from './http/kith-app.ts';

/** Where pino writes log lines (a file, stdout, or a test's in-memory capture). */
export interface LogStream {
  write(line: string): void;
}

export interface BuildAppOptions {
  config: Config;
  database: Database;
  /** Pino logger options (merged over Kith's); tests pass `false`. */
  logger?: boolean | object;
  /** Where the log goes instead of stdout: tests capture it to prove it holds no personal data. */
  logStream?: LogStream;
}

export function sessionPolicyFrom(config: Config): SessionPolicy {
  return {
    idleMinutes: config.session.idleMinutes,
    absoluteHours: config.session.absoluteHours,
    throttle: config.signIn,
  };
}

/**
 * Structured JSON logs (for log shippers) with cookies and CSRF tokens redacted; readable lines
 * when a developer runs Kith in a terminal. Whatever the options, the serializers keep personal
 * data out: requests by route pattern, errors without messages or values (http/log-safety.ts).
 */
function loggerOptions(config: Config, logger: BuildAppOptions['logger'], stream?: LogStream): false | object {
  if (logger === false) return false;
  const pretty = config.env === 'development' && process.stdout.isTTY && !stream;
  return {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
    ...(typeof logger === 'object' ? logger : {}),
    ...(stream ? { stream } : {}),
    serializers: logSerializers,
    hooks: { logMethod: scrubLogArguments },
  };
}

/** Builds the Fastify app without listening: what `main.ts`, tests and benchmarks use. */
export async function buildApp({ config, database, logger, logStream }: BuildAppOptions): Promise<KithApp> {
  const app = Fastify({
    logger: loggerOptions(config, logger, logStream),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    // A line per request only at KITH_LOG_LEVEL=debug: the terminal stays readable (http/request-log.ts).
    logController: new DebugLevelRequestLog(),
    // Finish in-flight requests on close, but stop accepting new keep-alive ones.
    forceCloseConnections: 'idle',
    // URL errors Fastify finds before routing answer in Kith's error shape too.
    frameworkErrors,
  }).withTypeProvider() as unknown as KithApp;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('kith', { config, database, sessionPolicy: sessionPolicyFrom(config) });

  await app.register(errorHandler);
  await app.register(requestGuards);
  await app.register(security);
  await app.register(cookie);
  await app.register(authHooks);
  await app.register(openApi);
  // Before the routes, so its request timing covers every one of them.
  await app.register(metrics);

  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(organisationRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(personRoutes);
  await app.register(personMessageRoutes);
  await app.register(referralRoutes);
  await app.register(selfReferralRoutes);
  await app.register(referralImportRoutes);
  await app.register(caseloadRoutes);
  await app.register(appointmentRoutes);
  await app.register(calendarFeedRoutes);
  await app.register(careRoutes);
  await app.register(healthcareUseRoutes);
  await app.register(letterRoutes);
  await app.register(safeguardingRoutes);
  await app.register(directoryRoutes);
  await app.register(directoryOrganisationRoutes);
  await app.register(taxonomyRoutes);
  await app.register(orukImportRoutes);
  await app.register(onwardReferralRoutes);
  await app.register(unmetNeedRoutes);
  await app.register(notificationRoutes);
  await app.register(workforceRoutes);
  await app.register(supervisionRoutes);
  await app.register(taskRoutes);
  await app.register(learningRoutes);
  await app.register(pulseRoutes);
  await app.register(checklistRoutes);
  await app.register(dashboardRoutes);
  // The community of practice: membership, posts, comments, the resources library, events.
  await app.register(memberRoutes);
  await app.register(postRoutes);
  await app.register(commentRoutes);
  await app.register(resourceRoutes);
  await app.register(eventRoutes);
  await app.register(outboxRoutes);
  await app.register(gpRecordRoutes);
  await app.register(registerSnomedCodeRoutes);
  await app.register(registerPracticeMailboxRoutes);
  await app.register(reportSettingsRoutes);
  await app.register(reportRoutes);
  // The public Open Referral UK feed: no session, CORS open to all (its own plugin scope).
  await app.register(orukRoutes);

  await app.register(webApp);
  return app;
}
