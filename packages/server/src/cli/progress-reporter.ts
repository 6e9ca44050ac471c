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

/** A progress bar for row-by-row work: redrawn in place on a terminal, every 10% otherwise. */
export function rowProgress(width = 30): (done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rows`;
    if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (Math.floor(share * 10) !== lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}
