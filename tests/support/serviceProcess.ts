import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Start-up compiles the TypeScript sources in the child: a second or two alone, but on a loaded 2-core machine
 * (the whole suite runs in parallel) it has taken over 30 s.
 */
const READY_TIMEOUT_MS = 90_000;

export interface ServiceProcess {
  url: string;
  port: number;
  /** Everything the process printed, for a failing test's message. */
  output(): string;
  /** SIGKILL: the instance dies as in a crash, mid-request. */
  kill(): Promise<void>;
}

/**
 * The service as its own process (`src/index.ts` through the transpile-only hook), listening on a free
 * loopback port: what a load balancer sees, and what a test can kill.
 */
export function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', join(ROOT, 'scripts/registerTs.js'), join(ROOT, 'src/index.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`The service did not get ready in ${READY_TIMEOUT_MS / 1000} s:\n${output}`));
    }, READY_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /Ready on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, port: Number(port), output: () => output, kill });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The service exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}
