import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { types } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { EngineIndexData } from '../engine/EngineIndexData';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { knowledgeFingerprint } from '../knowledge/loadCachedKnowledgeBase';
import type { SafetyIndexData } from '../safety/compilePhraseIndex';
import { rememberStems, stemsSoFar } from '../text';
import { codeFingerprint } from './codeFingerprint';
import { writeCacheFile } from './writeCacheFile';

/**
 * How the engine's and the safety screen's indexes were obtained: from the cache, built now (and cached), built
 * now because the cached file was unusable (`ignored`, logged with the reason), or built with the cache off.
 */
export type IndexCacheOutcome = 'hit' | 'miss' | 'ignored' | 'off';

/** What one cache file holds: the costly part of building the engine and the safety screen from one base. */
export interface IndexData {
  engine: EngineIndexData;
  safety: SafetyIndexData;
  /** Every word the builds stemmed, with its stem (the stemmer is the costliest part of reading a text). */
  stems?: Map<string, string>;
}

export interface IndexCache {
  outcome: Exclude<IndexCacheOutcome, 'off'>;
  /** Why the cached file was not used (`ignored` only): for the log line. */
  reason?: string;
  file: string;
  /** Handed to the builds, which use what it holds and fill in what it lacks. */
  data: IndexData;
  /** Keeps `data` for the next start, once the builds have filled it in (does nothing after a hit). */
  save(): void;
}

/** Bump when the cached shape changes in a way the engine's own files would not show. */
const CACHE_FORMAT = 1;
/** Cached indexes kept besides the newest (a curator editing live writes one per valid save). */
const KEEP_FILES = 3;
const FILE_PATTERN = /^index-[0-9a-f]{64}\.v8$/;

/**
 * The engine's and the safety screen's indexes for `kb`, from `cacheDir`: keyed by everything that decides them,
 * namely the whole base as loaded, the code of the engine, the safety screen and the text toolkit, the versions
 * of the stemmer and fuse.js, and V8's (the file is V8's serialisation). A different base or different code
 * gives a different file, so a cached index is never served for another base. A file that cannot be read, or
 * whose contents do not fit the base, is ignored (the reason is returned for the log) and rebuilt over; a
 * cache that cannot be written only costs the saving.
 */
export function openIndexCache(cacheDir: string, kb: KnowledgeBase): IndexCache {
  const key = indexCacheKey(kb);
  const file = join(cacheDir, `index-${key}.v8`);
  const fresh = (outcome: 'miss' | 'ignored', reason?: string): IndexCache => {
    const data: IndexData = { engine: {}, safety: {} };
    const save = () => writeCached(file, key, { ...data, stems: stemsSoFar() });
    return { outcome, reason, file, data, save };
  };
  let stored: unknown;
  try {
    stored = readStored(readFileSync(file), key);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh('miss');
    return fresh('ignored', `unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problem = typeof stored === 'string' ? stored : problemWith(stored, kb);
  if (problem !== null) return fresh('ignored', problem);
  const { engine, safety, stems } = stored as IndexData;
  // The words the engine's build will still stem (synonyms, cues) are known already: the same stems, sooner.
  if (stems) rememberStems(stems);
  return { outcome: 'hit', file, data: { engine, safety }, save: () => undefined };
}

/**
 * The cache key of the indexes built from `kb` by this code. The base counts by its whole content: for a base read
 * from (or written to) the knowledge cache, the hash of that file's text, which it is a pure function of; for any
 * other, its JSON (the two are tagged apart, so neither can stand for the other).
 */
export function indexCacheKey(kb: KnowledgeBase): string {
  const fingerprint = knowledgeFingerprint(kb);
  return createHash('sha256')
    .update(`${CACHE_FORMAT}\0${codeFingerprint()}\0${process.versions.v8}\0`)
    .update(
      fingerprint === undefined
        ? `json\0${JSON.stringify({ ...kb, byId: undefined })}`
        : `file\0${fingerprint}`,
    )
    .digest('hex');
}

// By V8's own type tags, not instanceof: a test runner's context has Map and Set constructors of its own. The
// containers are checked, not each word in them: a damaged file fails to deserialise or has the wrong shape.
const isSet = (value: unknown): value is Set<string> => types.isSet(value);
const isMap = (value: unknown): value is Map<string, unknown> => types.isMap(value);

/**
 * Why a stored record cannot be used for `kb`, or null when it can. The key decides; the shape is checked as
 * well, so a damaged file that still deserialises is rebuilt rather than half-used.
 */
function problemWith(stored: unknown, kb: KnowledgeBase): string | null {
  if (typeof stored !== 'object' || stored === null) return 'not a cached index';
  const { engine, safety, stems } = stored as Partial<IndexData>;
  if (!isMap(stems)) return 'the stems are damaged';
  const words = engine?.words;
  if (!isMap(words?.vocabulary) || !isSet(words?.knownStems)) return 'the analyzer words are damaged';
  const entries = engine?.entries;
  if (
    !Array.isArray(entries) ||
    entries.length !== kb.entries.length ||
    !entries.every(
      (terms, i) =>
        terms?.id === kb.entries[i].id &&
        Array.isArray(terms.phrasings) &&
        terms.phrasings.length === 1 + kb.entries[i].alternates.length &&
        terms.phrasings.every(isSet) &&
        isSet(terms.tags) &&
        isSet(terms.body) &&
        isSet(terms.nutrients),
    )
  )
    return "the entries' terms are damaged";
  const packed = safety?.packed;
  if (!Array.isArray(packed?.roles) || !Array.isArray(packed.vocabulary) || !isMap(packed.groups))
    return 'the safety phrases are damaged';
  return null;
}

/**
 * A cache file is its key, the indexes serialised, and their SHA-256: the safety phrases are kept as text, unpacked
 * when first needed, so a damaged byte must be caught before anything is used, not in the middle of a turn.
 */
interface StoredIndex {
  key: string;
  sha256: string;
  indexes: Uint8Array;
}

/** The indexes a file holds, or why they cannot be used; throws when it does not deserialise. */
function readStored(bytes: Buffer, key: string): unknown {
  const stored = deserialize(bytes) as Partial<StoredIndex> | null;
  if (typeof stored !== 'object' || stored === null || !types.isUint8Array(stored.indexes))
    return 'not a cached index';
  if (stored.key !== key) return 'written for another base or other code';
  if (sha256(stored.indexes) !== stored.sha256) return 'damaged (its checksum does not match)';
  return deserialize(stored.indexes);
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function writeCached(file: string, key: string, data: IndexData): void {
  const indexes = serialize(data);
  const stored: StoredIndex = { key, sha256: sha256(indexes), indexes };
  writeCacheFile(file, serialize(stored), { pattern: FILE_PATTERN, keep: KEEP_FILES });
}
