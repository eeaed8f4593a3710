import Fuse from 'fuse.js';

/**
 * Per-word typo tolerance: "magnesim" → "magnesium", "potasium" → "potassium". fuse.js searches the
 * knowledge base's own vocabulary, bucketed by word length and by first and by last letter, so a query word
 * is compared only with the few words that could be one or two edits away (a typo rarely changes both the first
 * and the last letter); fuse proposes, and a bounded Damerau-Levenshtein distance decides, so a real but
 * unknown word ("weather") is not bent into a known one.
 */
export class TypoCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly frequency: ReadonlyMap<string, number>;
  private readonly cache = new Map<string, string | null>();

  constructor(
    vocabulary: ReadonlyMap<string, number>,
    private readonly minLength: number,
    private readonly cacheLimit = 10_000,
  ) {
    this.known = new Set(vocabulary.keys());
    this.frequency = vocabulary;
    const byKey = new Map<string, string[]>();
    for (const word of vocabulary.keys()) {
      if (word.length < minLength - 1) continue;
      for (const key of bucketKeys(word, word.length)) {
        const list = byKey.get(key) ?? [];
        list.push(word);
        byKey.set(key, list);
      }
    }
    for (const [key, words] of byKey) {
      this.buckets.set(
        key,
        new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true, isCaseSensitive: true }),
      );
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The vocabulary word meant, or null when the word is known, too short, or nothing is close enough. */
  correct(word: string): string | null {
    if (word.length < this.minLength || this.known.has(word) || /\d/.test(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const result = this.search(word);
    if (this.cache.size >= this.cacheLimit) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private search(word: string): string | null {
    const allowed = word.length >= 8 ? 2 : 1;
    let best: { word: string; distance: number; frequency: number } | null = null;
    const seen = new Set<string>();
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      for (const key of bucketKeys(word, length)) {
        const fuse = this.buckets.get(key);
        if (!fuse) continue;
        for (const hit of fuse.search(word, { limit: 5 })) {
          if (seen.has(hit.item)) continue;
          seen.add(hit.item);
          const distance = damerauLevenshtein(word, hit.item, allowed);
          if (distance > allowed) continue;
          // Two edits are accepted only when the first letter agrees: "pediatric" is not "geriatric".
          if (distance === 2 && hit.item[0] !== word[0]) continue;
          const frequency = this.frequency.get(hit.item) ?? 0;
          if (
            !best ||
            distance < best.distance ||
            (distance === best.distance && frequency > best.frequency)
          ) {
            best = { word: hit.item, distance, frequency };
          }
        }
      }
    }
    return best?.word ?? null;
  }
}

/** The buckets a word of the given length is filed under: same length and same first, or same last, letter. */
function bucketKeys(word: string, length: number): [string, string] {
  return [`${length}<${word[0]}`, `${length}>${word[word.length - 1]}`];
}

/** Optimal string alignment distance, giving up early once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length][b.length];
}
