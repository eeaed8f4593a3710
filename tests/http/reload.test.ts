import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/createApp';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { createMemoryLogger } from '../../src/logger';
import { KnowledgeReloader } from '../../src/reload/KnowledgeReloader';
import { loadKnowledgeBaseInWorker } from '../../src/reload/loadKnowledgeBaseInWorker';
import { listen } from '../../src/server';
import { faqResultOf, post, testConfig, userActivity, type ReplyActivity } from '../support/testKit';

const ROOT = join(__dirname, '../..');

describe('knowledge base hot reload', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-reload-'));
    cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function start() {
    const logger = createMemoryLogger();
    const app = createApp({ config: testConfig(), kb: loadKnowledgeBase(dir), logger });
    const reloader = new KnowledgeReloader({
      dir,
      logger,
      load: loadKnowledgeBaseInWorker,
      swap: (kb) => app.adoptKnowledgeBase(kb),
      failed: (message) => app.reloadFailed(message),
      debounceMs: 100,
    });
    reloader.watch();
    const port = await listen(app.server, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}`;
    return {
      url,
      logger,
      close: async () => {
        reloader.stop();
        await app.drain(1000);
        await app.memory.close();
      },
    };
  }

  async function askKind(url: string, text: string) {
    const response = await post(url, userActivity({ text, conversation: { id: `c-${Math.random()}` } }));
    const [reply] = (response.json as { activities?: ReplyActivity[] } | undefined)?.activities ?? [];
    return { status: response.status, result: reply ? faqResultOf(reply) : undefined };
  }

  // Generous: a loaded CI machine (two jest workers on two cores, the other one cross-validating) can take a minute
  // or more to notice, load and validate a reload and to train the new base's models in slices between requests.
  async function until(check: () => Promise<boolean> | boolean, ms = 150_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('keeps serving through an invalid edit (with file:line in /healthz), then switches to a valid one, with no failed request', async () => {
    const service = await start();
    let load = true;
    const statuses: number[] = [];
    const loadLoop = (async () => {
      while (load) {
        const response = await fetch(`${service.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(
            userActivity({ text: 'what foods have magnesium', conversation: { id: 'load' } }),
          ),
        });
        await response.arrayBuffer();
        statuses.push(response.status);
      }
    })();
    try {
      expect((await askKind(service.url, 'zorblax quiver')).result?.kind).toBe('fallback');
      const before = (await (await fetch(`${service.url}/healthz`)).json()) as Record<string, unknown>;
      expect(before.lastReloadError).toBeNull();

      const faqFile = join(dir, 'faq.yaml');
      const original = readFileSync(faqFile, 'utf8');
      writeFileSync(faqFile, `${original}\n  - id: [unclosed\n`);
      let health: Record<string, unknown> = {};
      await until(async () => {
        health = (await (await fetch(`${service.url}/healthz`)).json()) as Record<string, unknown>;
        return health.lastReloadError !== null;
      });
      expect(String(health.lastReloadError)).toMatch(/faq\.yaml:\d+/);
      expect(health.kbVersion).toBe(before.kbVersion);
      expect((await askKind(service.url, 'what foods have magnesium')).result?.kind).toBe('answer');

      const contentFile = join(dir, 'content.yaml');
      writeFileSync(
        contentFile,
        readFileSync(contentFile, 'utf8').replace(
          'botName: Cramp & Nutrient Helper',
          'botName: Cramp Helper Reloaded',
        ),
      );
      writeFileSync(
        faqFile,
        original.replace('      - leg cramps\n', '      - leg cramps\n      - zorblax quiver\n'),
      );
      await until(async () => (await askKind(service.url, 'zorblax quiver')).result?.kind === 'answer');
      expect((await askKind(service.url, 'zorblax quiver')).result).toMatchObject({
        id: 'what-is-a-leg-cramp',
      });
      health = (await (await fetch(`${service.url}/healthz`)).json()) as Record<string, unknown>;
      expect(health.lastReloadError).toBeNull();
      expect(health.kbVersion).not.toBe(before.kbVersion);
      // The web page follows the new base too.
      expect(await (await fetch(`${service.url}/`)).text()).toContain('<title>Cramp Helper Reloaded</title>');
      const metrics = await (await fetch(`${service.url}/metrics`)).text();
      expect(metrics).toMatch(/kb_reloads_total\{result="error"\} [1-9]/);
      expect(metrics).toMatch(/kb_reloads_total\{result="ok"\} [1-9]/);
    } finally {
      load = false;
      await loadLoop;
      await service.close();
    }
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  }, 330_000);
});
