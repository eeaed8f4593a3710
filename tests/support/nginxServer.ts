import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort';
import { waitForPort } from './redisServer';
import { requireProgram } from './systemPackages';

export interface NginxServer {
  url: string;
  /** nginx's error log so far (upstream failures, "temporarily disabled"). */
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * A real nginx (Debian's package) in front of the given upstreams on a free loopback port, running the
 * shipped deploy/nginx.conf (round-robin, passive health checks). Its prefix, config, pid file, logs and
 * temp paths all live in a fresh temporary directory, so it needs no root and touches nothing of the
 * system's nginx.
 */
export async function startNginx(upstreamPorts: number[]): Promise<NginxServer> {
  const binary = requireProgram('nginx', 'nginx', process.env.NGINX_PATH);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  chmodSync(dir, 0o755); // Workers run as nobody when the master is root.
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), localNginxConf(dir, port, upstreamPorts));
  const child: ChildProcess = spawn(
    binary,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${output}`))),
  );
  await Promise.race([waitForPort(port), exited]);
  exited.catch(() => undefined);
  const errorLog = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  return {
    url: `http://127.0.0.1:${port}`,
    errorLog,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * deploy/nginx.conf with what only a deployment has swapped for loopback: the upstream servers, the listen
 * address, one worker in the foreground, and every file under `dir`. Each swap must find its target, so a
 * change to the shipped file that the test no longer exercises fails here instead of passing unnoticed.
 * The test also asks nginx to name the instance that served each response (X-Upstream), which the shipped
 * file does not reveal to clients.
 */
export function localNginxConf(dir: string, port: number, upstreamPorts: number[]): string {
  const shipped = readFileSync(join(__dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8');
  const swaps: Array<[RegExp, string]> = [
    [
      /worker_processes auto;/,
      `worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;`,
    ],
    [
      / {2}access_log \/dev\/stdout;\n {2}error_log \/dev\/stderr warn;/,
      `  access_log off;\n  ${tempPaths(dir)}`,
    ],
    [
      /( {4}server bot-\d:3978 max_fails=1 fail_timeout=10s;\n)+/,
      upstreamPorts
        .map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=10s;\n`)
        .join(''),
    ],
    [/listen 8080;/, `listen 127.0.0.1:${port};`],
    [
      /proxy_pass http:\/\/bot;/,
      'proxy_pass http://bot;\n      add_header X-Upstream $upstream_addr always;',
    ],
  ];
  return swaps.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf))
      throw new Error(`deploy/nginx.conf no longer matches ${pattern}: update the test`);
    return conf.replace(pattern, replacement);
  }, shipped);
}

function tempPaths(dir: string): string {
  return ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${dir}/${kind};`)
    .join('\n  ');
}
