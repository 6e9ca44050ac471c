import Fastify from 'fastify';

/**
 * Start-up baseline: the same runtime (node + tsx) and web framework as Kith, with a `/ready`
 * route and nothing else. Kith's start-up divided by this one is the time Kith itself adds
 * (loading its modules, opening the database, migrating, demo data, plugins).
 */
const app = Fastify({ logger: false });
app.get('/ready', async () => ({ status: 'ok' }));

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
