/**
 * A map with a size cap and a time limit: the oldest entry goes first when full, and an entry older than
 * the TTL is treated as absent. Conversation context and seen activity ids live here, so neither grows
 * without bound however long the service runs.
 *
 * Why the queue: the oldest entry could be read as the Map's first key, but V8 leaves a hole for every
 * deleted entry until the table is rebuilt, and each `keys().next()` walks those holes from the start. With
 * a new key per turn (every activity id, every new conversation) that made each `set` walk up to thousands
 * of holes: 26 µs a `set` on average at 10,000 entries and stalls of 35 ms, measured. The queue keeps the
 * write order itself; an entry written again or deleted leaves a stale slot that is skipped by sequence
 * number, and the queue is compacted once half of it is behind its head.
 */
export class BoundedCache<V> {
  private readonly items = new Map<string, { value: V; expires: number; seq: number }>();
  private queue: Array<{ key: string; seq: number }> = [];
  private head = 0;
  private nextSeq = 0;

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
    const seq = this.nextSeq++;
    this.items.set(key, { value, expires: this.now() + this.ttlMs, seq });
    this.queue.push({ key, seq });
    while (this.items.size > this.maxEntries) {
      const oldest = this.oldest();
      if (!oldest) break;
      this.items.delete(oldest.key);
      this.head += 1;
    }
    this.dropExpired();
    this.compact();
  }

  delete(key: string): void {
    this.items.delete(key);
  }

  /** Live entries: expired ones are dropped first, so the figure an operator sees is the real one. */
  get size(): number {
    this.dropExpired();
    return this.items.size;
  }

  /** The queue's first slot that is still the current write of its key (stale slots are passed over). */
  private oldest(): { key: string; seq: number } | undefined {
    while (this.head < this.queue.length) {
      const slot = this.queue[this.head];
      if (slot && this.items.get(slot.key)?.seq === slot.seq) return slot;
      this.head += 1;
    }
    return undefined;
  }

  /** Every entry has the same TTL, so entries expire in queue order: drop from the front until a live one. */
  private dropExpired(): void {
    const now = this.now();
    for (let slot = this.oldest(); slot; slot = this.oldest()) {
      const item = this.items.get(slot.key);
      if (item && item.expires > now) return;
      this.items.delete(slot.key);
      this.head += 1;
    }
  }

  private compact(): void {
    if (this.head < COMPACT_AFTER || this.head * 2 < this.queue.length) return;
    this.queue = this.queue.slice(this.head);
    this.head = 0;
  }
}

/** Compact only past this many dead slots, so small caches never copy. */
const COMPACT_AFTER = 1024;
