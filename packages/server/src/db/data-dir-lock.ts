import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite silently loses writes when two processes open one data folder, so Kith holds a lock
 * file there. The file records the owner's PID; a lock left by a process that no longer runs
 * is stale and is taken over.
 */
export const LOCK_FILE_NAME = 'kith.lock';

export interface DataDirLock {
  path: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly ownerPid: number,
  ) {
    super(
      `Kith's data folder is in use by another Kith process (PID ${ownerPid}); lock file: ${lockPath}. ` +
        'Stop that process first, or set KITH_DATA_DIR to a different folder. ' +
        'If no Kith process is running, delete the lock file.',
    );
    this.name = 'DataDirLockedError';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' fails if the file exists: creation is the atomic test-and-set.
      fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), {
        flag: 'wx',
      });
      return { path: lockPath, release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = readOwnerPid(lockPath);
      if (ownerPid !== null && ownerPid !== process.pid && isRunning(ownerPid)) {
        throw new DataDirLockedError(lockPath, ownerPid);
      }
      // Stale (dead owner, unreadable file, or our own leftover): remove and try once more.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function readOwnerPid(lockPath: string): number | null {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(lockPath, 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(lockPath: string): void {
  if (readOwnerPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}
