import { LogController } from 'fastify';

/**
 * Fastify logs two lines per request at `info`; Kith logs them at `debug`, so the terminal and
 * the default log stay quiet (metrics count requests: docs/operations.md#metrics) and
 * `KITH_LOG_LEVEL=debug` shows every request again. Errors keep their levels: a failed response
 * is still logged at `error`, and Kith's error handler logs what it handles itself.
 */
export class DebugLevelRequestLog extends LogController {
  override incomingRequest(request: Parameters<LogController['incomingRequest']>[0]): void {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(...[error, request, reply]: Parameters<LogController['requestCompleted']>): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
