/**
 * Text primitives shared by matching and triage. Pure functions: no state, no I/O.
 */
import stem from 'wink-porter2-stemmer';
import { expandContractions } from './contractions';

/** A Teams mention (`<at>Bot</at>`) names the bot, never the question. */
const MENTION = /<at>[^<]*<\/at>/gi;
const HTML_TAG = /<[^>]+>/g;
const DIACRITICS = /\p{M}+/gu;
const ASCII = /^[ -~\t\n\r]*$/;
const APOSTROPHE = /['’]/;
const NORMAL = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const OPEN_VOWEL = /[ɔɛƆƐ]/gu;
const OPEN_VOWELS: Readonly<Record<string, string>> = { ɔ: 'o', ɛ: 'e', Ɔ: 'o', Ɛ: 'e' };

/**
 * Lowercase, strip mentions, markup and accents, expand contractions, and reduce everything that is not a
 * letter or digit to single spaces. "B-12" stays searchable as "b 12" and "b12" alike because the
 * synonym table lists both.
 */
export function normalizeText(raw: string): string {
  // Already normal (lowercase ASCII letters and digits, one space between words): the passes below would return it
  // unchanged. Small talk's reading normalises segments of text it has normalised already, many per message.
  if (NORMAL.test(raw)) return raw;
  let text = raw.includes('<') ? raw.replace(MENTION, ' ').replace(HTML_TAG, ' ') : raw;
  // Most text is plain ASCII without apostrophes: skip the passes that cannot change it (index build speed).
  // The open vowels of West African spellings (Krio "tɔn", Twi, Ewe) are read as the Latin vowels they are written
  // for: they are letters of their own, not accented ones.
  if (!ASCII.test(text))
    text = text
      .normalize('NFKD')
      .replace(DIACRITICS, '')
      .replace(OPEN_VOWEL, (letter) => OPEN_VOWELS[letter] ?? letter);
  text = text.toLowerCase();
  if (APOSTROPHE.test(text)) text = expandContractions(text);
  // An ampersand standing alone is the word "and" ("pins & needles"); one between letters ("R&R") is punctuation.
  if (text.includes('&')) text = text.replace(/(^|\s)&(?=\s|$)/g, '$1and');
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of normalised text. */
export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

let stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Porter2 stem, cached: the same few thousand words recur in every query. */
export function stemWord(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d+$/.test(word) ? word : stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Every word stemmed so far with its stem, in the order first seen: an index cache keeps them so the next start
 * need not stem its vocabulary again (see src/startup/indexCache.ts).
 */
export function stemsSoFar(): Map<string, string> {
  return new Map(stemCache);
}

/**
 * Fills the stem cache from `stemsSoFar()` of an earlier run of the same stemmer: each pair is what `stem` gives
 * for the word, so nothing a later call returns changes, only how soon. The map becomes the cache (it is not
 * copied): the caller hands it over and keeps no reference.
 */
export function rememberStems(stems: Map<string, string>): void {
  if (stemCache.size === 0 && stems.size < STEM_CACHE_LIMIT) stemCache = stems;
  else
    for (const [word, stemmed] of stems) if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, stemmed);
}

/** Does the text contain any letter or digit at all (emoji-only and punctuation-only messages do not)? */
export function hasWords(raw: string): boolean {
  return /[\p{L}\p{N}]/u.test(raw.replace(MENTION, ' '));
}

/**
 * Strip only the Teams mention and surrounding whitespace, keeping the user's wording for display and each line break
 * as one: triage reads a line as a sentence, so a message typed as a list ("- can't do stairs\n- peed once today") is
 * not read as one run-on sentence. Matching reads it with its line breaks made spaces.
 */
export function stripMentionsKeepingLines(raw: string): string {
  return raw
    .replace(MENTION, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}
