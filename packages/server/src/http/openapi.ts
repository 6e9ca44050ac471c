import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { KithApp } from './kith-app.ts';

/** OpenAPI 3 generated from the routes' zod schemas; docs UI at /api/docs, JSON at /api/docs/json. */
export const openApi = fp(async (app: KithApp) => {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Kith API', version: '0.1.0', description: 'Social prescribing for the NHS in England' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kith_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
});
