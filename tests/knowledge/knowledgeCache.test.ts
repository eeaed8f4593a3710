import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import {
  knowledgeCacheKey,
  loadCachedKnowledgeBase,
  loaderFingerprint,
} from '../../src/knowledge/loadCachedKnowledgeBase';
import { KnowledgeBaseError } from '../../src/knowledge/KnowledgeBaseError';
import {
  DEFAULT_KNOWLEDGE_DIR,
  KNOWLEDGE_FILES,
  loadKnowledgeBase,
} from '../../src/knowledge/loadKnowledgeBase';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';

let work: string;
let dir: string;
let cacheDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-cache-'));
  dir = join(work, 'knowledge');
  cacheDir = join(work, 'cache');
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const cachedFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir) : []);
const editFaq = (edit: (text: string) => string) =>
  writeFileSync(join(dir, 'faq.yaml'), edit(readFileSync(join(dir, 'faq.yaml'), 'utf8')));

describe('the knowledge base cache', () => {
  it('validates the first time, then serves the same base from the cache', () => {
    const first = loadCachedKnowledgeBase(dir, cacheDir);
    expect(first.cache).toBe('miss');
    expect(cachedFiles()).toHaveLength(1);
    const second = loadCachedKnowledgeBase(dir, cacheDir);
    expect(second.cache).toBe('hit');
    expect(second.kb).toEqual(loadKnowledgeBase(dir));
    expect(second.kb.byId.get(second.kb.entries[0].id)).toBe(second.kb.entries[0]);
    expect(Object.isFrozen(second.kb)).toBe(true);
  });

  it('gives every labelled question the same reply from a cached base as from a freshly validated one', () => {
    loadCachedKnowledgeBase(dir, cacheDir);
    const cached = loadCachedKnowledgeBase(dir, cacheDir);
    expect(cached.cache).toBe('hit');
    const fresh = loadKnowledgeBase(dir);
    const engineOf = (kb: typeof fresh) => createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });
    const fromCache = engineOf(cached.kb);
    const fromYaml = engineOf(fresh);
    const { questions } = parse(readFileSync(join(__dirname, '../eval/questions.yaml'), 'utf8')) as {
      questions: Array<{ text: string }>;
    };
    for (const { text } of questions) expect(fromCache.answer({ text })).toEqual(fromYaml.answer({ text }));
  });

  it('serves an edited file at once: a changed file is a new key, validated and cached', () => {
    loadCachedKnowledgeBase(dir, cacheDir);
    const before = loadKnowledgeBase(dir).entries[0];
    editFaq((text) => text.replace(`title: ${before.title}`, 'title: An edited title?'));
    const edited = loadCachedKnowledgeBase(dir, cacheDir);
    expect(edited.cache).toBe('miss');
    expect(edited.kb.byId.get(before.id)?.title).toBe('An edited title?');
    expect(loadCachedKnowledgeBase(dir, cacheDir).kb.byId.get(before.id)?.title).toBe('An edited title?');
  });

  it.each(readdirSync(DEFAULT_KNOWLEDGE_DIR).filter((name) => name.endsWith('.yaml')))(
    'gives a new cache key after any edit to %s',
    (name) => {
      const key = knowledgeCacheKey(dir, loaderFingerprint());
      writeFileSync(join(dir, name), `${readFileSync(join(dir, name), 'utf8')}\n# an edit\n`);
      expect(knowledgeCacheKey(dir, loaderFingerprint())).not.toBe(key);
    },
  );

  it('validates again after an edit to a YAML file the loader does not read, or a new one', () => {
    const unread = readdirSync(dir).find(
      (name) => name.endsWith('.yaml') && !Object.values(KNOWLEDGE_FILES).some(({ file }) => file === name),
    );
    expect(unread).toBeDefined();
    expect(loadCachedKnowledgeBase(dir, cacheDir).cache).toBe('miss');
    expect(loadCachedKnowledgeBase(dir, cacheDir).cache).toBe('hit');
    writeFileSync(join(dir, `${unread}`), `${readFileSync(join(dir, `${unread}`), 'utf8')}\n# an edit\n`);
    expect(loadCachedKnowledgeBase(dir, cacheDir).cache).toBe('miss');
    writeFileSync(join(dir, 'added.yaml'), 'notes: a file a later loader may read\n');
    expect(loadCachedKnowledgeBase(dir, cacheDir).cache).toBe('miss');
    expect(loadCachedKnowledgeBase(dir, cacheDir).cache).toBe('hit');
  });

  it('still rejects an invalid edit with file:line errors, however many valid bases are cached', () => {
    loadCachedKnowledgeBase(dir, cacheDir);
    editFaq((text) => text.replace(/url: https:\/\//, 'url: http://'));
    expect(() => loadCachedKnowledgeBase(dir, cacheDir)).toThrow(KnowledgeBaseError);
    expect(() => loadCachedKnowledgeBase(dir, cacheDir)).toThrow(
      /faq\.yaml:\d+: entry "[a-z0-9-]+": sources/,
    );
    expect(cachedFiles()).toHaveLength(1);
  });

  it('keys on the loader code too, so a changed schema or parser never reads an old shape', () => {
    const key = knowledgeCacheKey(dir, loaderFingerprint());
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(knowledgeCacheKey(dir, loaderFingerprint())).toBe(key);
    expect(knowledgeCacheKey(dir, `${loaderFingerprint()} changed`)).not.toBe(key);
  });

  it('treats a damaged cache file as absent and writes it again', () => {
    loadCachedKnowledgeBase(dir, cacheDir);
    const [file] = cachedFiles();
    writeFileSync(join(cacheDir, file), '{"key": "trunc');
    expect(loadCachedKnowledgeBase(dir, cacheDir).cache).toBe('miss');
    expect(loadCachedKnowledgeBase(dir, cacheDir).cache).toBe('hit');
  });

  it('loads normally when the cache cannot be written', () => {
    writeFileSync(cacheDir, 'a file where the folder should be');
    const result = loadCachedKnowledgeBase(dir, cacheDir);
    expect(result.cache).toBe('miss');
    expect(result.kb.entries.length).toBeGreaterThan(0);
  });

  it('keeps only the newest few cached bases', () => {
    for (let i = 0; i < 6; i++) {
      editFaq((text) => `${text}\n# edit ${i}\n`);
      loadCachedKnowledgeBase(dir, cacheDir);
    }
    expect(cachedFiles()).toHaveLength(4);
  });

  it('validates every time with the cache off', () => {
    expect(loadCachedKnowledgeBase(dir, undefined).cache).toBe('off');
    expect(cachedFiles()).toHaveLength(0);
  });
});
