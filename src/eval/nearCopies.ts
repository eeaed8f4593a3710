import { normalizeText } from '../text';

/** Two texts count as near-copies when each shares at least this share of its words with the other. */
export const NEAR_COPY_OVERLAP = 0.8;

export interface NearCopy {
  question: string;
  phrasing: string;
  entryId: string;
}

export interface Phrasing {
  text: string;
  entryId: string;
}

const wordsOf = (text: string) => new Set(normalizeText(text).split(/\s+/).filter(Boolean));

/**
 * Questions that nearly copy a phrasing of the base, or the other way round: after normalising, each of the two
 * shares at least `NEAR_COPY_OVERLAP` of its words with the other ("what illnesses cause leg cramps" and "what
 * diseases cause leg cramps"). A measuring set with such questions measures the base's memory, not matching.
 * `sameSubject` can exempt pairs that differ in what they are about (two nutrients asked the same way).
 */
export function findNearCopies(
  questions: readonly string[],
  phrasings: readonly Phrasing[],
  sameSubject: (question: string, phrasing: string) => boolean = () => true,
): NearCopy[] {
  const indexed = phrasings.map((phrasing) => ({ ...phrasing, words: wordsOf(phrasing.text) }));
  const copies: NearCopy[] = [];
  for (const question of questions) {
    const words = wordsOf(question);
    if (words.size === 0) continue;
    for (const phrasing of indexed) {
      let shared = 0;
      for (const word of words) if (phrasing.words.has(word)) shared += 1;
      if (shared / words.size < NEAR_COPY_OVERLAP || shared / phrasing.words.size < NEAR_COPY_OVERLAP)
        continue;
      if (!sameSubject(question, phrasing.text)) continue;
      copies.push({ question, phrasing: phrasing.text, entryId: phrasing.entryId });
    }
  }
  return copies;
}
