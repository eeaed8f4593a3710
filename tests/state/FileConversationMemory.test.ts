import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from '../../src/logger';
import { FileConversationMemory } from '../../src/state/FileConversationMemory';

const TTL_MS = 30 * 60 * 1000;

function newDir(): string {
  return mkdtempSync(join(tmpdir(), 'context-store-'));
}

/** A store on its own directory with a clock the test moves by hand. */
function newStore(options: { dir?: string; maxConversations?: number } = {}) {
  const clock = { now: 1_700_000_000_000 };
  const logger = createMemoryLogger();
  const dir = options.dir ?? newDir();
  const memory = new FileConversationMemory({
    dir,
    maxConversations: options.maxConversations ?? 100,
    ttlMs: TTL_MS,
    logger,
    now: () => clock.now,
  });
  return { memory, dir, clock, logs: logger.lines };
}

describe('the shared file conversation memory', () => {
  test('a context saved by one instance is read back by another instance on the same directory', async () => {
    const first = newStore();
    const second = newStore({ dir: first.dir });
    await first.memory.set('teams:conversation/1', {
      entryId: 'magnesium-daily-need',
      nutrientId: 'magnesium',
    });
    await expect(second.memory.get('teams:conversation/1')).resolves.toEqual({
      entryId: 'magnesium-daily-need',
      nutrientId: 'magnesium',
    });
    await expect(second.memory.get('another conversation')).resolves.toBeUndefined();
  });

  test('each conversation is one JSON file named by a hash, and the raw conversation id is never written', async () => {
    const { memory, dir } = newStore();
    await memory.set('a:29:user@contoso.com', { entryId: 'magnesium-foods' });
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/)]);
    const content = readFileSync(join(dir, files[0] ?? ''), 'utf8');
    expect(content).not.toContain('contoso');
    expect(JSON.parse(content)).toMatchObject({ context: { entryId: 'magnesium-foods' } });
  });

  test('a context older than the TTL is treated as absent and its file is deleted', async () => {
    const { memory, dir, clock } = newStore();
    await memory.set('conversation', { entryId: 'magnesium-foods' });
    clock.now += TTL_MS - 1;
    await expect(memory.get('conversation')).resolves.toEqual({ entryId: 'magnesium-foods' });
    clock.now += 1;
    await expect(memory.get('conversation')).resolves.toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('"start over" clears the conversation for every instance', async () => {
    const { memory, dir } = newStore();
    await memory.set('conversation', { entryId: 'magnesium-foods' });
    await memory.clear('conversation');
    await expect(memory.get('conversation')).resolves.toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('the number of files never exceeds the cap, and the oldest conversations go first', async () => {
    const { memory, dir, clock } = newStore({ maxConversations: 3 });
    for (let i = 1; i <= 7; i += 1) {
      clock.now += 1000;
      await memory.set(`conversation-${i}`, { entryId: `entry-${i}` });
      expect(readdirSync(dir).length).toBeLessThanOrEqual(3);
    }
    await expect(memory.get('conversation-7')).resolves.toEqual({ entryId: 'entry-7' });
    await expect(memory.get('conversation-6')).resolves.toEqual({ entryId: 'entry-6' });
    await expect(memory.get('conversation-1')).resolves.toBeUndefined();
  });

  test('a sweep trims files written by other instances and deletes expired ones and leftover temp files', async () => {
    const writer = newStore({ maxConversations: 1000 });
    for (let i = 1; i <= 6; i += 1) {
      writer.clock.now += 1000;
      await writer.memory.set(`conversation-${i}`, { entryId: `entry-${i}` });
    }
    // A crash between write and rename leaves a temp file behind; it dates from the writer's clock.
    const leftover = join(writer.dir, `${'a'.repeat(64)}.json.0badc0de.tmp`);
    writeFileSync(leftover, '{');
    utimesSync(leftover, writer.clock.now / 1000, writer.clock.now / 1000);
    writeFileSync(join(writer.dir, 'README.txt'), 'not the store’s file');
    const sweeper = newStore({ dir: writer.dir, maxConversations: 4 });
    sweeper.clock.now = writer.clock.now + 2 * 60_000;
    await sweeper.memory.sweep();
    const left = readdirSync(writer.dir).sort();
    expect(left.filter((name) => name.endsWith('.json'))).toHaveLength(3);
    expect(left).toContain('README.txt');
    expect(left.some((name) => name.endsWith('.tmp'))).toBe(false);
    await expect(sweeper.memory.get('conversation-6')).resolves.toEqual({ entryId: 'entry-6' });
    await expect(sweeper.memory.get('conversation-1')).resolves.toBeUndefined();

    sweeper.clock.now += TTL_MS;
    await sweeper.memory.sweep();
    expect(readdirSync(writer.dir)).toEqual(['README.txt']);
  });

  test('a corrupt or foreign file reads as no context, is logged and is removed', async () => {
    const { memory, dir, logs } = newStore();
    await memory.set('conversation', { entryId: 'magnesium-foods' });
    const [file] = readdirSync(dir);
    for (const garbage of ['{"savedAt":', '[]', '{"savedAt":1,"context":{"entryId":42}}']) {
      writeFileSync(join(dir, file ?? ''), garbage);
      await expect(memory.get('conversation')).resolves.toBeUndefined();
      expect(readdirSync(dir)).toEqual([]);
    }
    expect(logs.filter((line) => line.event === 'memory.file.corrupt')).toHaveLength(3);
  });

  test('an unusable directory means no context and a logged warning, never a failed turn', async () => {
    // A path under a regular file cannot be created even by root, unlike a chmod-ed directory.
    const blocker = join(newDir(), 'not-a-directory');
    writeFileSync(blocker, '');
    const { memory, logs } = newStore({ dir: join(blocker, 'store') });
    await expect(memory.set('conversation', { entryId: 'magnesium-foods' })).resolves.toBeUndefined();
    await expect(memory.get('conversation')).resolves.toBeUndefined();
    await expect(memory.clear('conversation')).resolves.toBeUndefined();
    await expect(memory.sweep()).resolves.toBeUndefined();
    const events = logs.map((line) => line.event);
    expect(events).toContain('memory.file.write-failed');
    expect(events).toContain('memory.file.read-failed');
    expect(logs.find((line) => line.event === 'memory.file.write-failed')).toMatchObject({ code: 'ENOTDIR' });
  });
});
