/**
 * Maps a word of a message onto the trigger vocabulary (every word of every phrase in knowledge/safety.yaml):
 * the same word, an "-ing" word spelt with its "g" dropped ("fittin" → "fitting"), a word with the same stem
 * ("swells" → "swelling"), or, for words of five letters or more, a vocabulary word one typo away ("sweling",
 * "calfe"); two typos for words of eight letters or more, or for a word spelt as it sounds ("minits" for
 * "minutes", "dubble" for "double": the same `soundKey`). An everyday English word is never taken for a typo of
 * another ("spell" is not "swell", "would" not "wound"). Results are cached, so each distinct word is looked up
 * once.
 */
import { boundedEditDistance, isEverydayWord, soundKey, stemWord } from '../text';

export interface WordHit {
  /** The vocabulary word matched. */
  word: string;
  /** True when the message word is exactly this vocabulary word (exact hits win ties between phrases). */
  exact: boolean;
}

export interface WordMatcher {
  hits(word: string): readonly WordHit[];
  /** Whether the word is a vocabulary word exactly (a set lookup, no stem or typo search). */
  has(word: string): boolean;
}

export interface WordMatcherOptions {
  /** Shortest message word that may be corrected for a typo. */
  minTypoLength: number;
  /** From this length on, two typos are tolerated instead of one. */
  twoTypoLength: number;
  /**
   * Words heard at least this often in SUBTLEX-US (src/text/englishWords.ts) are words, not typos. Higher than the
   * engine's `commonWordMinCount`: a missed typo of a danger sign costs more than a misread word, so only words as
   * common as "spell", "could" or "there" count, while rarer ones ("camps" for "cramps") are still corrected.
   */
  everydayWordMinCount: number;
  /**
   * Two typos are a bigger leap: a word heard at least this often is a word, not two typos of another
   * ("confession" is not "confusion", "profession" not "confusion"), while rare spellings ("parallized") are
   * still corrected.
   */
  twoTypoWordMinCount: number;
}

export const DEFAULT_WORD_MATCHER_OPTIONS: Readonly<WordMatcherOptions> = Object.freeze({
  minTypoLength: 5,
  twoTypoLength: 8,
  everydayWordMinCount: 1000,
  twoTypoWordMinCount: 100,
});

const CACHE_LIMIT = 20_000;

/** A word that could be an "-ing" word with its "g" dropped: five letters or more, ending "in". */
const dropsG = (word: string): boolean => word.length >= 5 && word.endsWith('in');

export function createWordMatcher(
  vocabulary: Iterable<string>,
  options: WordMatcherOptions = DEFAULT_WORD_MATCHER_OPTIONS,
): WordMatcher {
  const words = new Set(vocabulary);
  const byStem = new Map<string, string[]>();
  const byInitial = new Map<string, string[]>();
  for (const word of words) {
    const stem = stemWord(word);
    byStem.set(stem, [...(byStem.get(stem) ?? []), word]);
    const initial = word[0] ?? '';
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), word]);
  }
  const cache = new Map<string, readonly WordHit[]>();
  const soundKeys = new Map<string, string>();
  const soundKeyOf = (word: string): string => {
    let key = soundKeys.get(word);
    if (key === undefined) {
      key = soundKey(word);
      soundKeys.set(word, key);
    }
    return key;
  };

  function lookUp(word: string): readonly WordHit[] {
    // A dropped "g" ("fittin", "hearin", "makin") is a spelling, not a typo: read as the "-ing" word exactly, so
    // phrases that take only that word ("=fitting") read it too. Only where the "-in" form is no English word at all
    // ("raisin", "basin", "takin" stay themselves) and the "-ing" word is one the phrases use ("statin" is no
    // "stating").
    if (!words.has(word) && dropsG(word) && words.has(`${word}g`) && !isEverydayWord(word, 1)) {
      return lookUp(`${word}g`);
    }
    const hits: WordHit[] = [];
    if (words.has(word)) hits.push({ word, exact: true });
    for (const sameStem of byStem.get(stemWord(word)) ?? []) {
      if (sameStem !== word) hits.push({ word: sameStem, exact: false });
    }
    if (
      hits.length > 0 ||
      word.length < options.minTypoLength ||
      // Read on the first word that could be a typo, not when the screen is built (start-up).
      isEverydayWord(word, options.everydayWordMinCount) ||
      /\d/.test(word)
    ) {
      return hits;
    }
    // A word heard this often is a word: never two typos of another, nor another spelt as it sounds ("confession"
    // is not "confusion").
    const rare = !isEverydayWord(word, options.twoTypoWordMinCount);
    const maxTypos = word.length >= options.twoTypoLength && rare ? 2 : 1;
    const found = new Set<string>();
    // Spelt as it sounds: rare words of six letters or more.
    const key = word.length >= 6 && rare ? soundKey(word) : undefined;
    for (const candidate of byInitial.get(word[0] ?? '') ?? []) {
      if (candidate.length < 4) continue;
      // The sound key is compared first (cached per vocabulary word): only a candidate that sounds the same is worth
      // a second edit.
      const spokenAlike =
        key !== undefined && maxTypos < 2 && soundKeyOf(candidate) === key
          ? boundedEditDistance(word, candidate, 2) <= 2
          : false;
      if (!spokenAlike && boundedEditDistance(word, candidate, maxTypos) > maxTypos) continue;
      // The corrected word brings its other endings: "crmaps" is "cramps", so it is also "cramp".
      for (const sameStem of [candidate, ...(byStem.get(stemWord(candidate)) ?? [])]) {
        if (found.has(sameStem)) continue;
        found.add(sameStem);
        hits.push({ word: sameStem, exact: false });
      }
    }
    return hits;
  }

  return {
    hits(word: string): readonly WordHit[] {
      let hits = cache.get(word);
      if (hits === undefined) {
        hits = lookUp(word);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(word, hits);
      }
      return hits;
    },
    has: (word) => words.has(word),
  };
}
