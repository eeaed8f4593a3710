import type { Entry } from '../knowledge/KnowledgeBase';
import type { FacetKey } from '../knowledge/schema';
import type { Analysis, Analyzer } from './Analyzer';

/** A ranked candidate with the evidence behind its score. */
export interface ScoredEntry {
  entry: Entry;
  score: number;
  /** Share of the question's term weight found anywhere in the entry (0..1): low means "about something else". */
  explained: number;
}

/** Query-side facts the ranking uses besides the words themselves. */
export interface RankHints {
  /** Nutrients the question is about (named, or carried over from the conversation). */
  nutrients: readonly string[];
  facets: readonly FacetKey[];
}

/** One phrasing's terms with their weights, precomputed so scoring only looks the query up. */
interface WeightedPhrasing {
  terms: string[];
  weights: number[];
  total: number;
}

interface IndexedEntry {
  entry: Entry;
  /** Term sets of the title and each alternate phrasing. */
  phrasings: ReadonlyArray<ReadonlySet<string>>;
  weighted: WeightedPhrasing[];
  /** Terms of tags, answer, points and details: weaker evidence than a phrasing. */
  body: ReadonlySet<string>;
  /** All of the entry's terms, weighted: phrasing terms strongest, then tags, then answer text. */
  vector: ReadonlyMap<string, number>;
  norm: number;
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
  private readonly indexed: Array<IndexedEntry & { tags: ReadonlySet<string> }>;
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();
  private readonly unknownWeight: number;

  constructor(entries: readonly Entry[], analyzer: Analyzer) {
    this.indexed = entries.map((entry) => {
      const phrasings = [entry.title, ...entry.alternates].map(
        (text) => new Set(analyzer.analyze(text).terms),
      );
      const bodyAnalysis = analyzer.analyze(
        [entry.answer, ...entry.points, entry.details ?? '', ...entry.tags].join(' . '),
      );
      const nutrients = new Set<string>(bodyAnalysis.nutrients);
      for (const text of [entry.title, ...entry.alternates])
        analyzer.analyze(text).nutrients.forEach((id) => nutrients.add(id));
      return {
        entry,
        phrasings,
        tags: new Set(entry.tags.flatMap((tag) => analyzer.analyze(tag).terms)),
        body: new Set(bodyAnalysis.terms),
        vector: new Map<string, number>(),
        weighted: [],
        norm: 1,
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
    for (const item of this.indexed) {
      const vector = item.vector as Map<string, number>;
      const add = (term: string, weight: number) => vector.set(term, Math.max(vector.get(term) ?? 0, weight));
      const phrasingCount = new Map<string, number>();
      for (const phrasing of item.phrasings)
        for (const term of phrasing) phrasingCount.set(term, (phrasingCount.get(term) ?? 0) + 1);
      for (const [term, count] of phrasingCount) add(term, this.weightOf(term) * (1 + Math.log(count)));
      for (const term of item.tags) add(term, 0.6 * this.weightOf(term));
      for (const term of item.body) add(term, BODY_WEIGHT * this.weightOf(term));
      let squares = 0;
      for (const weight of vector.values()) squares += weight * weight;
      item.norm = Math.sqrt(squares) || 1;
      item.weighted = item.phrasings.map((phrasing) => {
        const terms = [...phrasing];
        const weights = terms.map((term) => this.weightOf(term));
        return { terms, weights, total: sum(weights) };
      });
    }
  }

  get size(): number {
    return this.indexed.length;
  }

  weightOf(term: string): number {
    return this.idf.get(term) ?? this.unknownWeight;
  }

  /**
   * Share of the question's term weight that no entry uses at all. "banana bread recipe" or "can I drink on
   * antibiotics" are mostly words the base never mentions: a sign the question is about something else.
   */
  unknownShare(terms: readonly string[]): number {
    let unknown = 0;
    let total = 0;
    for (const term of terms) {
      const weight = this.weightOf(term);
      total += weight;
      if (!this.postings.has(term)) unknown += weight;
    }
    return total === 0 ? 0 : unknown / total;
  }

  /** Entries sharing a term with the query, best first. */
  rank(analysis: Analysis, hints: RankHints, limit: number): ScoredEntry[] {
    const queryTerms = analysis.terms;
    if (queryTerms.length === 0) return [];
    const weights = new Map(queryTerms.map((term) => [term, this.weightOf(term)]));
    const queryWeight = sum(weights.values());
    let querySquares = 0;
    for (const weight of weights.values()) querySquares += weight * weight;
    const queryNorm = Math.sqrt(querySquares);

    // Rarest terms first: past MAX_CANDIDATES, entries that share only very common words ("cramp", "leg")
    // with the question cannot win, and scoring them would make a large base slow for nothing.
    const candidates = new Set<number>();
    const byRarity = queryTerms
      .map((term) => this.postings.get(term) ?? [])
      .filter((list) => list.length > 0)
      .sort((a, b) => a.length - b.length);
    for (const list of byRarity) {
      if (candidates.size >= MAX_CANDIDATES) break;
      for (const index of list) candidates.add(index);
    }

    const scored: ScoredEntry[] = [];
    for (const index of candidates) {
      const item = this.indexed[index];
      const { score, explained } = this.scoreEntry(item, weights, queryWeight, queryNorm, hints);
      if (score > 0) scored.push({ entry: item.entry, score, explained });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
    return scored.slice(0, limit);
  }

  private scoreEntry(
    item: IndexedEntry,
    weights: ReadonlyMap<string, number>,
    queryWeight: number,
    queryNorm: number,
    hints: RankHints,
  ): { score: number; explained: number } {
    // Long questions carry many words no phrasing has; lean on how much of the phrasing they contain.
    const lean = Math.min(0.8, 0.45 + 0.03 * Math.max(0, weights.size - 4));
    let best = 0;
    for (const phrasing of item.weighted) {
      let overlap = 0;
      for (let k = 0; k < phrasing.terms.length; k++)
        if (weights.has(phrasing.terms[k])) overlap += phrasing.weights[k];
      if (overlap === 0 || phrasing.total === 0) continue;
      const queryCover = overlap / queryWeight;
      const phrasingCover = overlap / phrasing.total;
      best = Math.max(best, queryCover ** (1 - lean) * phrasingCover ** lean);
    }
    let covered = 0;
    let dot = 0;
    for (const [term, weight] of weights) {
      const entryWeight = item.vector.get(term);
      if (entryWeight === undefined) continue;
      covered += weight;
      dot += weight * entryWeight;
    }
    const cosine = dot / (queryNorm * item.norm);
    let score = PHRASING_SHARE * best + (1 - PHRASING_SHARE) * cosine;

    if (hints.nutrients.length > 0) {
      if (item.nutrientId !== undefined) {
        if (!hints.nutrients.includes(item.nutrientId)) score *= 0.35;
        else if (item.facet !== undefined && hints.facets.includes(item.facet)) score = 0.6 + 0.4 * score;
        else if (item.facet !== undefined && hints.facets.length > 0) score *= 0.75;
      } else if (![...item.nutrients].some((id) => hints.nutrients.includes(id))) {
        score *= 0.75;
      }
    } else if (item.nutrientId !== undefined) {
      // A facet is about one nutrient: a question that names none is rarely asking for it.
      score *= NO_NUTRIENT_FACET_FACTOR;
    }
    return { score: Math.min(1, score), explained: covered / queryWeight };
  }
}

/** Most entries scored per question; see `rank`. */
const MAX_CANDIDATES = 1500;
/** Facet entries when the question names no nutrient (and the conversation supplies none). */
const NO_NUTRIENT_FACET_FACTOR = 0.6;
/** How much a term found only in the answer text counts, relative to one in a phrasing. */
const BODY_WEIGHT = 0.3;
/** Best-phrasing similarity vs whole-entry (centroid) similarity. */
const PHRASING_SHARE = 0.6;

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
