import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Entry, KnowledgeBase } from './KnowledgeBase';
import { PROJECT_ROOT } from '../startup/projectRoot';
import { writeCacheFile } from '../startup/writeCacheFile';

/** How the base was obtained: from the cache, validated now (and cached), or validated with the cache off. */
export type KnowledgeCacheOutcome = 'hit' | 'miss' | 'off';

export interface CachedKnowledgeBase {
  kb: KnowledgeBase;
  cache: KnowledgeCacheOutcome;
}

/** Bump when the cached shape changes in a way the loader's own files would not show. */
const CACHE_FORMAT = 1;
/** Cached bases kept besides the newest (a curator editing live writes one per valid save). */
const KEEP_FILES = 3;
const FILE_PATTERN = /^knowledge-[0-9a-f]{64}\.json$/;

/**
 * The validated knowledge base, from a cache keyed by everything that decides it: the text of every
 * knowledge file, the loader's own code (every file in this folder, so a schema change invalidates it), the
 * exact versions of the parser and validator it uses, and the folder as shown in issues. Parsing and
 * validating the YAML is most of start-up (about half a second of CPU for 450 KB); reading it back as JSON is
 * a few milliseconds. A base that fails validation is never cached, so it fails exactly as without the cache.
 * `cacheDir` undefined turns caching off. A cache that cannot be read or written is treated as absent.
 */
export function loadCachedKnowledgeBase(dir: string, cacheDir: string | undefined): CachedKnowledgeBase {
  if (cacheDir === undefined) return { kb: validatingLoader().loadKnowledgeBase(dir), cache: 'off' };
  const key = knowledgeCacheKey(dir, loaderFingerprint());
  const file = join(cacheDir, `knowledge-${key}.json`);
  const cached = key ? readCached(file, key) : undefined;
  if (cached) return { kb: cached, cache: 'hit' };
  const kb = validatingLoader().loadKnowledgeBase(dir);
  if (key) writeCached(file, key, kb);
  return { kb, cache: 'miss' };
}

/**
 * The YAML parser and the schemas (tens of milliseconds of start-up) load only when the cache cannot answer.
 */
function validatingLoader(): typeof import('./loadKnowledgeBase') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on a cache miss only
  return require('./loadKnowledgeBase') as typeof import('./loadKnowledgeBase');
}

/**
 * The cache key of the base in `dir` under the loader `code`; empty when the folder cannot be read (the
 * loader then reports it). Every YAML file in the folder counts, a superset of what the loader reads, so no
 * change the loader would see is missed. Content only, like the base's version: the same files give the same
 * key from any checkout.
 */
export function knowledgeCacheKey(dir: string, code: string): string {
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${code}\0${relative(process.cwd(), dir)}\0`);
  try {
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort())
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(join(dir, file)))
        .update('\0');
  } catch {
    return '';
  }
  return hash.digest('hex');
}

let fingerprint: string | undefined;

/** The loader's code and its parser's and validator's versions, hashed once per process. */
export function loaderFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  for (const name of readdirSync(__dirname).sort()) {
    if (name.endsWith('.map') || name.endsWith('.d.ts')) continue;
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(__dirname, name)))
      .update('\0');
  }
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  hash.update(`yaml ${pkg.dependencies?.yaml} zod ${pkg.dependencies?.zod}`);
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The hash of the cache file each base given out here was read from (or written to): see `knowledgeFingerprint`. */
const fingerprints = new WeakMap<KnowledgeBase, string>();

/**
 * A hash of the exact JSON text this module read `kb` from (or wrote it as), for a base it gave out; undefined for
 * any other. The base is a pure function of that text, so the hash stands for its whole content: the index
 * cache keys by it instead of serialising the base again (tens of ms at every start). Bases are not changed
 * after loading (the whole service treats them as read-only), and a base built any other way has no fingerprint.
 */
export const knowledgeFingerprint = (kb: KnowledgeBase): string | undefined => fingerprints.get(kb);

const hashText = (text: string) => createHash('sha256').update(text).digest('hex');

function readCached(file: string, key: string): KnowledgeBase | undefined {
  let text: string;
  let stored: { key?: unknown; kb?: Omit<KnowledgeBase, 'byId'> };
  try {
    text = readFileSync(file, 'utf8');
    stored = JSON.parse(text) as typeof stored;
  } catch {
    return undefined;
  }
  const kb = stored.kb;
  if (stored.key !== key || !kb || !Array.isArray(kb.entries)) return undefined;
  const loaded = Object.freeze({ ...kb, byId: new Map(kb.entries.map((entry: Entry) => [entry.id, entry])) });
  fingerprints.set(loaded, hashText(text));
  return loaded;
}

function writeCached(file: string, key: string, kb: KnowledgeBase): void {
  // The map is rebuilt on reading: JSON has no Map, and the entries are all it holds.
  const plain = { ...kb, byId: undefined };
  const text = JSON.stringify({ key, kb: plain });
  // The text the next start reads this base back from: the same fingerprint now as then.
  fingerprints.set(kb, hashText(text));
  writeCacheFile(file, text, { pattern: FILE_PATTERN, keep: KEEP_FILES });
}
