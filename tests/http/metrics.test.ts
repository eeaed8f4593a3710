import { createMetrics } from '../../src/metrics/createMetrics';
import { post, startServer, userActivity, type RunningServer } from '../support/testKit';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
});
afterAll(async () => {
  await running.close();
});

describe('GET /metrics', () => {
  it('counts requests by route and status, answers by kind, triage levels, and times turns and the engine', async () => {
    await post(running.url, userActivity({ text: 'what foods have magnesium' }));
    await post(running.url, userActivity({ text: "what's the weather in Paris?" }));
    await post(running.url, userActivity({ text: 'my leg is swollen hot and red and I am short of breath' }));
    await post(running.url, '{"broken": ');
    const response = await fetch(`${running.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/http_requests_total\{route="\/api\/messages",method="POST",status="200"\} [3-9]/);
    expect(text).toMatch(/http_requests_total\{route="\/api\/messages",method="POST",status="400"\} 1/);
    expect(text).toMatch(/bot_answers_total\{kind="answer"\} [1-9]/);
    expect(text).toMatch(/bot_answers_total\{kind="fallback"\} [1-9]/);
    expect(text).toMatch(/bot_triage_total\{level="(emergency|urgent)"\} 1/);
    expect(text).toMatch(/bot_turn_duration_seconds_count [3-9]/);
    expect(text).toMatch(/bot_engine_duration_seconds_bucket\{le="\+Inf"\} [3-9]/);
    expect(text).toMatch(/kb_reloads_total\{result="ok"\} 0/);
    expect(text).toMatch(/kb_entries \d{2,}/);
  });

  it('lets other code add a gauge that is read at scrape time', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    let size = 3;
    metrics.addGauge('memory_store_size', 'Conversations in the store.', () => size);
    expect((await metrics.render()).body).toMatch(/memory_store_size 3/);
    size = 7;
    expect((await metrics.render()).body).toMatch(/memory_store_size 7/);
  });
});

describe('GET /readyz', () => {
  it('is ready once the knowledge base is loaded, separately from /healthz', async () => {
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
