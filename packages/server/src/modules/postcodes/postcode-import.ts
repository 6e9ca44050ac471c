import fs from 'node:fs';
import type { ImportProblem, PostcodeCentroid } from '@kith/shared';
import { parse } from 'csv-parse';
import type { DbOrTx } from '../../db/client.ts';
import { normalisePostcode, upsertPostcodes } from './postcode-repository.ts';

/**
 * Loads postcode centroids from a CSV in the ONS Postcode Directory (ONSPD) layout. The full
 * ONSPD is ~2.7 million rows, so the file is streamed and written in batches, never held whole.
 * Only three columns are read; the rest of ONSPD's ~50 columns are ignored.
 */

/** Header names accepted for each column, in order of preference (ONSPD: pcds is "AB1 2CD", pcd is 7-character). */
const POSTCODE_COLUMNS = ['pcds', 'pcd', 'pcd2', 'postcode'];
const LATITUDE_COLUMNS = ['lat', 'latitude'];
const LONGITUDE_COLUMNS = ['long', 'longitude'];
/** ONSPD writes this latitude (with longitude 0) for postcodes that have no grid reference. */
const NO_GRID_REFERENCE_LATITUDE = 99.999999;
const BATCH_SIZE = 1000;
/** Problems kept in the report; a wholly wrong file would otherwise list millions. */
const MAX_PROBLEMS_LISTED = 1000;

export interface PostcodeImportReport {
  /** Data rows read (the header is not counted). */
  rows: number;
  imported: number;
  /** Rows without coordinates (empty, or ONSPD's "no grid reference"): not an error. */
  skipped: number;
  /** Rows with a problem (malformed postcode, coordinate not a number or out of range). */
  failed: number;
  /** Row numbers count the header as row 1; at most the first 1,000 problems are listed. */
  problems: ImportProblem[];
}

/** Called after each batch: rows read so far and the expected total (for a stream: rows so far). */
export type PostcodeImportProgress = (done: number, total: number) => void;

export async function importPostcodeCsv(
  db: DbOrTx,
  input: NodeJS.ReadableStream | string,
  onProgress: PostcodeImportProgress = () => {},
): Promise<PostcodeImportReport> {
  const expected = typeof input === 'string' ? await countDataLines(input) : null;
  const report: PostcodeImportReport = { rows: 0, imported: 0, skipped: 0, failed: 0, problems: [] };
  let header: string[] = [];
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    columns: (names: string[]) => {
      header = names.map((name) => name.trim().toLowerCase());
      return header;
    },
  });
  const source: NodeJS.ReadableStream = typeof input === 'string' ? fs.createReadStream(input) : input;
  source.on('error', (error: Error) => parser.destroy(error));
  source.pipe(parser);

  // Keyed by postcode: a repeated postcode in one batch would make the upsert fail, and the
  // later row wins anyway.
  let batch = new Map<string, PostcodeCentroid>();
  const flush = async () => {
    await upsertPostcodes(db, [...batch.values()]);
    report.imported += batch.size;
    batch = new Map();
    onProgress(report.rows, Math.max(expected ?? 0, report.rows));
  };
  const problem = (row: number, column: string, message: string) => {
    if (report.problems.length < MAX_PROBLEMS_LISTED) report.problems.push({ row, column, message });
  };

  let columns: ReturnType<typeof pickColumns> = null;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      columns ??= pickColumns(header);
      if (!columns) break;
      report.rows += 1;
      const row = report.rows + 1;
      const outcome = readRow(record, columns);
      if (outcome.kind === 'skip') report.skipped += 1;
      else if (outcome.kind === 'problem') {
        report.failed += 1;
        problem(row, outcome.column, outcome.message);
      } else {
        batch.set(outcome.centroid.postcode, outcome.centroid);
        if (batch.size >= BATCH_SIZE) await flush();
      }
    }
  } catch (error) {
    problem(report.rows + 2, '', `The file is not valid CSV: ${(error as Error).message}`);
  } finally {
    // Stop reading a file we opened, also when the header was wrong and the loop ended early.
    if (typeof input === 'string' && source instanceof fs.ReadStream) source.destroy();
  }
  columns ??= pickColumns(header);
  if (!columns) return { ...report, problems: [{ row: 1, column: '', message: missingColumnsMessage(header) }] };
  await flush();
  return report;
}

function pickColumns(header: string[]) {
  const find = (names: string[]) => names.find((name) => header.includes(name));
  const postcode = find(POSTCODE_COLUMNS);
  const latitude = find(LATITUDE_COLUMNS);
  const longitude = find(LONGITUDE_COLUMNS);
  return postcode && latitude && longitude ? { postcode, latitude, longitude } : null;
}

function missingColumnsMessage(header: string[]): string {
  if (header.length === 0) return 'The file is empty: it needs a header row';
  const missing = [
    POSTCODE_COLUMNS.some((c) => header.includes(c)) ? null : `a postcode column (${POSTCODE_COLUMNS.join(', ')})`,
    LATITUDE_COLUMNS.some((c) => header.includes(c)) ? null : `a latitude column (${LATITUDE_COLUMNS.join(', ')})`,
    LONGITUDE_COLUMNS.some((c) => header.includes(c)) ? null : `a longitude column (${LONGITUDE_COLUMNS.join(', ')})`,
  ].filter(Boolean);
  return `The header row has no ${missing.join(', no ')}`;
}

type RowOutcome =
  | { kind: 'ok'; centroid: PostcodeCentroid }
  | { kind: 'skip' }
  | { kind: 'problem'; column: string; message: string };

function readRow(record: Record<string, string>, columns: { postcode: string; latitude: string; longitude: string }): RowOutcome {
  const latText = record[columns.latitude] ?? '';
  const lonText = record[columns.longitude] ?? '';
  if (latText === '' || lonText === '') return { kind: 'skip' };
  const latitude = Number(latText);
  const longitude = Number(lonText);
  if (latitude === NO_GRID_REFERENCE_LATITUDE) return { kind: 'skip' };
  const postcode = normalisePostcode(record[columns.postcode] ?? '');
  if (!postcode) return { kind: 'problem', column: columns.postcode, message: 'Not a UK postcode, like LS1 4AP' };
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return { kind: 'problem', column: columns.latitude, message: 'Latitude must be a number from -90 to 90' };
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return { kind: 'problem', column: columns.longitude, message: 'Longitude must be a number from -180 to 180' };
  }
  return { kind: 'ok', centroid: { postcode, latitude, longitude } };
}

/** Data lines in a file (newlines minus the header), counted in one streaming pass so the progress bar has a total. */
async function countDataLines(file: string): Promise<number> {
  let newlines = 0;
  let lastByte = 10;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) newlines += 1;
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1] ?? 10;
  }
  const lines = newlines + (lastByte === 10 ? 0 : 1);
  return Math.max(0, lines - 1);
}
