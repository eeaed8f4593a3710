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

function hash(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sorted, unique bucket indices of the message's features. */
export function featurize(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Uint32Array {
  const mask = options.buckets - 1;
  const words = expandWords(tokenize(normalizeText(text)));
  const found = new Set<number>();
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    found.add(hash(word, 1) & mask);
    if (i + 1 < words.length) found.add(hash(`${word} ${words[i + 1] ?? ''}`, 2) & mask);
    const padded = `<${word}>`;
    for (let n = options.minCharGram; n <= options.maxCharGram; n += 1) {
      for (let start = 0; start + n <= padded.length; start += 1)
        found.add(hash(padded.slice(start, start + n), 3) & mask);
    }
  }
  return Uint32Array.from([...found].sort((a, b) => a - b));
}
