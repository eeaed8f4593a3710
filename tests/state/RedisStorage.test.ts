import { Redis } from 'ioredis';
import { RedisStorage } from '../../src/state/RedisStorage';
import { startRedisServer, type RedisServer } from '../support/redisServer';

/** How many times Redis ran each command, as `INFO commandstats` reports it to an operator. */
async function commandCounts(client: Redis): Promise<Record<string, number>> {
  const info = await client.info('commandstats');
  const counts: Record<string, number> = {};
  for (const match of info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm))
    counts[match[1] ?? ''] = Number(match[2]);
  return counts;
}

describe('the Redis storage against a real redis-server', () => {
  let redis: RedisServer;
  let client: Redis;
  let admin: Redis;
  beforeAll(async () => {
    redis = await startRedisServer();
    client = new Redis(redis.url);
    admin = new Redis(redis.url);
  });
  afterAll(async () => {
    client.disconnect();
    admin.disconnect();
    await redis.stop();
  });

  test('writes items Redis itself expires after the TTL, under the configured prefix', async () => {
    const storage = new RedisStorage(client, { keyPrefix: 'test-a:', ttlMs: 60_000 });
    await storage.write({ 'conversation-context/x': { entryId: 'magnesium-foods' } });
    const ttl = await admin.pttl('test-a:conversation-context/x');
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await storage.read(['conversation-context/x', 'other'])).toEqual({
      'conversation-context/x': { entryId: 'magnesium-foods', eTag: expect.any(String) },
    });
  });

  test('an item is gone once Redis has expired it', async () => {
    const storage = new RedisStorage(client, { keyPrefix: 'test-b:', ttlMs: 50 });
    await storage.write({ short: { entryId: 'magnesium-foods' } });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await storage.read(['short'])).toEqual({});
    expect(await admin.exists('test-b:short')).toBe(0);
  });

  test('each call is one command to Redis however many keys it carries (MGET, one SET or a pipeline, DEL)', async () => {
    const storage = new RedisStorage(client, { keyPrefix: 'test-c:', ttlMs: 60_000 });
    await admin.config('RESETSTAT');
    await storage.write({ one: { n: 1 } });
    await storage.read(['one', 'two', 'three']);
    await storage.delete(['one', 'two']);
    expect(await commandCounts(admin)).toMatchObject({ set: 1, mget: 1, del: 1 });
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    expect(await storage.read(['a', 'b'])).toEqual({
      a: { n: 1, eTag: expect.any(String) },
      b: { n: 2, eTag: expect.any(String) },
    });
  });
});
