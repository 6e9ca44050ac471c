import type { Progress } from '../backup/backup-service.ts';

/**
 * Shows progress on stderr: a line rewritten in place on a terminal, one line per finished
 * table otherwise (CI logs), so long backups never look stuck.
 */
export function progressReporter(verb: string): Progress {
  const tty = process.stderr.isTTY;
  return ({ table, rows, done }) => {
    if (tty) process.stderr.write(`\r${verb} ${table}: ${rows} rows\x1b[K${done ? '\n' : ''}`);
    else if (done) process.stderr.write(`${verb} ${table}: ${rows} rows\n`);
  };
}
