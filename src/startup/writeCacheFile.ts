import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Older files of the same kind to keep beside the one written (a curator editing live writes one per save). */
export interface CachePruning {
  /** The names of this kind of cache file. */
  pattern: RegExp;
  /** How many of the older ones to keep. */
  keep: number;
}

/**
 * Writes one start-up cache file, making its folder: written aside and renamed, so another instance starting at
 * the same time never reads half a file; then, with `prune`, drops all but the newest few older files of the
 * same kind (they belong to bases or code nobody serves any more). A cache that cannot be written only costs
 * the saving: nothing is thrown, and no temporary file is left behind.
 */
export function writeCacheFile(file: string, contents: string | Uint8Array, prune?: CachePruning): void {
  const dir = dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, contents);
    renameSync(temporary, file);
    if (prune) pruneCacheFiles(dir, file, prune);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written: the folder itself is unusable.
    }
  }
}

function pruneCacheFiles(dir: string, keep: string, { pattern, keep: count }: CachePruning): void {
  const files = readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name))
    .filter((path) => path !== keep)
    .map((path) => ({ path, mtime: statSync(path).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of files.slice(count)) rmSync(path, { force: true });
}
