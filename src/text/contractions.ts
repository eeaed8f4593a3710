import { dialectWord, dialectWordAt } from './dialect';

/**
 * The one contraction table, shared by matching and triage. Two spellings reach it:
 *   - with an apostrophe ("don't"), expanded inside normalizeText before punctuation is dropped, so "don't"
 *     keeps its negation and "what's" its "is" instead of becoming the unrelated tokens "don" and "t";
 *   - typed without one ("dont", "cant", "im"), which normalizeText cannot tell from a word: expandWord
 *     splits those after tokenising.
 */

/** Contractions typed with an apostrophe: general patterns, most specific first. */
const WITH_APOSTROPHE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan['’]t\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/\b(\w+)n['’]t\b/g, '$1 not'],
  [/\b(\w+)['’]re\b/g, '$1 are'],
  [/\b(\w+)['’]ve\b/g, '$1 have'],
  [/\b(\w+)['’]ll\b/g, '$1 will'],
  [/\b(\w+)['’]d\b/g, '$1 would'],
  // "ah'm" is the Scots "I'm" (src/text/dialect.ts reads "ah" before "am" as "i").
  [/\b(i|ah)['’]m\b/g, '$1 am'],
  [/\b(it|that|what|there|he|she|who|where|how|here)['’]s\b/g, '$1 is'],
  [/['’]s\b/g, ''],
];

/**
 * Contractions typed without an apostrophe. A Map, not an object literal, so a message word such as
 * "constructor" is not looked up on Object.prototype.
 */
export const BARE_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    cant: ['can', 'not'],
    cannot: ['can', 'not'],
    dont: ['do', 'not'],
    doesnt: ['does', 'not'],
    didnt: ['did', 'not'],
    wont: ['will', 'not'],
    isnt: ['is', 'not'],
    arent: ['are', 'not'],
    wasnt: ['was', 'not'],
    werent: ['were', 'not'],
    couldnt: ['could', 'not'],
    wouldnt: ['would', 'not'],
    shouldnt: ['should', 'not'],
    havent: ['have', 'not'],
    hasnt: ['has', 'not'],
    hadnt: ['had', 'not'],
    aint: ['is', 'not'],
    im: ['i', 'am'],
    ive: ['i', 'have'],
    thats: ['that', 'is'],
    whats: ['what', 'is'],
    hes: ['he', 'is'],
    shes: ['she', 'is'],
    theyre: ['they', 'are'],
  }),
);

/** Expands the apostrophe contractions of lower-cased text ("don't" → "do not", "mum's" → "mum"). */
export function expandContractions(text: string): string {
  let expanded = text;
  for (const [pattern, replacement] of WITH_APOSTROPHE) expanded = expanded.replace(pattern, replacement);
  return expanded;
}

/** "1000mg" → "1000 mg", "20mins" → "20 mins": a dose or duration glued to its unit. */
const NUMBER_WITH_UNIT = /^(\d+)([a-z]+)$/;

/**
 * One normalised word as the words it stands for: a bare contraction expanded, a dialect spelling that needs no
 * context read ("cannae" → "can not", src/text/dialect.ts), a number split from its unit. A word in a message
 * is better read by expandWords, which also reads the spellings that need their neighbours ("ma", "ah").
 */
export function expandWord(word: string): readonly string[] {
  const bare = BARE_CONTRACTIONS.get(word) ?? dialectWord(word);
  if (bare) return bare;
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57) return [word];
  const unit = NUMBER_WITH_UNIT.exec(word);
  if (unit?.[1] !== undefined && unit[2] !== undefined)
    // "50k" is fifty thousand (a vitamin D dose in IU), not 50 of a unit "k".
    return unit[2] === 'k' ? [String(Number(unit[1]) * 1000)] : [unit[1], unit[2]];
  return [word];
}

/**
 * The word at `index` of normalised `words` as the words it stands for: expandWord, with the dialect spellings
 * that need their neighbours read in context. An empty string in `words` stands for no word (a blanked mark).
 */
export function expandWordAt(words: readonly string[], index: number): readonly string[] {
  const word = words[index];
  if (word === undefined) return [];
  return dialectWordAt(words, index) ?? expandWord(word);
}

/** Every word of normalised `words` expanded (expandWordAt). */
export function expandWords(words: readonly string[]): string[] {
  return words.flatMap((_, index) => expandWordAt(words, index));
}
