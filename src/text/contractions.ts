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
  [/\bi['’]m\b/g, 'i am'],
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

/** One normalised word as the words it stands for: a bare contraction expanded, a number split from its unit. */
export function expandWord(word: string): readonly string[] {
  const bare = BARE_CONTRACTIONS.get(word);
  if (bare) return bare;
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57) return [word];
  const unit = NUMBER_WITH_UNIT.exec(word);
  if (unit?.[1] !== undefined && unit[2] !== undefined)
    // "50k" is fifty thousand (a vitamin D dose in IU), not 50 of a unit "k".
    return unit[2] === 'k' ? [String(Number(unit[1]) * 1000)] : [unit[1], unit[2]];
  return [word];
}
