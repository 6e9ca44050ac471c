import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabase, testDatabaseKind } from '../../../test/test-database.ts';
import type { Db } from '../../db/client.ts';
import { randomPostcode } from '../directory/directory-test-data.ts';
import { importPostcodesFromFile } from './postcode-cli.ts';
import { findPostcode } from './postcode-repository.ts';

/** `npm run kith -- import-postcodes <file.csv>`: the command's work in-process, and the real process once. */
const KITH_CLI = path.resolve(import.meta.dirname, '../../cli/kith.ts');

function runKith(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', KITH_CLI, ...args], {
      env: { ...process.env, KITH_LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('kith import-postcodes', () => {
  let db: Db;
  let folder: string;

  beforeAll(async () => {
    db = (await testDatabase()).db;
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kith-postcode-cli-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const writeCsv = (lines: string[]) => {
    const file = path.join(folder, `${crypto.randomUUID()}.csv`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };

  it('imports the file, lists each problem by row and column and ends with a summary line', async () => {
    const good = randomPostcode();
    const file = writeCsv(['pcds,lat,long', `${good},53.8,-1.5`, `${randomPostcode()},99.999999,0`, 'XX,53,-1']);
    const printed: string[] = [];
    const bar: [number, number][] = [];

    const report = await importPostcodesFromFile(
      db,
      file,
      (done, total) => bar.push([done, total]),
      (line) => printed.push(line),
    );

    expect(report).toMatchObject({ rows: 3, imported: 1, skipped: 1, failed: 1 });
    expect(printed).toEqual([
      'row 4, pcds: Not a UK postcode, like LS1 4AP',
      '3 rows, 1 postcodes imported, 1 skipped (no coordinates), 1 with problems.',
    ]);
    expect(bar.at(-1)).toEqual([3, 3]);
    expect(await findPostcode(db, good)).toEqual({ postcode: good, latitude: 53.8, longitude: -1.5 });
  });

  it('--help describes the command without touching a database', async () => {
    const result = await runKith(['import-postcodes', '--help'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('import-postcodes <file.csv>');
    expect(result.stdout).toContain('ONS Postcode Directory');
  });

  it('as a process: loads the file into the configured database and prints the summary', async () => {
    const postcode = randomPostcode();
    const file = writeCsv(['pcd,lat,long', `${postcode.replace(' ', '  ')},51.45,-2.58`]);
    const dataDir = path.join(folder, 'data');
    const env: Record<string, string> =
      testDatabaseKind() === 'postgres' ? { DATABASE_URL: inject('postgresTestUrl') } : { KITH_DATA_DIR: dataDir };

    const result = await runKith(['import-postcodes', file], env);

    expect(result.stderr).toContain('1 rows, 1 postcodes imported, 0 skipped (no coordinates), 0 with problems.');
    expect(result.code).toBe(0);
    if (testDatabaseKind() === 'postgres') {
      expect(await findPostcode(db, postcode)).toEqual({ postcode, latitude: 51.45, longitude: -2.58 });
    }
    const missing = await runKith(['import-postcodes', path.join(folder, 'nope.csv')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file');
  }, 120_000);
});
