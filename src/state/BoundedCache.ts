/**
 * A map with a size cap and a time limit: the oldest entry goes first when full, and an entry older than
 * the TTL is treated as absent. Conversation context and seen activity ids live here, so neither grows
 * without bound however long the service runs.
 */
export class BoundedCache<V> {
  private readonly items = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    if (item.expires <= this.now()) {
      this.items.delete(key);
      return undefined;
    }
    return item.value;
  }

  set(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.items.size > this.maxEntries) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
    this.dropExpired();
  }

  delete(key: string): void {
    this.items.delete(key);
  }

  /** Live entries: expired ones are dropped first, so the figure an operator sees is the real one. */
  get size(): number {
    this.dropExpired();
    return this.items.size;
  }

  /**
   * Every entry has the same TTL and `set` re-inserts at the end, so the map is in expiry order: expired
   * entries are all at the front, and dropping them costs one look per live entry reached (usually one).
   */
  private dropExpired(): void {
    const now = this.now();
    for (const [key, item] of this.items) {
      if (item.expires > now) break;
      this.items.delete(key);
    }
  }
}
