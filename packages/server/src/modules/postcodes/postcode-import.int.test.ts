import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/test-database.ts';
import type { Db } from '../../db/client.ts';
import { randomPostcode } from '../directory/directory-test-data.ts';
import { importPostcodeCsv } from './postcode-import.ts';
import { findPostcode } from './postcode-repository.ts';

describe('postcode import (ONS Postcode Directory layout)', () => {
  let db: Db;
  let folder: string;

  beforeAll(async () => {
    db = (await testDatabase()).db;
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kith-postcodes-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const writeCsv = (lines: string[]) => {
    const file = path.join(folder, `${crypto.randomUUID()}.csv`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  /** ONSPD's 7-character `pcd` form: outward code padded to four characters. */
  const pcd = (postcode: string) => {
    const [outward = '', inward = ''] = postcode.split(' ');
    return `${outward.padEnd(4, ' ')}${inward}`;
  };

  it('reads pcds, lat and long from an ONSPD file, ignoring other columns, and skips rows without a grid reference', async () => {
    const [a, b, noGrid, empty] = [randomPostcode(), randomPostcode(), randomPostcode(), randomPostcode()];
    const file = writeCsv([
      'pcd,pcd2,pcds,dointr,doterm,oseast1m,osnrth1m,lat,long,ctry',
      `${pcd(a)},${pcd(a)},${a},199806,,429753,434107,53.795,-1.548,E92000001`,
      `"${pcd(b)}","${pcd(b)}","${b}","199806","","429753","434107","51.5007","-0.1246","E92000001"`,
      `${pcd(noGrid)},${pcd(noGrid)},${noGrid},199806,,,,99.999999,0.000000,L93000001`,
      `${pcd(empty)},${pcd(empty)},${empty},199806,,,,,,E92000001`,
    ]);
    const progress: [number, number][] = [];

    const report = await importPostcodeCsv(db, file, (done, total) => progress.push([done, total]));

    expect(report).toEqual({ rows: 4, imported: 2, skipped: 2, failed: 0, problems: [] });
    expect(await findPostcode(db, a)).toEqual({ postcode: a, latitude: 53.795, longitude: -1.548 });
    expect(await findPostcode(db, b.toLowerCase().replace(' ', ''))).toEqual({
      postcode: b,
      latitude: 51.5007,
      longitude: -0.1246,
    });
    expect(await findPostcode(db, noGrid)).toBeNull();
    expect(progress.at(-1)).toEqual([4, 4]);
  });

  it('accepts postcode/latitude/longitude headers, normalises the postcode and updates on re-import', async () => {
    const postcode = randomPostcode();
    const squashed = postcode.replace(' ', '').toLowerCase();
    await importPostcodeCsv(db, writeCsv(['Postcode,Latitude,Longitude', `${squashed},52.1,-1.1`]));
    const again = await importPostcodeCsv(db, writeCsv(['postcode,latitude,longitude', `${postcode},52.2,-1.2`]));

    expect(again.imported).toBe(1);
    expect(await findPostcode(db, postcode)).toEqual({ postcode, latitude: 52.2, longitude: -1.2 });
  });

  it('names the row and column of a malformed postcode or coordinate, and imports the good rows', async () => {
    const good = randomPostcode();
    const report = await importPostcodeCsv(
      db,
      writeCsv([
        'pcds,lat,long',
        `NOT A CODE,53.1,-1.1`,
        `${randomPostcode()},north,-1.1`,
        `${randomPostcode()},53.1,200`,
        `${good},53.1,-1.1`,
      ]),
    );

    expect(report).toMatchObject({ rows: 4, imported: 1, skipped: 0, failed: 3 });
    expect(report.problems).toEqual([
      { row: 2, column: 'pcds', message: expect.stringContaining('postcode') },
      { row: 3, column: 'lat', message: expect.stringContaining('Latitude') },
      { row: 4, column: 'long', message: expect.stringContaining('Longitude') },
    ]);
    expect(await findPostcode(db, good)).not.toBeNull();
  });

  it('streams thousands of rows in batches, the last of a repeated postcode winning', async () => {
    const codes = Array.from({ length: 2500 }, () => randomPostcode());
    const repeated = codes[10] ?? '';
    const lines = ['pcds,lat,long', ...codes.map((code, i) => `${code},${50 + i / 10000},-1`), `${repeated},55.5,-2.5`];
    const updates: number[] = [];

    const report = await importPostcodeCsv(db, Readable.from([`${lines.join('\r\n')}\r\n`]), (done) => updates.push(done));

    expect(report.rows).toBe(2501);
    expect(report.failed).toBe(0);
    expect(updates.length).toBeGreaterThanOrEqual(3);
    expect(await findPostcode(db, codes[2499] ?? '')).not.toBeNull();
    expect(await findPostcode(db, repeated)).toEqual({ postcode: repeated, latitude: 55.5, longitude: -2.5 });
  });

  it('reports a header without the needed columns on row 1 and imports nothing', async () => {
    const report = await importPostcodeCsv(db, writeCsv(['code,x,y', `${randomPostcode()},53,-1`]));
    expect(report.imported).toBe(0);
    expect(report.problems).toEqual([{ row: 1, column: '', message: expect.stringContaining('postcode column') }]);
  });
});
