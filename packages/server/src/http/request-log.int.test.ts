import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/test-database.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

/** The log lines an app writes while answering one request, at the given KITH_LOG_LEVEL. */
async function logLinesFor(level: string): Promise<string[]> {
  const lines: string[] = [];
  const config = loadConfig({ NODE_ENV: 'test', KITH_WEB_DIST: '', KITH_LOG_LEVEL: level });
  const app = await buildApp({ config, database: await testDatabase(), logStream: { write: (line) => lines.push(line) } });
  await app.ready();
  lines.length = 0;
  await app.inject({ method: 'GET', url: `/api/referrals/${crypto.randomUUID()}` });
  await app.close();
  return lines.filter((line) => line.includes('"reqId"'));
}

describe('request log lines', () => {
  it('are not written at the default level, so the terminal stays quiet', async () => {
    expect(await logLinesFor('info')).toEqual([]);
  });

  it('are written at debug, by route pattern', async () => {
    const lines = await logLinesFor('debug');
    expect(lines.some((line) => line.includes('incoming request') && line.includes('"route":"/api/referrals/:id"'))).toBe(true);
    expect(lines.some((line) => line.includes('request completed') && line.includes('"statusCode":401'))).toBe(true);
  });
});
