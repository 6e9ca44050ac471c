import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from '../support/bench-environment.ts';
import { FOUNDATION_SETTINGS } from './foundation-settings.ts';
import { findFreePort } from './free-port.ts';

/** One timed start of a server child process, stopped cleanly afterwards. */
export interface ServerStartSample {
  /** Milliseconds from spawn() until GET /ready first answered 200. */
  readyMs: number;
  /** Peak resident memory of the child (VmHWM) just before it was stopped; null off Linux. */
  peakRssKb: number | null;
  /** True when SIGTERM made the child exit with code 0 in time. */
  cleanStop: boolean;
}

interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const STDERR_TAIL_CHARS = 4_000;

/** Variables from the caller's shell that would change what the child does; the bench sets its own. */
function isInheritedConfig(name: string): boolean {
  return name.startsWith('KITH_') || name === 'DATABASE_URL' || name === 'NODE_ENV' || name === 'PORT' || name === 'HOST';
}

function childEnvironment(port: number, extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isInheritedConfig(name)));
  return {
    ...inherited,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    KITH_LOG_LEVEL: 'warn',
    KITH_WEB_DIST: '',
    ...extra,
  };
}

/** Peak resident set size of a live process from /proc (Linux only). */
export function readPeakRssKb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function isReady(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    // Not listening yet (connection refused) or too slow to answer: keep polling.
    return false;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<ChildExit>): Promise<boolean> {
  child.kill('SIGTERM');
  const outcome = await Promise.race([exited, sleep(FOUNDATION_SETTINGS.startup.stopTimeoutMs, null)]);
  if (outcome) return outcome.code === 0;
  child.kill('SIGKILL');
  await exited;
  return false;
}

/**
 * Spawns `node --import tsx <entry>` from the repository root, polls GET /ready every 25 ms
 * until it answers 200, samples peak RSS, then stops the child with SIGTERM.
 */
export async function timeServerStart(entry: string, extraEnv: Record<string, string>): Promise<ServerStartSample> {
  const { pollIntervalMs, readyTimeoutMs } = FOUNDATION_SETTINGS.startup;
  const port = await findFreePort();
  const env = childEnvironment(port, extraEnv);

  const startedAt = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderrTail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
  });
  let hasExited = false;
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      hasExited = true;
      resolve({ code, signal });
    });
  });

  try {
    let readyMs: number | null = null;
    while (readyMs === null) {
      const attemptAt = performance.now();
      if (hasExited) throw new Error(`server exited before /ready answered:\n${stderrTail}`);
      if (attemptAt - startedAt > readyTimeoutMs) throw new Error(`server not ready after ${readyTimeoutMs} ms:\n${stderrTail}`);
      if (await isReady(port)) {
        readyMs = performance.now() - startedAt;
      } else {
        await sleep(Math.max(0, pollIntervalMs - (performance.now() - attemptAt)));
      }
    }
    const peakRssKb = child.pid === undefined ? null : readPeakRssKb(child.pid);
    const cleanStop = await stopChild(child, exited);
    return { readyMs, peakRssKb, cleanStop };
  } catch (error) {
    if (!hasExited) {
      child.kill('SIGKILL');
      await exited;
    }
    throw error;
  }
}
