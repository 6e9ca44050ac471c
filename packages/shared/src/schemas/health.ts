import { z } from 'zod';

/** `GET /health` and `GET /ready` body. */
export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']).optional(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
