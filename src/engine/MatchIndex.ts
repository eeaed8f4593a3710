import type { Entry } from '../knowledge/KnowledgeBase';
import type { FacetKey } from '../knowledge/schema';
import type { Analysis, Analyzer } from './Analyzer';

/** A ranked candidate with the evidence behind its score. */
export interface ScoredEntry {
  entry: Entry;
  score: number;
}

/** Query-side facts the ranking uses besides the words themselves. */
export interface RankHints {
  /** Nutrients the question is about (named, or carried over from the conversation). */
  nutrients: readonly string[];
  facets: readonly FacetKey[];
}

interface IndexedEntry {
  entry: Entry;
  /** Term sets of the title and each alternate phrasing. */
  phrasings: ReadonlyArray<ReadonlySet<string>>;
  /** Terms of tags, answer, points and details: weaker evidence than a phrasing. */
  body: ReadonlySet<string>;
  nutrients: ReadonlySet<string>;
  facet?: FacetKey;
  nutrientId?: string;
}

/**
 * Weighted term matching over pre-analysed phrasings. Each query term weighs its inverse document frequency
 * (rare words decide, "cramp" barely counts). An entry's score blends how much of the question its best
 * phrasing explains, how much of that phrasing the question contains, and how much of the question its
 * answer and tags cover. An inverted index limits scoring to entries that share at least one term, so cost
 * grows with the matches, not with the size of the base.
 */
export class MatchIndex {
  private readonly indexed: IndexedEntry[];
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();
  private readonly unknownWeight: number;

  constructor(
    entries: readonly Entry[],
    analyzer: Analyzer,
  ) {
    this.indexed = entries.map((entry) => {
      const phrasings = [entry.title, ...entry.alternates].map((text) => new Set(analyzer.analyze(text).terms));
      const bodyAnalysis = analyzer.analyze([entry.answer, ...entry.points, entry.details ?? '', ...entry.tags].join(' . '));
      const nutrients = new Set<string>(bodyAnalysis.nutrients);
      for (const text of [entry.title, ...entry.alternates]) analyzer.analyze(text).nutrients.forEach((id) => nutrients.add(id));
      return {
        entry,
        phrasings,
        body: new Set(bodyAnalysis.terms),
        nutrients: entry.origin.kind === 'facet' ? new Set([entry.origin.nutrientId]) : nutrients,
        facet: entry.origin.kind === 'facet' ? entry.origin.facet : undefined,
        nutrientId: entry.origin.kind === 'facet' ? entry.origin.nutrientId : undefined,
      };
    });
    const documentFrequency = new Map<string, number>();
    this.indexed.forEach((item, index) => {
      const terms = new Set<string>(item.body);
      item.phrasings.forEach((phrasing) => phrasing.forEach((term) => terms.add(term)));
      for (const term of terms) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        const list = this.postings.get(term) ?? [];
        list.push(index);
        this.postings.set(term, list);
      }
    });
    const total = this.indexed.length;
    for (const [term, frequency] of documentFrequency) this.idf.set(term, Math.log(1 + total / frequency));
    // A word the base never uses weighs like the rarest word it does: it is strong evidence against a match.
    this.unknownWeight = Math.log(1 + total);
  }

  get size(): number {
    return this.indexed.length;
  }

  weightOf(term: string): number {
    return this.idf.get(term) ?? this.unknownWeight;
  }

  /** Entries sharing a term with the query, best first. */
  rank(analysis: Analysis, hints: RankHints, limit: number): ScoredEntry[] {
    const queryTerms = analysis.terms;
    if (queryTerms.length === 0) return [];
    const weights = new Map(queryTerms.map((term) => [term, this.weightOf(term)]));
    const queryWeight = sum(weights.values());

    const candidates = new Set<number>();
    for (const term of queryTerms) for (const index of this.postings.get(term) ?? []) candidates.add(index);

    const scored: ScoredEntry[] = [];
    for (const index of candidates) {
      const item = this.indexed[index];
      const score = this.scoreEntry(item, weights, queryWeight, hints);
      if (score > 0) scored.push({ entry: item.entry, score });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
    return scored.slice(0, limit);
  }

  private scoreEntry(item: IndexedEntry, weights: ReadonlyMap<string, number>, queryWeight: number, hints: RankHints): number {
    // Long questions carry many words no phrasing has; lean on how much of the phrasing they contain.
    const lean = Math.min(0.8, 0.45 + 0.03 * Math.max(0, weights.size - 4));
    let best = 0;
    for (const phrasing of item.phrasings) {
      let overlap = 0;
      let phrasingWeight = 0;
      for (const term of phrasing) {
        const weight = this.weightOf(term);
        phrasingWeight += weight;
        if (weights.has(term)) overlap += weight;
      }
      if (overlap === 0 || phrasingWeight === 0) continue;
      const queryCover = overlap / queryWeight;
      const phrasingCover = overlap / phrasingWeight;
      best = Math.max(best, queryCover ** (1 - lean) * phrasingCover ** lean);
    }
    let covered = 0;
    for (const [term, weight] of weights) {
      if (item.body.has(term) || item.phrasings.some((phrasing) => phrasing.has(term))) covered += weight;
    }
    let score = 0.8 * best + 0.2 * (covered / queryWeight);

    if (hints.nutrients.length > 0) {
      if (item.nutrientId !== undefined) {
        if (!hints.nutrients.includes(item.nutrientId)) score *= 0.35;
        else if (item.facet !== undefined && hints.facets.includes(item.facet)) score = 0.6 + 0.4 * score;
      } else if (![...item.nutrients].some((id) => hints.nutrients.includes(id))) {
        score *= 0.75;
      }
    } else if (item.nutrientId !== undefined && hints.facets.length > 0 && !hints.facets.includes(item.facet as FacetKey)) {
      score *= 0.8;
    }
    return Math.min(1, score);
  }
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
