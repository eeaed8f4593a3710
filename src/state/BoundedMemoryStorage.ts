import type { Storage, StoreItems } from 'botbuilder';
import { BoundedCache } from './BoundedCache';

/**
 * Bot Framework's `MemoryStorage`, bounded: the same contract (items are stored as JSON, so callers get
 * copies; a write with a stale `eTag` is refused) but with a size cap (oldest out first) and a TTL, so a
 * long-running process cannot grow without limit. botbuilder's own `MemoryStorage` keeps every key forever
 * (its `delete` even leaves the key behind), which is fine for a test and wrong for a service.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items: BoundedCache<string>;
  private nextETag = 1;

  constructor(
    /** Most items kept; the least recently written goes first. */
    readonly maxItems: number,
    ttlMs: number,
    now?: () => number,
  ) {
    this.items = new BoundedCache(maxItems, ttlMs, now);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const json = this.items.get(key);
      if (json !== undefined) found[key] = JSON.parse(json);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes) as Array<[string, { eTag?: string }]>) {
      if (item.eTag && item.eTag !== '*') {
        const stored = this.items.get(key);
        const storedETag = stored === undefined ? undefined : (JSON.parse(stored) as { eTag?: string }).eTag;
        if (stored !== undefined && storedETag !== item.eTag)
          throw new Error(`BoundedMemoryStorage: error writing "${key}" due to eTag conflict.`);
      }
      this.items.set(key, JSON.stringify({ ...item, eTag: String(this.nextETag++) }));
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** Items held now (expired items still count until they are read or pushed out). */
  get size(): number {
    return this.items.size;
  }
}
