import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint } from '../startup/codeFingerprint';
import { CACHE_DIR } from '../startup/projectRoot';
import { markUsed, writeCacheFile } from '../startup/writeCacheFile';

/** Where trained models are kept between runs, beside the other start-up caches (.cache/models). */
export const DEFAULT_MODEL_CACHE_DIR = join(CACHE_DIR, 'models');

/**
 * A short hash of everything that decides a model: its format, settings and training data, and the code that reads
 * text into its features (`codeFingerprint`), so a model trained by older code is never read by newer.
 */
export const modelKey = (...parts: readonly unknown[]): string => {
  const hash = createHash('sha256').update(codeFingerprint());
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part));
  return hash.digest('hex').slice(0, 24);
};

/**
 * A short hash of files as they are on disk, each by its path (relative to the project) and raw bytes: what a
 * training set's key needs, without decoding the text and copying it again as JSON (tens of ms at every start
 * for the labelled sets). Each file's length goes in before its bytes, so no two lists of files share a key.
 */
export const filesKey = (files: ReadonlyArray<{ path: string; bytes: Uint8Array }>): string => {
  const hash = createHash('sha256').update('files-1\0');
  for (const { path, bytes } of files) hash.update(`${path}\0${bytes.byteLength}\0`).update(bytes);
  return hash.digest('hex').slice(0, 24);
};

/** How a model is written to its cache file and read back (null: not a model this code can use). */
export interface ModelCodec<Model> {
  extension: string;
  encode(model: Model): string | Uint8Array;
  decode(data: Buffer): Model | null;
}

/** A model kept as its JSON. */
export const jsonCodec = <Model>(read: (json: unknown) => Model | null): ModelCodec<Model> => ({
  extension: 'json',
  encode: (model) => JSON.stringify(model),
  decode: (data) => read(JSON.parse(data.toString('utf8'))),
});

/** Models of one name not read for this long are dropped when another of that name is trained (one week). */
export const MODEL_UNUSED_MS = 7 * 24 * 60 * 60 * 1000;
/** However long unused, the newest few of each name stay. */
const MODELS_KEPT = 3;

/**
 * The model cached as `<name>-<key>.<extension>` in `cacheDir`, or a newly trained one written there. A cache that
 * cannot be read or written only costs the training time; a damaged file (`decode` returns null or throws) is
 * trained over. Each read marks the file used; writing a model drops the models of its name that nothing has
 * read for a week (`MODEL_UNUSED_MS`) beyond the newest few. Pruning by use, not by count: cross-validation
 * trains dozens of one name into the same folder while a service or test may be using the shipped one, and a
 * knowledge base edited live trains a new set at each save, so without it the folder only grows (gigabytes
 * in a week of development).
 */
export function loadOrTrainModel<Model>(
  name: string,
  key: string,
  cacheDir: string | null,
  codec: ModelCodec<Model>,
  train: () => Model,
): Model {
  const file = cacheDir === null ? null : join(cacheDir, `${name}-${key}.${codec.extension}`);
  if (file !== null) {
    try {
      const cached = codec.decode(readFileSync(file));
      if (cached) {
        markUsed(file);
        return cached;
      }
    } catch {
      // Not cached yet (or unreadable): train below.
    }
  }
  const model = train();
  // A read-only install trains at each start instead.
  if (file !== null) {
    const pattern = new RegExp(`^${name}-[0-9a-f]+\\.${codec.extension}$`);
    writeCacheFile(file, codec.encode(model), { pattern, keep: MODELS_KEPT, unusedForMs: MODEL_UNUSED_MS });
  }
  return model;
}
