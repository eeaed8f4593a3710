import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

export interface RedisStorageOptions {
  /** Prefix of every key this store writes, so one Redis can serve several bots or environments. */
  keyPrefix: string;
  /** Expiry Redis applies to each item on every write (`SET … PX`), so nothing is left to sweep. */
  ttlMs: number;
}

/**
 * Bot Framework `Storage` on Redis. Each item is one string key holding JSON, written with its expiry in
 * the same command, so Redis itself expires it (no sweeps, no races between instances).
 *
 * One round trip per call: `read` is one `MGET` for all its keys, `write` one pipeline of `SET … PX` (a
 * single command for the usual single item), `delete` one `DEL`.
 *
 * Non-goal: optimistic concurrency. The last write wins and each write stamps a fresh `eTag`; the bot stores
 * only "the last answer of this conversation", where the last write is exactly what the user saw last.
 */
export class RedisStorage implements Storage {
  private writes = 0;

  constructor(
    private readonly client: Redis,
    private readonly options: RedisStorageOptions,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const values = await this.client.mget(keys.map((key) => this.redisKey(key)));
    const found: StoreItems = {};
    keys.forEach((key, i) => {
      const json = values[i];
      if (typeof json === 'string') found[key] = JSON.parse(json);
    });
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const eTag = `${Date.now().toString(36)}-${(this.writes++).toString(36)}`;
    const encode = (item: unknown) => JSON.stringify({ ...(item as object), eTag });
    if (entries.length === 1) {
      const [[key, item]] = entries as [[string, unknown]];
      await this.client.set(this.redisKey(key), encode(item), 'PX', this.options.ttlMs);
      return;
    }
    const pipeline = this.client.pipeline();
    for (const [key, item] of entries)
      pipeline.set(this.redisKey(key), encode(item), 'PX', this.options.ttlMs);
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.client.del(keys.map((key) => this.redisKey(key)));
  }

  private redisKey(key: string): string {
    return `${this.options.keyPrefix}${key}`;
  }
}
