import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../access/actor.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { SessionPolicy } from '../modules/session/session-service.ts';

/** The Fastify instance type every route module receives: zod-typed schemas. */
export type KithApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules need from the running app. */
export interface KithServices {
  config: Config;
  database: Database;
  sessionPolicy: SessionPolicy;
}

declare module 'fastify' {
  interface FastifyInstance {
    kith: KithServices;
  }
  interface FastifyRequest {
    /** Who is calling and the request id — built by the auth hook for every request. */
    ctx: RequestContext;
  }
}
