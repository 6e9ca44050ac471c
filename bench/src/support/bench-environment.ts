import path from 'node:path';

/** Repository root, found from this file (bench/src/support) so the bench runs from any cwd. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** Where a benchmark writes its JSON: `bench/results/<name>.json` (git-ignored). */
export function resultsFile(benchmark: string): string {
  return path.join(REPO_ROOT, 'bench/results', `${benchmark}.json`);
}

/** Where scratch PostgreSQL databases are created from; trust auth, no password. */
export const POSTGRES_ADMIN_URL = process.env.KITH_BENCH_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The two databases Kith runs on. */
export type Backend = 'pglite' | 'postgres';

export const BACKEND_NAMES: Record<Backend, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };

/** Progress goes to stderr so stdout carries only the report. */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}
