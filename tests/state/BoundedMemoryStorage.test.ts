import { BoundedMemoryStorage } from '../../src/state/BoundedMemoryStorage';

const TTL_MS = 60_000;

function newStorage(maxItems = 3) {
  const clock = { now: 1_700_000_000_000 };
  return { storage: new BoundedMemoryStorage(maxItems, TTL_MS, () => clock.now), clock };
}

describe('the bounded in-process storage (Bot Framework Storage)', () => {
  test('reads back what was written, as a copy with an eTag, and nothing for unknown keys', async () => {
    const { storage } = newStorage();
    const item = { entryId: 'magnesium-foods' };
    await storage.write({ a: item });
    const read = await storage.read(['a', 'missing']);
    expect(read).toEqual({ a: { entryId: 'magnesium-foods', eTag: expect.any(String) } });
    read.a.entryId = 'changed';
    expect((await storage.read(['a'])).a.entryId).toBe('magnesium-foods');
  });

  test('refuses a write with a stale eTag and accepts the current one or "*"', async () => {
    const { storage } = newStorage();
    await storage.write({ a: { n: 1 } });
    const { a } = await storage.read(['a']);
    await storage.write({ a: { ...a, n: 2 } });
    await expect(storage.write({ a: { ...a, n: 3 } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ a: { n: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a.n).toBe(4);
  });

  test('keeps at most its cap, pushing out the least recently written first, and says how many it holds', async () => {
    const { storage } = newStorage(3);
    for (const key of ['a', 'b', 'c']) await storage.write({ [key]: { key } });
    await storage.write({ a: { key: 'a again' } });
    await storage.write({ d: { key: 'd' } });
    expect(storage.size).toBe(3);
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  test('forgets an item once its TTL has passed, and the size no longer counts it', async () => {
    const { storage, clock } = newStorage();
    await storage.write({ a: { key: 'a' } });
    clock.now += TTL_MS / 2;
    await storage.write({ b: { key: 'b' } });
    clock.now += TTL_MS / 2;
    expect(storage.size).toBe(1);
    expect(await storage.read(['a', 'b'])).toEqual({ b: expect.objectContaining({ key: 'b' }) });
  });

  test('deletes items, and the size drops with them', async () => {
    const { storage } = newStorage();
    await storage.write({ a: { key: 'a' }, b: { key: 'b' } });
    await storage.delete(['a']);
    expect(storage.size).toBe(1);
    expect(await storage.read(['a'])).toEqual({});
  });
});
