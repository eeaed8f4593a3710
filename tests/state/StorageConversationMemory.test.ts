import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { createMemoryLogger } from '../../src/logger';
import { StorageConversationMemory } from '../../src/state/ConversationMemory';

const TTL_MS = 30 * 60 * 1000;
const teams = { channelId: 'msteams', conversationId: 'a:19:user@contoso.com' };

/** botbuilder's own MemoryStorage: a store that never expires anything by itself, like Azure Blobs. */
function newMemory(storage: Storage = new MemoryStorage()) {
  const clock = { now: 1_700_000_000_000 };
  const logger = createMemoryLogger();
  const memory = new StorageConversationMemory(storage, {
    name: 'test-store',
    ttlMs: TTL_MS,
    logger,
    now: () => clock.now,
  });
  return { memory, clock, logs: logger.lines };
}

/** A store that fails while `down` is set, as Redis or a blob container does during an outage. */
class FlakyStorage implements Storage {
  down = false;
  private readonly inner = new MemoryStorage();
  async read(keys: string[]): Promise<StoreItems> {
    if (this.down) throw new Error('connection refused');
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    if (this.down) throw new Error('connection refused');
    return this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    if (this.down) throw new Error('connection refused');
    return this.inner.delete(keys);
  }
}

describe('conversation memory on any Bot Framework Storage', () => {
  test('close waits for a write the turn did not wait for, then closes the store', async () => {
    let finishWrite = () => undefined as void;
    const slow: Storage = {
      read: async () => ({}),
      write: () => new Promise<void>((resolve) => (finishWrite = resolve)),
      delete: async () => undefined,
    };
    const events: string[] = [];
    const memory = new StorageConversationMemory(slow, {
      name: 'slow',
      ttlMs: TTL_MS,
      logger: createMemoryLogger(),
      close: async () => void events.push('store closed'),
    });
    void memory.set(teams, { entryId: 'magnesium-foods' }).then(() => events.push('write done'));
    const closed = memory.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([]);
    finishWrite();
    await closed;
    expect(events).toEqual(['write done', 'store closed']);
  });

  test('remembers the last answer per channel and conversation, under a hashed key without the raw id', async () => {
    const storage = new MemoryStorage();
    const { memory } = newMemory(storage);
    await memory.set(teams, { entryId: 'magnesium-daily-need', nutrientId: 'magnesium' });
    await expect(memory.get(teams)).resolves.toEqual({
      entryId: 'magnesium-daily-need',
      nutrientId: 'magnesium',
    });
    await expect(memory.get({ ...teams, channelId: 'webchat' })).resolves.toBeUndefined();
    const stored = JSON.stringify((storage as unknown as { memory: Record<string, unknown> }).memory);
    expect(stored).toContain('conversation-context/');
    expect(stored).not.toContain('contoso');
  });

  test('forgets a context once CONTEXT_TTL_SECONDS have passed, even in a store that keeps it', async () => {
    const { memory, clock } = newMemory();
    await memory.set(teams, { entryId: 'magnesium-foods' });
    clock.now += TTL_MS - 1;
    await expect(memory.get(teams)).resolves.toEqual({ entryId: 'magnesium-foods' });
    clock.now += 1;
    await expect(memory.get(teams)).resolves.toBeUndefined();
  });

  test('"start over" clears the context', async () => {
    const { memory } = newMemory();
    await memory.set(teams, { entryId: 'magnesium-foods' });
    await memory.clear(teams);
    await expect(memory.get(teams)).resolves.toBeUndefined();
  });

  test('a failing store never fails the turn: no context, each failure counted, the outage and the recovery logged once each', async () => {
    const storage = new FlakyStorage();
    const { memory, logs } = newMemory(storage);
    storage.down = true;
    await expect(memory.set(teams, { entryId: 'magnesium-foods' })).resolves.toBeUndefined();
    await expect(memory.get(teams)).resolves.toBeUndefined();
    await expect(memory.clear(teams)).resolves.toBeUndefined();
    expect(memory.stats()).toMatchObject({ store: 'test-store', failures: 3, available: false });
    expect(logs.filter((line) => line.event === 'memory.store.unavailable')).toEqual([
      expect.objectContaining({ level: 'warn', store: 'test-store', message: 'connection refused' }),
    ]);
    storage.down = false;
    await memory.set(teams, { entryId: 'magnesium-foods' });
    await expect(memory.get(teams)).resolves.toEqual({ entryId: 'magnesium-foods' });
    expect(memory.stats()).toMatchObject({ failures: 3, available: true });
    expect(logs.filter((line) => line.event === 'memory.store.recovered')).toHaveLength(1);
  });
});
