import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/freePort';

const ROOT = join(__dirname, '../..');
const ENTRY = join(ROOT, 'dist/src/index.js');

/** Runs the built service the way `npm start` does and collects what it prints until it exits or is ready. */
function start(
  env: Record<string, string>,
  until = 'Ready on',
): Promise<{ code: number | null; stdout: string; stderr: string; stop(): void }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ENTRY], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    const stop = () => child.kill('SIGTERM');
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(until)) resolve({ code: null, stdout, stderr, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr, stop }));
  });
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: ROOT },
  );
  // The build's last step, as `npm start` runs it: botbuilder and botframework-connector in one file.
  execFileSync(process.execPath, [join(ROOT, 'dist/src/cli/bundleBotFramework.js')], { cwd: ROOT });
  // Then the start-up caches, as the container image writes them at build time: the tests below that start the
  // shipped knowledge base expect a warm start, which on a fresh clone under a full run's load would otherwise be
  // a cold one (the build and the sources hash apart, so the caches the other suites write do not serve it).
  // The tests of a cold start give the service a knowledge base or a setting no cache holds.
  execFileSync(process.execPath, [join(ROOT, 'dist/src/cli/warmStartCaches.js')], { cwd: ROOT });
}, 180_000);

describe('starting the service', () => {
  it('prints one ready line with the URL and the number of entries, and nothing on stderr', async () => {
    const run = await start({ PORT: '0' });
    try {
      const lines = run.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Ready on http:\/\/127\.0\.0\.1:\d+ .* with \d+ knowledge entries/);
      const port = lines[0].match(/:(\d+) /)?.[1];
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      expect(run.stderr).toBe('');
    } finally {
      run.stop();
    }
  });

  it('refuses to start on an invalid knowledge base, naming the file, line and entry, with a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-start-'));
    try {
      cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
      const faq = readFileSync(join(dir, 'faq.yaml'), 'utf8');
      writeFileSync(join(dir, 'faq.yaml'), faq.replace(/url: https:\/\//, 'url: http://'));
      const run = await start({ PORT: '0', KNOWLEDGE_DIR: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/faq\.yaml:\d+: entry "[a-z0-9-]+": sources\[0\]\.url must be https/);
      expect(run.stdout).not.toMatch(/Ready on/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says "all interfaces" when bound to 0.0.0.0 rather than calling it localhost', async () => {
    const run = await start({ PORT: '0', HOST: '0.0.0.0' });
    try {
      expect(run.stdout).toMatch(/^Ready on http:\/\/0\.0\.0\.0:\d+ \(all interfaces\) /);
      expect(run.stdout).not.toMatch(/localhost/);
    } finally {
      run.stop();
    }
  });

  it('refuses to start on a bad setting, naming the key', async () => {
    const run = await start({ PORT: 'not-a-port' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
  });

  it('logs where start-up time went, and reads an unchanged knowledge base and its indexes from the cache on the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-start-'));
    try {
      cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
      // A knowledge base no earlier start has seen, so the first start cannot find it in the cache.
      writeFileSync(
        join(dir, 'policy.yaml'),
        `${readFileSync(join(dir, 'policy.yaml'), 'utf8')}\n# ${dir}\n`,
      );
      const startupLine = async () => {
        const run = await start({ PORT: '0', LOG_LEVEL: 'info', KNOWLEDGE_DIR: dir }, '"event":"startup"');
        run.stop();
        const line = run.stdout.split('\n').find((text) => text.includes('"event":"startup"')) ?? '';
        return JSON.parse(line) as {
          ms: Record<string, number>;
          cpuMs: Record<string, number>;
          knowledgeCache: string;
          indexCache: string;
        };
      };
      const first = await startupLine();
      expect(first.knowledgeCache).toBe('miss');
      expect(first.indexCache).toBe('miss');
      expect(Object.keys(first.ms)).toEqual(['modules', 'total', 'config', 'knowledge', 'app', 'listen']);
      expect(Object.keys(first.cpuMs)).toEqual(Object.keys(first.ms));
      const second = await startupLine();
      expect(second.knowledgeCache).toBe('hit');
      expect(second.indexCache).toBe('hit');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A knowledge base no start has seen also retrains the models keyed by its version: about 30 s alone on two
    // cores, and twice that beside a cross-validation suite.
  }, 150_000);
});

describe('while the knowledge base loads', () => {
  it('answers /readyz 503 "starting" on its port (not a refused connection), then 200 once ready', async () => {
    const port = await freePort();
    const statuses: string[] = [];
    // No start-up caches, so loading and building take long enough to be seen.
    const child = spawn(process.execPath, [ENTRY], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', PORT: String(port), KB_CACHE: 'false' },
    });
    try {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const seen = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          async (response) => `${response.status} ${await response.text()}`,
          () => 'refused',
        );
        if (seen !== 'refused' && statuses.at(-1) !== seen) statuses.push(seen);
        if (seen.startsWith('200')) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(statuses[0]).toBe('503 {"status":"starting"}');
      expect(statuses.at(-1)).toMatch(/^200 /);
      expect(statuses.every((status) => status.startsWith('503') || status.startsWith('200'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});
