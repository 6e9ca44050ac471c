import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Backend } from '../support/bench-environment.ts';
import { createScratchDatabase } from '../support/postgres-scratch.ts';
import { BARE_SERVER_ENTRY, FOUNDATION_SETTINGS, SERVER_ENTRY } from './foundation-settings.ts';
import { type ServerStartSample, timeServerStart } from './server-process.ts';

/** Where one cold-then-warm pair of starts keeps its data. */
interface DataStore {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export interface StartupSeries {
  backend: Backend | 'none';
  /** `bare` is the baseline: node + tsx + Fastify answering /ready, no Kith. */
  kind: 'bare' | 'cold' | 'warm';
  samples: ServerStartSample[];
}

async function openDataStore(backend: Backend): Promise<DataStore> {
  if (backend === 'postgres') {
    const scratch = await createScratchDatabase();
    return { env: { DATABASE_URL: scratch.url }, dispose: scratch.drop };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kith-bench-pglite-'));
  return { env: { KITH_DATA_DIR: dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
}

function describe(sample: ServerStartSample): string {
  const rss = sample.peakRssKb === null ? '' : `, peak RSS ${Math.round(sample.peakRssKb / 1024)} MB`;
  return `${Math.round(sample.readyMs)} ms${rss}${sample.cleanStop ? '' : ', UNCLEAN STOP'}`;
}

/** The baseline: a bare Fastify server under the same node + tsx, started the same way. */
export async function measureBareStartup(log: (line: string) => void): Promise<StartupSeries> {
  const samples: ServerStartSample[] = [];
  for (let round = 1; round <= FOUNDATION_SETTINGS.startup.rounds; round++) {
    const sample = await timeServerStart(BARE_SERVER_ENTRY, {});
    log(`  bare Fastify start ${round}/${FOUNDATION_SETTINGS.startup.rounds}: ${describe(sample)}`);
    samples.push(sample);
  }
  return { backend: 'none', kind: 'bare', samples };
}

/**
 * Each round: an empty store (cold: migrations + demo data), then after a clean SIGTERM stop
 * the same store again (warm: nothing to migrate or load).
 */
export async function measureKithStartup(backend: Backend, log: (line: string) => void): Promise<StartupSeries[]> {
  const cold: ServerStartSample[] = [];
  const warm: ServerStartSample[] = [];
  const { rounds } = FOUNDATION_SETTINGS.startup;
  for (let round = 1; round <= rounds; round++) {
    const store = await openDataStore(backend);
    try {
      const coldSample = await timeServerStart(SERVER_ENTRY, store.env);
      log(`  ${backend} cold start ${round}/${rounds}: ${describe(coldSample)}`);
      cold.push(coldSample);
      const warmSample = await timeServerStart(SERVER_ENTRY, store.env);
      log(`  ${backend} warm start ${round}/${rounds}: ${describe(warmSample)}`);
      warm.push(warmSample);
    } finally {
      await store.dispose();
    }
  }
  return [
    { backend, kind: 'cold', samples: cold },
    { backend, kind: 'warm', samples: warm },
  ];
}
