import { BoundedCache } from '../../src/state/BoundedCache';

describe('the bounded cache behind the memory and the seen-activity list', () => {
  test('a key written again becomes the newest, and the oldest goes first when full', () => {
    const cache = new BoundedCache<number>(3, 60_000);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.set('a', 4);
    cache.set('d', 5);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([4, undefined, 3, 5]);
    expect(cache.size).toBe(3);
  });

  test('a deleted key frees its place and is not evicted twice', () => {
    const cache = new BoundedCache<number>(2, 60_000);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.delete('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
    cache.set('a', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([4, undefined, 3]);
  });

  test('after a long run of new keys, rewrites and deletes it still holds exactly the newest entries', () => {
    const clock = { now: 0 };
    const cache = new BoundedCache<number>(1000, 60_000, () => clock.now);
    for (let i = 0; i < 50_000; i += 1) {
      cache.set(`key-${i}`, i);
      if (i % 7 === 0) cache.set(`key-${i - 3}`, i); // written again: moves to the newest end
      if (i % 11 === 0) cache.delete(`key-${i - 1}`);
    }
    expect(cache.size).toBe(1000);
    expect(cache.get('key-49999')).toBe(49999);
    expect(cache.get('key-40000')).toBeUndefined();
    clock.now += 60_000;
    expect(cache.size).toBe(0);
  });
});
