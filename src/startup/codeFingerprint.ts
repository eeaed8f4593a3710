import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './projectRoot';

/** The folders whose code decides how text is read, indexed and learned from (sources under ts-jest, the build under dist/). */
const CODE_FOLDERS = ['engine', 'safety', 'text'];
/** Packages whose code decide it too. */
const CODE_PACKAGES = ['wink-porter2-stemmer', 'fuse.js'];

let fingerprint: string | undefined;

/**
 * The code that reads, indexes and learns from text (the engine, the safety screen, the text toolkit) and its
 * packages' versions, hashed once per process: part of the key of every cached index and model, so changed code
 * never reads what older code wrote. Sources under ts-jest and the build under dist/ hash apart, so each keeps its own.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    const dir = join(__dirname, '..', folder);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile() && !item.name.endsWith('.map') && !item.name.endsWith('.d.ts'))
      .map((item) => join(item.parentPath, item.name))
      .sort();
    for (const path of files)
      hash
        .update(`${relative(dir, path)}\0`)
        .update(readFileSync(path))
        .update('\0');
  }
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const name of CODE_PACKAGES) hash.update(`${name} ${pkg.dependencies?.[name]}\0`);
  fingerprint = hash.digest('hex');
  return fingerprint;
}
