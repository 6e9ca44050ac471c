import { runDirectoryBench } from './directory/directory-bench.ts';
import { runFoundationBench } from './foundation/foundation-bench.ts';
import { runGpRecordBench } from './gp-record/gp-record-bench.ts';
import { runPathwayBench } from './pathway/pathway-bench.ts';
import { runReportsBench } from './reports/reports-bench.ts';
import { runWebBench } from './web/web-bench.ts';
import { runWorkingDayBench } from './working-day/working-day-bench.ts';

/**
 * `npm run bench -- <name>`: runs one benchmark; with no name, runs them all.
 * Each benchmark prints its tables and writes bench/results/<name>.json.
 */
interface Benchmark {
  name: string;
  summary: string;
  /** Benchmarks that take options get the arguments after their name; the others refuse any. */
  run: (args: string[]) => Promise<void>;
  takesArguments?: boolean;
}

const BENCHMARKS: Benchmark[] = [
  {
    name: 'foundation',
    summary: 'server start-up to /ready (cold, warm), authenticated GET /api/me throughput vs bare Fastify, peak memory',
    run: runFoundationBench,
  },
  {
    name: 'pathway',
    summary:
      'PCN-scale data set (KITH_BENCH_PEOPLE, default 50,000): caseload and timeline p50/p95 and referral intake req/s vs plain SQL',
    run: runPathwayBench,
  },
  {
    name: 'directory',
    summary:
      'community directory (KITH_BENCH_SERVICES, default 100,000): search and ORUK /services p50/p95 vs plain SQL, ORUK file import records/s vs plain bulk load',
    run: runDirectoryBench,
  },
  {
    name: 'reports',
    summary:
      'synthetic ICB (kith generate --preset icb; --preset pcn|demo for a quick run): generation time per database, each report p50/p95 as commissioner and PCN manager vs plain SQL',
    run: runReportsBench,
    takesArguments: true,
  },
  {
    name: 'working-day',
    summary:
      'notification fan-out for 1,000 events vs bare INSERTs; link worker GET /api/dashboard (250 cases, 1,000 tasks) p50/p95 vs plain SQL (goal ≤ 1.5×)',
    run: runWorkingDayBench,
  },
  {
    name: 'gp-record',
    summary:
      'GP documents (KITH_BENCH_GP_DOCUMENTS, default 100 a round) built, validated and sent to a local MESH server per second vs built alone; discharge → "Delivered" through the job worker and MESH poll (1 s each) vs the same jobs run back to back',
    run: runGpRecordBench,
  },
  {
    name: 'web',
    summary:
      'each main screen opened in Chromium with a cold cache (KITH_BENCH_WEB_RUNS, default 5): h1 visible and Navigation Timing p50/p95 vs a cold /health load, JS and CSS bytes on the wire',
    run: runWebBench,
  },
];

function usage(): string {
  const width = Math.max(...BENCHMARKS.map((benchmark) => benchmark.name.length));
  const lines = BENCHMARKS.map((benchmark) => `  ${benchmark.name.padEnd(width)}  ${benchmark.summary}`);
  return [
    'Usage: npm run bench -- [name] [options]   (no name runs every benchmark)',
    '',
    'Benchmarks:',
    ...lines,
    '',
    'Options: reports --preset icb|pcn|demo',
  ].join('\n');
}

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const chosen = name === undefined ? BENCHMARKS : BENCHMARKS.filter((benchmark) => benchmark.name === name);
  if (rest.length > 0 && !chosen.every((benchmark) => benchmark.takesArguments)) {
    process.stderr.write(`Unexpected arguments: ${rest.join(' ')}\n\n${usage()}\n`);
    return 2;
  }
  if (chosen.length === 0) {
    process.stderr.write(
      `Unknown benchmark "${name}". Valid names: ${BENCHMARKS.map((benchmark) => benchmark.name).join(', ')}\n\n${usage()}\n`,
    );
    return 2;
  }
  for (const benchmark of chosen) await benchmark.run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  // Exit explicitly: a leftover keep-alive socket or timer must not hold the bench open.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`\nBenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
