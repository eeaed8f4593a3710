/**
 * Turns a message into the sparse binary features of the learned red-flag net: word unigrams and bigrams, and
 * character 3- to 5-grams inside each word (with its boundaries), so typos and word endings ("swolen",
 * "swelling") share most features. Features are hashed (FNV-1a) into a fixed number of buckets: no vocabulary
 * to ship, and an unseen word still lands on the n-grams it shares with seen ones.
 */
import { expandWords, normalizeText, tokenize } from '../../text';

export interface FeatureOptions {
  /** Hash buckets: a power of two. */
  buckets: number;
  minCharGram: number;
  maxCharGram: number;
}

export const DEFAULT_FEATURE_OPTIONS: Readonly<FeatureOptions> = Object.freeze({
  buckets: 1 << 18,
  minCharGram: 3,
  maxCharGram: 5,
});

// Read once: under jest a global such as `Math` is slow to look up (src/engine/LogisticRegression.ts), and this runs
// for every character of every n-gram.
const { imul } = Math;

// FNV-1a, a character at a time, so an n-gram's hash is built as the gram grows and no substring is made (this runs
// on every message the rules leave unflagged; the substrings it used to cut were most of its cost).
const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;
const step = (h: number, code: number): number => imul(h ^ code, PRIME);

function hashWord(word: string, salt: number, h: number = OFFSET_BASIS ^ salt): number {
  for (let i = 0; i < word.length; i += 1) h = step(h, word.charCodeAt(i));
  return h;
}

const OPEN = '<'.charCodeAt(0);
const CLOSE = '>'.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);

/** Sorted, unique bucket indices of the message's features. */
export function featurize(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Uint32Array {
  const mask = options.buckets - 1;
  const { minCharGram, maxCharGram } = options;
  const words = expandWords(tokenize(normalizeText(text)));
  const found = new Set<number>();
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    found.add((hashWord(word, 1) >>> 0) & mask);
    // The pair "word next", hashed as if joined by a space.
    if (i + 1 < words.length)
      found.add((hashWord(words[i + 1] ?? '', 2, step(hashWord(word, 2), SPACE)) >>> 0) & mask);
    // Character n-grams of the word with its boundaries, "<word>": each start grows its gram up to the longest.
    const length = word.length + 2;
    const charAt = (at: number): number =>
      at === 0 ? OPEN : at === length - 1 ? CLOSE : word.charCodeAt(at - 1);
    for (let start = 0; start + minCharGram <= length; start += 1) {
      let h = OFFSET_BASIS ^ 3;
      for (let n = 1; n <= maxCharGram && start + n <= length; n += 1) {
        h = step(h, charAt(start + n - 1));
        if (n >= minCharGram) found.add((h >>> 0) & mask);
      }
    }
  }
  return Uint32Array.from(found).sort();
}
