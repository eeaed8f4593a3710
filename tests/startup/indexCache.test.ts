import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parse } from 'yaml';
import { createApp } from '../../src/createApp';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase';
import { knowledgeFingerprint, loadCachedKnowledgeBase } from '../../src/knowledge/loadCachedKnowledgeBase';
import { createMemoryLogger } from '../../src/logger';
import { indexCacheKey, openIndexCache } from '../../src/startup/indexCache';
import { warmShippedModels } from '../../src/startup/shippedModels';
import { renderedReply, shippedKb, testConfig } from '../support/testKit';

let cacheDir: string;
beforeEach(() => (cacheDir = mkdtempSync(join(tmpdir(), 'index-cache-'))));
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The service as index.ts builds it, with its indexes cached in `dir` (or not cached at all). */
function buildApp(kb: KnowledgeBase, dir?: string) {
  const logger = createMemoryLogger();
  const app = createApp({ config: testConfig(), kb, logger, indexCacheDir: dir });
  return { app, logger };
}

const cacheFiles = () => readdirSync(cacheDir).filter((name) => name.startsWith('index-'));

const texts = (file: string, list: 'questions' | 'cases') =>
  (parse(readFileSync(join(__dirname, '../eval', file), 'utf8')) as Record<string, Array<{ text: string }>>)[
    list
  ].map(({ text }) => text);

/**
 * A spread of what people send: the test set (answers, "Did you mean…", declines, scope notices), the safety
 * cases (urgent replies and their near misses), typos, small talk and messages with nothing to match.
 */
const MESSAGES = [
  ...texts('questions.yaml', 'questions'),
  ...texts('safety.yaml', 'cases'),
  'magnesim for crampz at nite',
  'hello there',
  'thanks a lot!',
  'what can you do?',
  'how do I reset my router',
  '🙂',
  '',
];

/** What a person sees for every message: the reply's text, its faqResult entity and its buttons. */
const repliesOf = (app: ReturnType<typeof buildApp>['app']) =>
  MESSAGES.map((text) => {
    const { text: reply, faq, actions } = renderedReply(app.engine, app.kb, text);
    return { text, reply, faq, actions };
  });

let shippedReplies: ReturnType<typeof repliesOf> | undefined;
/** The replies of a build of the shipped base that never saw a cache, worked out once per file. */
const freshReplies = () => (shippedReplies ??= repliesOf(buildApp(shippedKb()).app));

describe('the cached engine and safety indexes', () => {
  it('give every message the same reply as a fresh build, from the first start (written) and the next (read)', () => {
    const kb = shippedKb();
    const fresh = freshReplies();
    const first = buildApp(kb, cacheDir);
    expect(first.app.indexCache).toBe('miss');
    expect(cacheFiles()).toHaveLength(1);
    const second = buildApp(kb, cacheDir);
    expect(second.app.indexCache).toBe('hit');
    expect(repliesOf(first.app)).toEqual(fresh);
    expect(repliesOf(second.app)).toEqual(fresh);
    expect(fresh.filter((reply) => reply.faq?.kind === 'answer').length).toBeGreaterThan(300);
    expect(fresh.filter((reply) => reply.faq?.kind === 'urgent').length).toBeGreaterThan(100);
  });

  it('written by warmShippedModels (the container build), are complete: the first start reads them and replies as a fresh build', () => {
    const kb = shippedKb();
    const warmed = openIndexCache(cacheDir, kb);
    expect(warmed.outcome).toBe('miss');
    warmShippedModels(kb, warmed.data);
    warmed.save();
    expect(Object.keys(warmed.data.engine).length).toBeGreaterThan(0);
    expect(Object.keys(warmed.data.safety).length).toBeGreaterThan(0);
    const started = buildApp(kb, cacheDir);
    expect(started.app.indexCache).toBe('hit');
    // Nothing was left for the service to build and save: still the one file the warm-up wrote.
    expect(cacheFiles()).toHaveLength(1);
    expect(repliesOf(started.app)).toEqual(freshReplies());
  });

  it('are built again for a changed base, never read from the old base’s file', () => {
    const before = shippedKb();
    buildApp(before, cacheDir);
    const entry = before.entries.find((item) => item.origin.kind === 'faq');
    if (!entry) throw new Error('the shipped base has FAQ entries');
    // The changed base answers a new phrasing with this entry: only indexes built from the changed base know it.
    const question = 'can pickled herring juice stop a cramp';
    const entries = before.entries.map((item) =>
      item.id === entry.id ? { ...item, alternates: [...item.alternates, question] } : item,
    );
    const after: KnowledgeBase = {
      ...before,
      entries,
      byId: new Map(entries.map((item) => [item.id, item])),
    };
    expect(indexCacheKey(after)).not.toBe(indexCacheKey(before));
    const rebuilt = buildApp(after, cacheDir);
    expect(rebuilt.app.indexCache).toBe('miss');
    expect(cacheFiles()).toHaveLength(2);
    // The edit keeps the base's version, so the entry classifier and the answer check (keyed by it) are the shipped
    // ones, which never saw the new phrasing: the check may ask "Did you mean…" rather than answer, but only the
    // rebuilt indexes put the entry first.
    const firstOffered = (result: ReturnType<typeof renderedReply>['result']) =>
      result.kind === 'answer'
        ? result.entry.id
        : result.kind === 'clarify'
          ? result.options[0]?.id
          : undefined;
    expect(firstOffered(renderedReply(rebuilt.app.engine, after, question).result)).toBe(entry.id);
    expect(
      firstOffered(renderedReply(buildApp(before, cacheDir).app.engine, before, question).result),
    ).not.toBe(entry.id);
    expect(repliesOf(rebuilt.app)).toEqual(repliesOf(buildApp(after).app));
  });

  it.each([
    ['random bytes', () => Buffer.from('not a cached index at all')],
    ['a file cut short', (whole: Buffer) => whole.subarray(0, Math.floor(whole.length / 2))],
    [
      'the right key and checksum with damaged contents',
      (_whole: Buffer, key: string) => {
        const indexes = serialize({ engine: { entries: [] }, safety: {}, stems: new Map() });
        return serialize({ key, sha256: createHash('sha256').update(indexes).digest('hex'), indexes });
      },
    ],
    [
      'one byte of the indexes changed (the checksum no longer matches)',
      (whole: Buffer) => {
        const stored = deserialize(whole) as { indexes: Uint8Array };
        const middle = Math.floor(stored.indexes.length / 2);
        stored.indexes[middle] = (stored.indexes[middle] ?? 0) ^ 1;
        return serialize(stored);
      },
    ],
    [
      'indexes written for another base, under this base’s name',
      (whole: Buffer) =>
        serialize({
          ...(deserialize(whole) as object),
          key: indexCacheKey({ ...shippedKb(), version: 'other' }),
        }),
    ],
  ])('are rebuilt, with a warning in the log, when the file holds %s', (_, damage) => {
    const kb = shippedKb();
    buildApp(kb, cacheDir);
    const [name] = cacheFiles();
    const file = join(cacheDir, name);
    writeFileSync(file, damage(readFileSync(file), indexCacheKey(kb)));
    const { app, logger } = buildApp(kb, cacheDir);
    expect(app.indexCache).toBe('ignored');
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        event: 'index-cache.ignored',
        file,
        reason: expect.any(String),
      }),
    );
    expect(repliesOf(app)).toEqual(freshReplies());
    // Written over with good indexes: the next start reads them.
    expect(openIndexCache(cacheDir, kb).outcome).toBe('hit');
  });

  it('are keyed by the knowledge cache file a base came from: the same after a miss and a hit, another for a changed file', () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'index-cache-kb-'));
    try {
      cpSync(join(__dirname, '../../knowledge'), knowledge, { recursive: true });
      const written = loadCachedKnowledgeBase(knowledge, cacheDir);
      const read = loadCachedKnowledgeBase(knowledge, cacheDir);
      expect([written.cache, read.cache]).toEqual(['miss', 'hit']);
      expect(knowledgeFingerprint(read.kb)).toBeDefined();
      expect(indexCacheKey(read.kb)).toBe(indexCacheKey(written.kb));
      // A base built any other way is keyed by its JSON, never by a file's hash.
      expect(indexCacheKey(shippedKb())).not.toBe(indexCacheKey(read.kb));
      const content = join(knowledge, 'content.yaml');
      writeFileSync(content, `${readFileSync(content, 'utf8')}\n# changed\n`);
      const changed = loadCachedKnowledgeBase(knowledge, cacheDir);
      expect(changed.cache).toBe('miss');
      expect(indexCacheKey(changed.kb)).not.toBe(indexCacheKey(read.kb));
    } finally {
      rmSync(knowledge, { recursive: true, force: true });
    }
  });
});
