import type { Entry } from '../knowledge/KnowledgeBase';
import type { FacetKey } from '../knowledge/schema';
import type { Analysis, Analyzer } from './Analyzer';
import type { MatchConfig } from './config';
import type { EngineIndexData } from './EngineIndexData';
import { runToEnd, type Steps } from '../util/runSteps';

/** A ranked candidate with the evidence behind its score. */
export interface ScoredEntry {
  entry: Entry;
  score: number;
}

/** Why a candidate scored what it did (for `explain`; the ranking records it only when asked). */
export interface RankSignals {
  /** How well the best phrasing matches (0..1), and which: 0 is the title, k the k-th alternate. */
  phrasing: number;
  phrasingIndex: number;
  /** Cosine with the whole entry (phrasings, tags, answer text). */
  cosine: number;
  /** phrasingShare × phrasing + (1 − phrasingShare) × cosine. */
  base: number;
  /** How nutrient and facet evidence changed the base score. */
  adjustment: string;
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
  /** All of the entry's terms, weighted: phrasing terms strongest, then tags, then answer text. */
  vector: ReadonlyMap<string, number>;
  norm: number;
  nutrients: ReadonlySet<string>;
  facet?: FacetKey;
  nutrientId?: string;
  /** For an FAQ entry whose title names exactly one nutrient: that nutrient. */
  titleNutrient?: string;
}

type AnalysedEntry = IndexedEntry & { tags: ReadonlySet<string> };

/** What the analyzer makes of one entry's texts: the costly part of building the index (see EngineIndexData). */
export interface EntryTerms {
  id: string;
  /** Terms of the title and each alternate phrasing. */
  phrasings: ReadonlyArray<ReadonlySet<string>>;
  tags: ReadonlySet<string>;
  /** Terms of the answer, points, details and tags together. */
  body: ReadonlySet<string>;
  /** Nutrients the phrasings and the body name. */
  nutrients: ReadonlySet<string>;
  /** The nutrient the title names, when it names exactly one. */
  titleNutrient?: string;
  /** The first facet the title cues ("Why do I get leg cramps at night?" is about cramps). */
  titleFacet?: FacetKey;
}

/** One entry's phrasings, tags and body run through the analyzer. */
function entryTerms(entry: Entry, analyzer: Analyzer): EntryTerms {
  const phrasingAnalyses = [entry.title, ...entry.alternates].map((text) => analyzer.analyze(text));
  const bodyAnalysis = analyzer.analyze(
    [entry.answer, ...entry.points, entry.details ?? '', ...entry.tags].join(' . '),
  );
  const nutrients = new Set<string>(bodyAnalysis.nutrients);
  for (const analysis of phrasingAnalyses) analysis.nutrients.forEach((id) => nutrients.add(id));
  return {
    id: entry.id,
    phrasings: phrasingAnalyses.map((analysis) => new Set(analysis.terms)),
    tags: new Set(entry.tags.flatMap((tag) => analyzer.analyze(tag).terms)),
    body: new Set(bodyAnalysis.terms),
    nutrients,
    titleNutrient: phrasingAnalyses[0].nutrients.length === 1 ? phrasingAnalyses[0].nutrients[0] : undefined,
    titleFacet: phrasingAnalyses[0].facets[0],
  };
}

function analysedEntry(entry: Entry, terms: EntryTerms): AnalysedEntry {
  return {
    entry,
    phrasings: terms.phrasings,
    tags: terms.tags,
    body: terms.body,
    vector: new Map<string, number>(),
    norm: 1,
    nutrients: entry.origin.kind === 'facet' ? new Set([entry.origin.nutrientId]) : terms.nutrients,
    facet: entry.origin.kind === 'facet' ? entry.origin.facet : undefined,
    nutrientId: entry.origin.kind === 'facet' ? entry.origin.nutrientId : undefined,
    titleNutrient: entry.origin.kind === 'faq' ? terms.titleNutrient : undefined,
  };
}

/**
 * Weighted term matching over pre-analysed phrasings. Each query term weighs its inverse document frequency
 * (rare words decide, "cramp" barely counts). An entry's score blends how much of the question its best
 * phrasing explains, how much of that phrasing the question contains, and how much of the question its
 * answer and tags cover. An inverted index limits scoring to entries that share at least one term, so cost
 * grows with the matches, not with the size of the base.
 */
export class MatchIndex {
  private indexed: AnalysedEntry[] = [];
  /** Per term: for each entry that has it, the entry's vector weight and which of its phrasings contain it. */
  private readonly impacts = new Map<string, Impact>();
  /** Phrasings numbered across the whole base; entry i owns [phrasingStart[i], phrasingStart[i + 1]). */
  private phrasingStart = new Int32Array(1);
  private phrasingTotal = new Float64Array(0);
  /** The entry that owns each phrasing. */
  private phrasingEntry = new Int32Array(0);
  // Scratch space reused by every `rank` call (JavaScript runs one call at a time), so a query allocates little.
  private dot = new Float64Array(0);
  private overlap = new Float64Array(0);
  private isCandidate = new Uint8Array(0);
  /** The phrasings a query's terms touched, in the order touched: only these can score, so only these are read. */
  private touched = new Int32Array(0);
  /** Per entry, its best phrasing so far: the log of its match (see `rank`), which one, and what it shared. */
  private bestKey = new Float64Array(0);
  private bestPhrasing = new Int32Array(0);
  private bestShared = new Float64Array(0);
  /** The best phrasing's exact match once a near tie needed it (NaN until then). */
  private bestExact = new Float64Array(0);
  /** The log of each phrasing's total weight, so a query takes one logarithm per phrasing it touches. */
  private phrasingLogTotal = new Float64Array(0);
  /** Each entry's place among the ids in `localeCompare` order: ties between equal scores, without collating. */
  private idOrder = new Int32Array(0);
  private readonly idf = new Map<string, number>();
  private unknownWeight = 0;

  /** Builds the index at once; `MatchIndex.build` is the same build in steps. */
  constructor(
    entries: readonly Entry[],
    analyzer: Analyzer,
    private readonly config: RankingConfig,
  ) {
    runToEnd(this.fill(entries, analyzer));
  }

  /**
   * The same index, built in small steps (see src/util/runSteps.ts): one entry's analysis per step. With `data`,
   * the entries' terms it holds are used instead of analysing them, and terms analysed are kept in it.
   */
  static *build(
    entries: readonly Entry[],
    analyzer: Analyzer,
    config: RankingConfig,
    data?: EngineIndexData,
  ): Steps<MatchIndex> {
    const index = new MatchIndex([], analyzer, config);
    yield* index.fill(entries, analyzer, data);
    return index;
  }

  private *fill(entries: readonly Entry[], analyzer: Analyzer, data?: EngineIndexData): Steps<void> {
    this.indexed = [];
    this.idf.clear();
    this.impacts.clear();
    let terms = data?.entries;
    if (!terms) {
      const analysed: EntryTerms[] = [];
      for (const entry of entries) {
        analysed.push(entryTerms(entry, analyzer));
        yield;
      }
      if (data) data.entries = analysed;
      terms = analysed;
    }
    for (const [i, entry] of entries.entries()) this.indexed.push(analysedEntry(entry, terms[i]));
    const documentFrequency = new Map<string, number>();
    for (const item of this.indexed) {
      const terms = new Set<string>(item.body);
      item.phrasings.forEach((phrasing) => phrasing.forEach((term) => terms.add(term)));
      for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
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
      for (const term of item.tags) add(term, this.config.tagWeight * this.weightOf(term));
      for (const term of item.body) add(term, this.config.bodyWeight * this.weightOf(term));
      let squares = 0;
      for (const weight of vector.values()) squares += weight * weight;
      item.norm = Math.sqrt(squares) || 1;
      yield;
    }
    yield* this.buildImpacts();
  }

  private *buildImpacts(): Steps<void> {
    const count = this.indexed.length;
    this.phrasingStart = new Int32Array(count + 1);
    let phrasings = 0;
    this.indexed.forEach((item, index) => {
      this.phrasingStart[index] = phrasings;
      phrasings += item.phrasings.length;
    });
    this.phrasingStart[count] = phrasings;
    this.phrasingTotal = new Float64Array(phrasings);
    this.phrasingEntry = new Int32Array(phrasings);
    for (let index = 0; index < count; index++)
      this.phrasingEntry.fill(index, this.phrasingStart[index], this.phrasingStart[index + 1]);
    const building = new Map<
      string,
      { entries: number[]; weights: number[]; phrasingIds: number[]; offsets: number[] }
    >();
    for (const [index, item] of this.indexed.entries()) {
      yield;
      item.phrasings.forEach((phrasing, k) => {
        let total = 0;
        for (const term of phrasing) total += this.weightOf(term);
        this.phrasingTotal[this.phrasingStart[index] + k] = total;
      });
      for (const [term, weight] of item.vector) {
        let impact = building.get(term);
        if (!impact) {
          impact = { entries: [], weights: [], phrasingIds: [], offsets: [0] };
          building.set(term, impact);
        }
        impact.entries.push(index);
        impact.weights.push(weight);
        item.phrasings.forEach((phrasing, k) => {
          if (phrasing.has(term)) impact.phrasingIds.push(this.phrasingStart[index] + k);
        });
        impact.offsets.push(impact.phrasingIds.length);
      }
    }
    for (const [term, impact] of building) {
      this.impacts.set(term, {
        entries: Int32Array.from(impact.entries),
        weights: Float64Array.from(impact.weights),
        phrasingIds: Int32Array.from(impact.phrasingIds),
        offsets: Int32Array.from(impact.offsets),
      });
    }
    this.dot = new Float64Array(count);
    this.overlap = new Float64Array(phrasings);
    this.isCandidate = new Uint8Array(count);
    this.touched = new Int32Array(phrasings);
    this.bestKey = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
    this.bestPhrasing = new Int32Array(count).fill(-1);
    this.bestShared = new Float64Array(count);
    this.bestExact = new Float64Array(count).fill(Number.NaN);
    this.phrasingLogTotal = this.phrasingTotal.map((total) => Math.log(total));
    this.idOrder = new Int32Array(count);
    [...this.indexed.keys()]
      .sort((a, b) => this.indexed[a].entry.id.localeCompare(this.indexed[b].entry.id))
      .forEach((index, place) => (this.idOrder[index] = place));
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
      if (!this.idf.has(term)) unknown += weight;
    }
    return total === 0 ? 0 : unknown / total;
  }

  /**
   * Entries sharing a term with the query, best first. Scores accumulate term by term over each term's
   * impacts (term-at-a-time), so the work is proportional to the postings touched, not to entries × phrasings.
   */
  rank(
    analysis: Analysis,
    hints: RankHints,
    limit: number,
    signals?: Map<string, RankSignals>,
  ): ScoredEntry[] {
    const queryTerms = analysis.terms;
    if (queryTerms.length === 0) return [];
    let queryWeight = 0;
    let querySquares = 0;
    for (const term of queryTerms) {
      const weight = this.weightOf(term);
      queryWeight += weight;
      querySquares += weight * weight;
    }
    const queryNorm = Math.sqrt(querySquares);
    // Long questions carry many words no phrasing has; lean on how much of the phrasing they contain.
    const { config } = this;
    const lean = Math.min(
      config.leanMax,
      config.leanBase + config.leanPerTerm * Math.max(0, queryTerms.length - config.leanFreeTerms),
    );

    // Rarest terms first: past `maxCandidates`, entries that share only very common words ("cramp", "leg")
    // with the question cannot win, and scoring them would make a large base slow for nothing.
    const candidates: number[] = [];
    const byRarity = queryTerms
      .map((term) => this.impacts.get(term))
      .filter((impact): impact is Impact => impact !== undefined)
      .sort((a, b) => a.entries.length - b.entries.length);
    for (const impact of byRarity) {
      if (candidates.length >= config.maxCandidates) break;
      for (const index of impact.entries) {
        if (this.isCandidate[index] === 0) {
          this.isCandidate[index] = 1;
          candidates.push(index);
        }
      }
    }

    // Term weights are positive, so a phrasing's overlap leaves 0 exactly when a term first touches it.
    const { overlap, touched, bestKey, bestPhrasing, bestShared, bestExact } = this;
    const exactMatch = (shared: number, phrasing: number): number =>
      (shared / queryWeight) ** (1 - lean) * (shared / this.phrasingTotal[phrasing]) ** lean;
    let touchedCount = 0;
    for (const term of queryTerms) {
      const impact = this.impacts.get(term);
      if (!impact) continue;
      const weight = this.weightOf(term);
      for (let k = 0; k < impact.entries.length; k++) {
        const index = impact.entries[k];
        if (this.isCandidate[index] === 0) continue;
        this.dot[index] += weight * impact.weights[k];
        for (let p = impact.offsets[k]; p < impact.offsets[k + 1]; p++) {
          const phrasing = impact.phrasingIds[p];
          if (overlap[phrasing] === 0) touched[touchedCount++] = phrasing;
          overlap[phrasing] += weight;
        }
      }
    }
    // Each candidate's best phrasing, from the touched phrasings only (an entry has up to hundreds of phrasings, a
    // query touches a few); on a tie the phrasing listed first wins. A phrasing's match is
    // (shared / queryWeight) ^ (1 - lean) × (shared / total) ^ lean: within one query, its logarithm less a constant
    // is log(shared) − lean × log(total), which orders phrasings the same at one logarithm each (two powers cost
    // most of `rank` before); the winner's match is then worked out exactly as written. Rounding differs between
    // the two forms, so keys within NEAR_TIE of each other are decided by the exact matches, as before.
    for (let t = 0; t < touchedCount; t++) {
      const p = touched[t];
      const shared = overlap[p];
      overlap[p] = 0;
      if (this.phrasingTotal[p] === 0) continue;
      const key = Math.log(shared) - lean * this.phrasingLogTotal[p];
      const index = this.phrasingEntry[p];
      const at = p - this.phrasingStart[index];
      let wins = key > bestKey[index] + NEAR_TIE;
      let exact = Number.NaN;
      if (!wins && key >= bestKey[index] - NEAR_TIE) {
        exact = exactMatch(shared, p);
        if (Number.isNaN(bestExact[index]))
          bestExact[index] = exactMatch(bestShared[index], this.phrasingStart[index] + bestPhrasing[index]);
        wins = exact > bestExact[index] || (exact === bestExact[index] && at < bestPhrasing[index]);
      }
      if (wins) {
        bestKey[index] = key;
        bestPhrasing[index] = at;
        bestShared[index] = shared;
        bestExact[index] = exact;
      }
    }

    const scored: Array<ScoredEntry & { order: number }> = [];
    const raw: Array<{ item: IndexedEntry; base: number; index: number }> = [];
    for (const index of candidates) {
      const bestAt = bestPhrasing[index];
      const shared = bestShared[index];
      const best = bestAt < 0 ? 0 : exactMatch(shared, this.phrasingStart[index] + bestAt);
      bestKey[index] = Number.NEGATIVE_INFINITY;
      bestPhrasing[index] = -1;
      bestExact[index] = Number.NaN;
      const item = this.indexed[index];
      const cosine = this.dot[index] / (queryNorm * item.norm);
      const base = config.phrasingShare * best + (1 - config.phrasingShare) * cosine;
      raw.push({ item, base, index });
      signals?.set(item.entry.id, {
        phrasing: best,
        phrasingIndex: bestAt,
        cosine,
        base,
        adjustment: '',
      });
      this.dot[index] = 0;
      this.isCandidate[index] = 0;
    }
    // A cued facet's lift is shared by an FAQ entry about the same nutrient that explains the question at least as
    // well (`faqLiftLead`): "will taking vitamin D tablets stop my cramps" is the supplements entry, not the cramps
    // facet, and "do magnesium supplements help leg cramps", the supplements entry's title, is that entry.
    const facetBase = hints.nutrients.length === 1 ? cuedFacetBase(raw, hints) : undefined;
    for (const { item, base, index } of raw) {
      const sharesLift =
        facetBase !== undefined &&
        item.titleNutrient === hints.nutrients[0] &&
        base >= facetBase + config.faqLiftLead;
      const why = signals?.get(item.entry.id);
      const score = sharesLift ? liftForFacet(base, config) : adjustForHints(item, base, hints, config, why);
      if (why && sharesLift)
        why.adjustment = 'shares the cued facet lift: explains the question at least as well';
      if (score > 0) scored.push({ entry: item.entry, score, order: this.idOrder[index] });
    }
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.slice(0, limit).map(({ entry, score }) => ({ entry, score }));
  }
}

/** How close two phrasings' log-domain keys must be for `rank` to compare their exact matches instead. */
const NEAR_TIE = 1e-9;

/** Nutrient and facet evidence the words alone do not carry. */
function adjustForHints(
  item: IndexedEntry,
  base: number,
  hints: RankHints,
  config: RankingConfig,
  why?: RankSignals,
): number {
  let score = base;
  let adjustment = 'none';
  if (hints.nutrients.length > 0) {
    if (item.nutrientId !== undefined) {
      if (!hints.nutrients.includes(item.nutrientId)) {
        score *= config.otherNutrientFacetFactor;
        if (why)
          adjustment = `facet of another nutrient: × otherNutrientFacetFactor ${config.otherNutrientFacetFactor}`;
      }
      // A question comparing nutrients ("b12 or b1?") is not one nutrient's facet: no lift then.
      else if (
        item.facet !== undefined &&
        hints.facets.includes(item.facet) &&
        hints.nutrients.length === 1
      ) {
        score = liftForFacet(score, config);
        if (why)
          adjustment = `cued facet of the nutrient named: lifted from facetLiftFloor ${config.facetLiftFloor}`;
      } else if (item.facet !== undefined && hints.facets.length > 0) {
        score *= config.otherFacetFactor;
        if (why) adjustment = `another facet is cued: × otherFacetFactor ${config.otherFacetFactor}`;
      }
    } else if (![...item.nutrients].some((id) => hints.nutrients.includes(id))) {
      score *= config.otherNutrientFaqFactor;
      if (why)
        adjustment = `mentions none of the nutrients named: × otherNutrientFaqFactor ${config.otherNutrientFaqFactor}`;
    }
  } else if (item.nutrientId !== undefined) {
    // A facet is about one nutrient: a question that names none is rarely asking for it.
    score *= config.noNutrientFacetFactor;
    if (why)
      adjustment = `a facet, and no nutrient named: × noNutrientFacetFactor ${config.noNutrientFacetFactor}`;
  }
  if (why) why.adjustment = adjustment;
  return Math.min(1, score);
}

/**
 * A facet the question cues, of the nutrient it names, outranks entries that merely share words: "how much
 * magnesium is too much" is the upper-limit facet even where another entry shares more of its words.
 */
const liftForFacet = (score: number, config: RankingConfig) =>
  Math.min(1, config.facetLiftFloor + (1 - config.facetLiftFloor) * score);

/** The lowest word score among the cued facets of the one nutrient named, if any is a candidate. */
function cuedFacetBase(raw: ReadonlyArray<{ item: IndexedEntry; base: number }>, hints: RankHints) {
  let lowest: number | undefined;
  for (const { item, base } of raw)
    if (
      item.facet !== undefined &&
      item.nutrientId === hints.nutrients[0] &&
      hints.facets.includes(item.facet)
    )
      lowest = Math.min(lowest ?? base, base);
  return lowest;
}

/** One term's postings with everything scoring needs, in flat typed arrays. */
interface Impact {
  entries: Int32Array;
  /** The term's weight in each entry's vector. */
  weights: Float64Array;
  /** Phrasing ids of posting k are phrasingIds[offsets[k] .. offsets[k + 1]). */
  phrasingIds: Int32Array;
  offsets: Int32Array;
}

/** The ranking's weights (src/engine/config.ts). */
export type RankingConfig = Pick<
  MatchConfig,
  | 'phrasingShare'
  | 'tagWeight'
  | 'bodyWeight'
  | 'leanBase'
  | 'leanPerTerm'
  | 'leanFreeTerms'
  | 'leanMax'
  | 'facetLiftFloor'
  | 'faqLiftLead'
  | 'otherNutrientFacetFactor'
  | 'otherFacetFactor'
  | 'otherNutrientFaqFactor'
  | 'noNutrientFacetFactor'
  | 'maxCandidates'
>;
