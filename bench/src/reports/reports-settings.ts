import { PRESET_NAMES, type PresetName } from '@kith/server/modules/synthetic-data/synthetic-presets.ts';
import { type Backend, resultsFile } from '../support/bench-environment.ts';

export const RESULTS_FILE = resultsFile('reports');

export interface ReportsBenchSettings {
  /** The synthetic preset generated on each database (`icb` is the scale). */
  preset: PresetName;
  /** 0 < scale ≤ 1 of the preset's people, referrals and services. */
  scale: number;
  seed: number;
  databases: Backend[];
  timing: { warmUp: number; samples: number; maxSeconds: number; minimumSamples: number };
}

function fail(message: string): never {
  throw new Error(message);
}

/**
 * `npm run bench -- reports [--preset icb|pcn|demo]`, with KITH_BENCH_REPORTS_PRESET,
 * KITH_BENCH_REPORTS_SCALE and KITH_BENCH_REPORTS_DATABASES (pglite,postgres) as overrides.
 */
export function reportsBenchSettings(args: string[], env: NodeJS.ProcessEnv = process.env): ReportsBenchSettings {
  let preset = env.KITH_BENCH_REPORTS_PRESET ?? 'icb';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--preset') preset = args[++i] ?? fail('--preset needs a value: icb, pcn or demo');
    else if (arg.startsWith('--preset=')) preset = arg.slice('--preset='.length);
    else fail(`Unexpected argument "${arg}" (the reports benchmark takes --preset icb|pcn|demo)`);
  }
  if (!(PRESET_NAMES as readonly string[]).includes(preset))
    fail(`--preset must be one of ${PRESET_NAMES.join(', ')} (got "${preset}")`);
  const scale = Number(env.KITH_BENCH_REPORTS_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1))
    fail(`KITH_BENCH_REPORTS_SCALE must be above 0 and at most 1 (got "${env.KITH_BENCH_REPORTS_SCALE}")`);
  const databases = (env.KITH_BENCH_REPORTS_DATABASES ?? 'pglite,postgres').split(',').map((d) => d.trim());
  for (const database of databases) {
    if (database !== 'pglite' && database !== 'postgres') {
      fail(`KITH_BENCH_REPORTS_DATABASES lists pglite and/or postgres, comma-separated (got "${database}")`);
    }
  }
  return {
    preset: preset as PresetName,
    scale,
    seed: 1,
    databases: databases as Backend[],
    // A report over the icb preset can take seconds on PGlite: a time cap keeps the run bounded.
    timing: { warmUp: 2, samples: 20, maxSeconds: 120, minimumSamples: 5 },
  };
}
