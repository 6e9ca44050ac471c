import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** Helpers for tests that run the real entry point (`main.ts`, what `npm start` runs) as a process. */
const MAIN = path.resolve(import.meta.dirname, '../src/main.ts');

export interface KithProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts Kith; `children` collects it so the file's afterAll can SIGKILL whatever is left. */
export function startKith(env: Record<string, string>, children: ChildProcess[]): KithProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, KITH_WEB_DIST: '', KITH_LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Polls `/ready` until Kith answers, or fails as soon as the process exits. */
export async function waitForReady(port: number, exited: Promise<unknown>): Promise<Record<string, unknown>> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 1500 && !gone; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      if (response.ok) return (await response.json()) as Record<string, unknown>;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Kith did not become ready');
}
