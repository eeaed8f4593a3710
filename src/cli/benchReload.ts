import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config';
import { createApp } from '../createApp';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { createLogger } from '../logger';
import { loadKnowledgeBaseInWorker } from '../reload/loadKnowledgeBaseInWorker';
import { listen } from '../server';

/**
 * npm run bench:reload — what users see while the knowledge base reloads. The real service answers a steady
 * stream of questions from CLIENTS concurrent clients; meanwhile the base is reloaded ROUNDS times two ways:
 * the way it was (load, validate and build the index on the event loop, then swap) and the way it is (load and
 * validate in a worker thread, build in slices on the event loop, then swap). Printed per way: the event
 * loop's longest stall while reloading (a timer due every TICK_MS: how late it ran), the slowest request, and
 * how long a reload takes.
 */
const CLIENTS = 4;
const ROUNDS = 3;
const TICK_MS = 2;

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent', WEBCHAT_ENABLED: 'false' });
  const app = createApp({ config, kb: loadKnowledgeBase(), logger: createLogger('silent') });
  const port = await listen(app.server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/api/messages`;
  const latencies: Array<{ at: number; ms: number; status: number }> = [];
  let running = true;
  const client = async (n: number) => {
    for (let i = 0; running; i++) {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `bench-${n}-${i}`,
          channelId: 'test',
          serviceUrl: 'http://127.0.0.1:9',
          conversation: { id: `bench-${n}` },
          from: { id: `user-${n}` },
          recipient: { id: 'bot' },
          deliveryMode: 'expectReplies',
          text: 'what foods have magnesium',
        }),
      });
      await response.arrayBuffer();
      latencies.push({ at: started, ms: performance.now() - started, status: response.status });
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const ticks: number[] = [];
  const probe = setInterval(() => ticks.push(performance.now()), TICK_MS);
  /** How late the probe's timer ran, for each tick in the window (the tick after a stall carries it). */
  const lateness = (from: number, to: number) => {
    const late: number[] = [];
    for (let i = 1; i < ticks.length; i++)
      if (ticks[i] >= from && ticks[i - 1] <= to) late.push(Math.max(0, ticks[i] - ticks[i - 1] - TICK_MS));
    return late.sort((a, b) => a - b);
  };
  await pause(1500); // warm-up: JIT and connections

  const ways = {
    'none (a 2 s window without reload)': async () => pause(2000),
    'before: load + build on the event loop': async () => app.swapKnowledgeBase(loadKnowledgeBase()),
    'now: worker load + sliced build': async () =>
      app.adoptKnowledgeBase(await loadKnowledgeBaseInWorker(DEFAULT_KNOWLEDGE_DIR)),
  };
  const rows: string[] = [];
  for (const [name, reload] of Object.entries(ways)) {
    let worstStall = 0;
    let worstRequest = 0;
    let failed = 0;
    let requests = 0;
    const durations: number[] = [];
    const p99s: number[] = [];
    for (let round = 0; round < (name.startsWith('none') ? 1 : ROUNDS); round++) {
      await pause(300);
      const from = performance.now();
      await reload();
      const to = performance.now();
      await pause(300); // let requests stuck behind the reload finish and be counted
      durations.push(to - from);
      const late = lateness(from, to);
      worstStall = Math.max(worstStall, late[late.length - 1] ?? 0);
      p99s.push(late[Math.floor(0.99 * (late.length - 1))] ?? 0);
      const during = latencies.filter((l) => l.at + l.ms >= from && l.at <= to);
      requests += during.length;
      failed += during.filter((l) => l.status !== 200).length;
      worstRequest = Math.max(worstRequest, ...during.map((l) => l.ms));
    }
    rows.push(
      `| ${name} | ${worstStall.toFixed(0)} ms | ${Math.max(...p99s).toFixed(0)} ms | ${worstRequest.toFixed(0)} ms | ${requests} | ${failed} | ${name.startsWith('none') ? '–' : `${(durations.reduce((a, b) => a + b, 0) / durations.length).toFixed(0)} ms`} |`,
    );
  }
  running = false;
  clearInterval(probe);
  await Promise.all(clients);
  await app.drain(1000);
  await app.memory.close();
  process.stdout.write(
    `| reload | event-loop stall, max | event-loop stall, p99 | slowest request | requests answered meanwhile | failed | reload takes |\n|---|---:|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n\n${ROUNDS} reloads each, ${CLIENTS} concurrent clients, ${loadKnowledgeBase().entries.length} entries. Node ${process.version}, ${process.platform}/${process.arch}; the machine's other load shows in every row.\n`,
  );
}

void main();
