import type { Analysis } from './Analyzer';
import { blendWithClassifier, type BlendedEntry } from './blendWithClassifier';
import type { EntryClassifier } from './EntryClassifier';
import type { MatchConfig } from './config';
import { preferOffered, type FollowUpReading } from './followUp';
import type { MatchIndex, RankSignals, ScoredEntry } from './MatchIndex';

/** What ranking needs, built once with the engine. */
export interface RankDeps {
  index: MatchIndex;
  config: Pick<
    MatchConfig,
    'followUpPool' | 'followUpBonus' | 'runnersUp' | 'classifierWeight' | 'classifierPool'
  >;
  /** The entry classifier, one feature of the ranking (src/engine/blendWithClassifier.ts); null or absent: none. */
  classifier?: EntryClassifier | null;
}

/** The ranking the decision reads, and the lexical matcher's own (what the words alone say). */
export interface Ranking {
  /** Best first, after the entry classifier's say (the same as `lexical` when it has none). */
  ranked: BlendedEntry[];
  lexical: ScoredEntry[];
}

/**
 * Ranking: the entries that best match one question read in the conversation's context, best first. The index
 * scores the question's terms (with any nutrient or facet carried over); when the last answer offered follow-ups,
 * a wider pool (`followUpPool`) is ranked so an offered one further down can rise by `followUpBonus`. The best
 * `runnersUp + 1` are kept: the top candidate and the runners-up the decision weighs against it. With the entry
 * classifier, the best `classifierPool` are re-ordered by its probabilities first (`blendWithClassifier`). When
 * `signals` is given, each candidate's score parts are recorded in it (for `explain`).
 */
export function rankCandidates(
  analysis: Analysis,
  reading: Pick<FollowUpReading, 'nutrients' | 'facets' | 'terms' | 'offered'>,
  deps: RankDeps,
  signals?: Map<string, RankSignals>,
): BlendedEntry[] {
  return rankBoth(analysis, reading, deps, signals).ranked;
}

/** `rankCandidates`, with the lexical matcher's own ranking beside it (the decision compares the two). */
export function rankBoth(
  analysis: Analysis,
  { nutrients, facets, terms, offered }: Pick<FollowUpReading, 'nutrients' | 'facets' | 'terms' | 'offered'>,
  { index, config, classifier }: RankDeps,
  signals?: Map<string, RankSignals>,
): Ranking {
  const pool = offered
    ? config.followUpPool
    : Math.max(config.runnersUp + 1, classifier ? config.classifierPool : 0);
  const scored = index.rank({ ...analysis, terms }, { nutrients, facets }, pool, signals);
  const lexical = preferOffered(scored, offered, config.followUpBonus);
  // The classifier learned from questions asked alone: a question read with the last answer's context (carried
  // words, or offered follow-ups) is ranked by the index alone.
  const inContext = offered !== undefined || terms.some((term) => !analysis.terms.includes(term));
  const learned = inContext
    ? undefined
    : classifier?.probabilities({ words: analysis.words, terms, nutrients, facets });
  const ranked = blendWithClassifier(
    lexical,
    (id) => learned?.of(id) ?? 0,
    learned ? config.classifierWeight : 0,
  ).slice(0, config.runnersUp + 1);
  return { ranked, lexical: lexical.slice(0, config.runnersUp + 1) };
}
