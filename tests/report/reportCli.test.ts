import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { post, startServer, userActivity } from '../support/testKit';

const ROOT = join(__dirname, '../..');

/** `npm run report -- <files…> --out <file>`, run from the sources as a curator would run it. */
const runReport = (args: string[]) =>
  spawnSync(process.execPath, ['-r', './scripts/registerTs.js', 'src/cli/report.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run report, the command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'curator-report-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a service log file (skipping the start-up line and a cut-off last line), prints the report and writes its HTML', async () => {
    const running = await startServer();
    try {
      const say = (conversation: string, fields: Record<string, unknown>) =>
        post(running.url, userActivity({ conversation: { id: conversation }, ...fields }));
      await say('c1', { text: 'what is the weather in Paris' });
      await say('c2', { text: "what's the weather in Paris today?" });
      await say('c3', { text: 'what foods have magnesium' });
      await say('c3', { text: '', value: { action: 'feedback', entryId: 'magnesium-foods', helpful: true } });
      await say('c4', { text: '', value: { action: 'none-of-these', question: 'tingly toes at night' } });
    } finally {
      await running.close();
    }
    const log = join(dir, 'service.log');
    writeFileSync(
      log,
      [
        'Ready on http://127.0.0.1:3978',
        ...running.logger.lines.map((line) => JSON.stringify(line)),
        '{"event":"question.answ',
      ].join('\n'),
    );
    const html = join(dir, 'report.html');

    const result = runReport([log, '--out', html]);

    expect(result.stderr).not.toMatch(/Error|at .+:\d+:\d+/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Most frequent unanswered questions');
    expect(result.stdout).toMatch(/weather in Paris/);
    expect(result.stdout).toContain('tingly toes at night');
    expect(result.stdout).toContain('magnesium-foods');
    expect(existsSync(html)).toBe(true);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).toMatch(/weather in Paris/);
  }, 60_000);

  it('without a log file, says how to use it and exits 2', () => {
    const result = runReport([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run report -- <log files…>');
  });
});
