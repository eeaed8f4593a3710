import { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { startRedisServer, type RedisServer } from '../support/redisServer';
import {
  faqResultOf,
  post,
  startServer,
  userActivity,
  type ReplyActivity,
  type RunningServer,
} from '../support/testKit';

interface Health {
  memory: {
    store: string;
    connection?: string;
    failures: number;
    available: boolean;
    conversations?: number;
  };
}

async function ask(instance: RunningServer, conversationId: string, text: string, channelId = 'test') {
  const response = await post(
    instance.url,
    userActivity({ text, channelId, conversation: { id: conversationId } }),
  );
  expect(response.status).toBe(200);
  const [reply] = (response.json as { activities: ReplyActivity[] }).activities;
  return reply ? faqResultOf(reply) : undefined;
}

async function metrics(instance: RunningServer): Promise<string> {
  return (await fetch(`${instance.url}/metrics`)).text();
}

async function health(instance: RunningServer): Promise<Health> {
  return (await fetch(`${instance.url}/healthz`)).json() as Promise<Health>;
}

/** Waits until /healthz shows the Redis connection in the given state (the client reconnects on its own). */
async function untilRedis(instance: RunningServer, state: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await health(instance)).memory.connection !== state) {
    if (Date.now() > deadline) throw new Error(`Redis connection never became "${state}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many times Redis ran each command since the last RESETSTAT (`INFO commandstats`). */
async function commandCounts(admin: Redis): Promise<Record<string, number>> {
  const info = await admin.info('commandstats');
  const counts: Record<string, number> = {};
  for (const [, name = '', calls] of info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm))
    counts[name] = Number(calls);
  return counts;
}

describe('two instances sharing conversation memory', () => {
  let instances: RunningServer[] = [];
  let redis: RedisServer | undefined;
  afterEach(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    instances = [];
    await redis?.stop();
    redis = undefined;
  });

  async function startWithRedis(count: number, extra: Record<string, string> = {}): Promise<RunningServer[]> {
    redis = await startRedisServer();
    const env = { CONTEXT_REDIS_URL: redis.url, CONTEXT_REDIS_KEY_PREFIX: `test-${Date.now()}:`, ...extra };
    instances = await Promise.all(Array.from({ length: count }, () => startServer({ env })));
    for (const instance of instances) await untilRedis(instance, 'ready');
    return instances;
  }

  test('with CONTEXT_REDIS_URL, a typed follow-up on instance B resolves against the answer instance A gave', async () => {
    const [a, b] = (await startWithRedis(2)) as [RunningServer, RunningServer];
    expect(await ask(a, 'shared-1', 'how much magnesium do I need')).toMatchObject({
      kind: 'answer',
      id: 'magnesium-daily-need',
    });
    expect(await ask(b, 'shared-1', 'what foods have it?')).toMatchObject({
      kind: 'answer',
      id: 'magnesium-foods',
    });
    expect((await health(a)).memory).toMatchObject({ store: 'redis', connection: 'ready', failures: 0 });
  });

  test('a typed question costs one read (MGET) and an answer one write (SET … PX) sent after it; a button with its context reads nothing', async () => {
    const [a] = (await startWithRedis(1)) as [RunningServer];
    const admin = new Redis(redis?.url ?? '');
    try {
      await admin.config('RESETSTAT');
      expect(await ask(a, 'trips-1', 'how much magnesium do I need')).toMatchObject({ kind: 'answer' });
      const button = userActivity({
        conversation: { id: 'trips-1' },
        text: 'What foods are rich in magnesium?',
        value: { action: 'ask', entryId: 'magnesium-foods', nutrientId: 'magnesium' },
      });
      expect((await post(a.url, button)).status).toBe(200);
      expect(await ask(a, 'trips-1', 'and how much is too much?')).toMatchObject({ kind: 'answer' });
      // The writes are not awaited by the turns, so Redis may count the last one a moment after the reply.
      const expected = { mget: 2, set: 3 };
      let counts: Record<string, number> = {};
      for (const deadline = Date.now() + 5000; Date.now() < deadline;) {
        counts = await commandCounts(admin);
        if ((counts.set ?? 0) >= expected.set) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect({ mget: counts.mget, set: counts.set, get: counts.get, del: counts.del }).toEqual({
        ...expected,
        get: undefined,
        del: undefined,
      });
    } finally {
      admin.disconnect();
    }
  });

  test('the same conversation id on another channel is another conversation', async () => {
    const [a] = (await startWithRedis(1)) as [RunningServer];
    await ask(a, 'same-id', 'how much magnesium do I need', 'msteams');
    expect(await ask(a, 'same-id', 'what foods have it?', 'webchat')).not.toMatchObject({
      id: 'magnesium-foods',
    });
    expect(await ask(a, 'same-id', 'what foods have it?', 'msteams')).toMatchObject({
      id: 'magnesium-foods',
    });
  });

  test('with Redis down the bot still answers, without context, logs the outage once and counts the failures; when Redis returns, follow-ups work again', async () => {
    const [a] = (await startWithRedis(1)) as [RunningServer];
    await redis?.kill();
    await untilRedis(a, 'reconnecting');

    expect(await ask(a, 'outage-1', 'how much magnesium do I need')).toMatchObject({
      kind: 'answer',
      id: 'magnesium-daily-need',
    });
    // The answer could not be remembered, so the follow-up gets the generic answer, not magnesium's.
    expect(await ask(a, 'outage-1', 'what foods have it?')).not.toMatchObject({ id: 'magnesium-foods' });
    const during = (await health(a)).memory;
    expect(during).toMatchObject({ store: 'redis', available: false });
    expect(during.failures).toBeGreaterThanOrEqual(2);
    const outageLines = a.logger.lines.filter((line) => line.event === 'memory.store.unavailable');
    expect(outageLines).toHaveLength(1);
    expect(outageLines[0]).toMatchObject({ level: 'warn', store: 'redis' });
    expect(await metrics(a)).toMatch(/^conversation_memory_available 0$/m);
    expect(await metrics(a)).toMatch(/^conversation_memory_failures [2-9]\d*$/m);

    await redis?.restart();
    await untilRedis(a, 'ready');
    expect(await ask(a, 'outage-2', 'how much magnesium do I need')).toMatchObject({ kind: 'answer' });
    expect(await ask(a, 'outage-2', 'what foods have it?')).toMatchObject({ id: 'magnesium-foods' });
    expect((await health(a)).memory).toMatchObject({ available: true });
    expect(await metrics(a)).toMatch(/^conversation_memory_available 1$/m);
    expect(a.logger.lines.some((line) => line.event === 'memory.store.recovered')).toBe(true);
  });

  test('a Redis that stops answering holds a turn for CONTEXT_REDIS_TIMEOUT_MS at most: the answer comes without context, and context works again once it answers', async () => {
    const [a] = (await startWithRedis(1, { CONTEXT_REDIS_TIMEOUT_MS: '300' })) as [RunningServer];
    redis?.pause();
    try {
      const started = Date.now();
      expect(await ask(a, 'stalled-1', 'how much magnesium do I need')).toMatchObject({
        kind: 'answer',
        id: 'magnesium-daily-need',
      });
      // One read before the answer waits out the timeout; the write after it is not awaited by the turn.
      expect(Date.now() - started).toBeLessThan(3_000);
      // Its answer could not be remembered either: the follow-up gets the generic answer.
      expect(await ask(a, 'stalled-1', 'what foods have it?')).not.toMatchObject({ id: 'magnesium-foods' });
      expect((await health(a)).memory.failures).toBeGreaterThanOrEqual(2);
    } finally {
      redis?.resume();
    }
    await untilRedis(a, 'ready');
    expect(await ask(a, 'stalled-2', 'how much magnesium do I need')).toMatchObject({ kind: 'answer' });
    expect(await ask(a, 'stalled-2', 'what foods have it?')).toMatchObject({ id: 'magnesium-foods' });
  });

  test('with the default in-process memory, instance B does not know what instance A answered, and /healthz and /metrics show each one’s size', async () => {
    // This is why the shared store exists: each process remembers only the turns it served itself.
    const [a, b] = await Promise.all([startServer(), startServer()]);
    instances = [a, b];
    expect(await ask(a, 'local-1', 'how much magnesium do I need')).toMatchObject({ kind: 'answer' });
    expect(await ask(b, 'local-1', 'what foods have it?')).not.toMatchObject({ id: 'magnesium-foods' });
    // The same follow-up on the instance that gave the answer does resolve.
    expect(await ask(a, 'local-1', 'what foods have it?')).toMatchObject({ id: 'magnesium-foods' });
    expect((await health(a)).memory).toMatchObject({
      store: 'memory',
      conversations: 1,
      maxConversations: 10_000,
      failures: 0,
    });
    const scraped = await metrics(a);
    expect(scraped).toMatch(/^conversation_memory_conversations 1$/m);
    expect(scraped).toMatch(/^conversation_memory_max_conversations 10000$/m);
    expect(scraped).toMatch(/^bot_seen_activities [1-9]\d*$/m);
  });
});

describe('configuring the shared memory', () => {
  test('the retired CONTEXT_STORE_DIR stops start-up and names its replacement', () => {
    expect(() => loadConfig({ CONTEXT_STORE_DIR: '/mnt/shared' })).toThrow(
      /CONTEXT_STORE_DIR was retired.*CONTEXT_REDIS_URL/,
    );
  });

  test('CONTEXT_REDIS_TIMEOUT_MS is a whole number of milliseconds from 10 to 10,000, 500 by default', () => {
    expect(loadConfig({}).CONTEXT_REDIS_TIMEOUT_MS).toBe(500);
    expect(loadConfig({ CONTEXT_REDIS_TIMEOUT_MS: '2000' }).CONTEXT_REDIS_TIMEOUT_MS).toBe(2000);
    expect(() => loadConfig({ CONTEXT_REDIS_TIMEOUT_MS: '0' })).toThrow(/CONTEXT_REDIS_TIMEOUT_MS/);
    expect(() => loadConfig({ CONTEXT_REDIS_TIMEOUT_MS: 'soon' })).toThrow(/CONTEXT_REDIS_TIMEOUT_MS/);
  });

  test('a CONTEXT_REDIS_URL that is not a redis:// URL stops start-up naming the key, not the value', () => {
    const load = () => loadConfig({ CONTEXT_REDIS_URL: 'http://user:secret@cache:6379' });
    expect(load).toThrow(/CONTEXT_REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(load).not.toThrow(/secret/);
  });
});
