import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * Kith's backup file: plain PostgreSQL SQL (data only), one statement per line, optionally
 * gzip-compressed when the name ends in `.gz`. `psql -f` can run it against a database that has
 * Kith's migrations applied; `kith restore` does both.
 */
export const FORMAT_LINE = '-- kith-backup format 1';

export function openBackupWriter(file: string): { write(line: string): Promise<void>; close(): Promise<void> } {
  const out = fs.createWriteStream(file, { flags: 'wx' });
  const sink = file.endsWith('.gz') ? createGzip() : null;
  if (sink) sink.pipe(out);
  const target = sink ?? out;
  return {
    write: (line) =>
      new Promise((resolve, reject) => {
        const ok = target.write(`${line}\n`, (err) => (err ? reject(err) : undefined));
        if (ok) resolve();
        else target.once('drain', resolve);
      }),
    close: () =>
      new Promise((resolve, reject) => {
        out.once('close', resolve);
        out.once('error', reject);
        target.end();
      }),
  };
}

export function readBackupLines(file: string): AsyncIterable<string> {
  const input = fs.createReadStream(file);
  const source = file.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  return readline.createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
}

/** A SQL string literal (standard_conforming_strings is on in every supported PostgreSQL). */
export function sqlLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
