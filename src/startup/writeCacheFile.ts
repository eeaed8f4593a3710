import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Older files of the same kind to keep beside the one written (a curator editing live writes one per save). */
export interface CachePruning {
  /** The names of this kind of cache file. */
  pattern: RegExp;
  /** How many of the older ones to keep. */
  keep: number;
  /**
   * Beyond those, keep also the ones whose file time is more recent than this many ms ago. A cache whose readers
   * refresh the file time on each use (`markUsed`) keeps what anything used lately, however many there are.
   */
  unusedForMs?: number;
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

function pruneCacheFiles(
  dir: string,
  keep: string,
  { pattern, keep: count, unusedForMs = 0 }: CachePruning,
): void {
  const files = readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name))
    .filter((path) => path !== keep)
    .map((path) => ({ path, mtime: statSync(path).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const usedSince = Date.now() - unusedForMs;
  for (const { path, mtime } of files.slice(count)) if (mtime < usedSince) rmSync(path, { force: true });
}

/** Sets a cache file's time to now, as its last use, for pruning by `unusedForMs` (a read-only folder: nothing). */
export function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only install never prunes either.
  }
}
