import Fuse from 'fuse.js';
import { boundedEditDistance, soundKey } from '../text';
import type { MatchConfig } from './config';

/** The numbers typo correction uses (src/engine/config.ts). */
export type TypoConfig = Pick<
  MatchConfig,
  'minTypoLength' | 'twoEditLength' | 'twoEditFuseThreshold' | 'twoEditCandidates' | 'soundSpellingLength'
>;

/**
 * Per-word typo tolerance: "magnesim" → "magnesium", "potasium" → "potassium", against the knowledge
 * base's own vocabulary.
 *
 * One edit (the vast majority of typos) is found through a deletion index: every vocabulary word is filed
 * under itself and each of its one-letter deletions, and a query word looks up the same set for itself, so
 * a candidate costs a few map lookups instead of a scan. Two edits, only for long words, go to fuse.js over
 * the vocabulary bucketed by the first two letters (a typo rarely changes them; one-edit typos there are
 * already found above), so each search is over a few dozen words. Either way a bounded Damerau-Levenshtein
 * distance decides, so a real but unknown word ("weather") is not bent into a known one.
 *
 * A word spelt as it sounds may be two edits off and shorter than that ("thymine" for thiamine, "calsim" for
 * calcium): from `soundSpellingLength` letters, a vocabulary word with the same consonant skeleton (`soundKey`, the
 * key triage reads such spellings by) two edits away or less is read as it.
 *
 * Failing these, a long word may be a Spanish, Portuguese or Italian cognate of a vocabulary word ("tiamina" is
 * thiamin, "levotiroxina" levothyroxine, "potasio" potassium): both are read through `cognateKey`, which drops the
 * spellings those languages write otherwise (th, ph, y, double letters, the Latin "-ium") and a final vowel, and a
 * word with a vocabulary word's key is read as it (the one the base uses most, when several share the key).
 */
export class TypoCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly deletions = new Map<string, string[]>();
  private readonly byPrefix = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string | null>();
  /**
   * Cognate key → the vocabulary word with it (the one the base uses most, when several share it). Built on the first
   * word that needs it, not at start-up: most messages never reach it.
   */
  private cognates: ReadonlyMap<string, string> | undefined;
  /** Sound key → the vocabulary words with it; built on the first word that needs it, as the cognates are. */
  private soundAlikes: ReadonlyMap<string, readonly string[]> | undefined;

  constructor(
    private readonly frequency: ReadonlyMap<string, number>,
    private readonly config: TypoConfig,
    /** Words that are real words in their own right and so never typos (see englishWords.ts). */
    private readonly isRealWord: (word: string) => boolean = () => false,
    private readonly cacheLimit = 10_000,
  ) {
    this.known = new Set(frequency.keys());
    const { minTypoLength: minLength, twoEditLength } = config;
    const longWords = new Map<string, string[]>();
    for (const word of frequency.keys()) {
      if (word.length < minLength - 1) continue;
      for (const variant of withOneDeletion(word)) {
        const list = this.deletions.get(variant);
        if (list) list.push(word);
        else this.deletions.set(variant, [word]);
      }
      if (word.length >= twoEditLength - 2) {
        const list = longWords.get(word.slice(0, 2)) ?? [];
        list.push(word);
        longWords.set(word.slice(0, 2), list);
      }
    }
    for (const [prefix, words] of longWords) {
      this.byPrefix.set(
        prefix,
        new Fuse(words, {
          includeScore: true,
          threshold: config.twoEditFuseThreshold,
          ignoreLocation: true,
          isCaseSensitive: true,
        }),
      );
    }
  }

  /** The vocabulary word meant, or null when the word is known, too short, or nothing is close enough. */
  correct(word: string): string | null {
    if (word.length < this.config.minTypoLength || this.known.has(word) || /\d/.test(word)) return null;
    if (this.isRealWord(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const result =
      this.oneEditAway(word) ??
      (word.length >= this.config.twoEditLength ? this.twoEditsAway(word) : null) ??
      (word.length >= this.config.soundSpellingLength ? this.soundsLike(word) : null) ??
      (word.length >= COGNATE_MIN_LENGTH ? (this.cognateOf(word) ?? null) : null);
    if (this.cache.size >= this.cacheLimit) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private cognateOf(word: string): string | undefined {
    if (this.cognates === undefined) {
      const cognates = new Map<string, string>();
      for (const [known, count] of this.frequency) {
        if (known.length < COGNATE_MIN_LENGTH) continue;
        const key = cognateKey(known);
        const holder = cognates.get(key);
        if (holder === undefined || count > (this.frequency.get(holder) ?? 0)) cognates.set(key, known);
      }
      this.cognates = cognates;
    }
    return this.cognates.get(cognateKey(word));
  }

  /** The vocabulary word two edits away or less that is spelt with the same sounds. */
  private soundsLike(word: string): string | null {
    if (this.soundAlikes === undefined) {
      const alikes = new Map<string, string[]>();
      for (const known of this.frequency.keys()) {
        if (known.length < this.config.soundSpellingLength || /\d/.test(known)) continue;
        const key = soundKey(known);
        const list = alikes.get(key);
        if (list) list.push(known);
        else alikes.set(key, [known]);
      }
      this.soundAlikes = alikes;
    }
    return this.closest(word, this.soundAlikes.get(soundKey(word)) ?? [], 2);
  }

  private oneEditAway(word: string): string | null {
    const candidates = new Set<string>();
    for (const variant of withOneDeletion(word))
      for (const known of this.deletions.get(variant) ?? []) candidates.add(known);
    return this.closest(word, candidates, 1);
  }

  private twoEditsAway(word: string): string | null {
    const fuse = this.byPrefix.get(word.slice(0, 2));
    if (!fuse) return null;
    return this.closest(
      word,
      fuse.search(word, { limit: this.config.twoEditCandidates }).map((hit) => hit.item),
      2,
    );
  }

  /** The nearest candidate within `allowed` edits; ties go to the word the knowledge base uses most. */
  private closest(word: string, candidates: Iterable<string>, allowed: number): string | null {
    let best: { word: string; distance: number; frequency: number } | null = null;
    for (const candidate of candidates) {
      const distance = boundedEditDistance(word, candidate, allowed);
      if (distance > allowed) continue;
      // Two edits are accepted only when the first letter agrees: "pediatric" is not "geriatric".
      if (distance === 2 && candidate[0] !== word[0]) continue;
      const frequency = this.frequency.get(candidate) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
        best = { word: candidate, distance, frequency };
      }
    }
    return best?.word ?? null;
  }
}

/** Cognates are read for words of this many letters or more: shorter keys collide. */
const COGNATE_MIN_LENGTH = 6;

/**
 * A word as Spanish, Portuguese and Italian spell its cognates: "th" and "ph" as "t" and "f", "y" as "i", "k" as
 * "c", no doubled letters, no plural "s", no final "e", "a" or "o", and the Latin "-ium" as "-i" ("magnesium" and
 * "magnesio" are both "magnesi", "thiamine" and "tiamina" both "tiamin", "supplements" and "suplementos" both
 * "suplement").
 */
export function cognateKey(word: string): string {
  return word
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/k/g, 'c')
    .replace(/(.)\1+/g, '$1')
    .replace(/s$/, '')
    .replace(/ium$/, 'i')
    .replace(/[aeo]+$/, '');
}

/** The word itself and every string one letter shorter. */
function withOneDeletion(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}
