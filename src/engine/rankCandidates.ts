import type { Analysis } from './Analyzer';
import type { MatchConfig } from './config';
import { preferOffered, type FollowUpReading } from './followUp';
import type { MatchIndex, RankSignals, ScoredEntry } from './MatchIndex';

/** What ranking needs, built once with the engine. */
export interface RankDeps {
  index: MatchIndex;
  config: Pick<MatchConfig, 'followUpPool' | 'followUpBonus' | 'runnersUp'>;
}

/**
 * Ranking: the entries that best match one question read in the conversation's context, best first. The index
 * scores the question's terms (with any nutrient or facet carried over); when the last answer offered follow-ups,
 * a wider pool (`followUpPool`) is ranked so an offered one further down can rise by `followUpBonus`. The best
 * `runnersUp + 1` are kept: the top candidate and the runners-up the decision weighs against it. When `signals`
 * is given, each candidate's score parts are recorded in it (for `explain`).
 */
export function rankCandidates(
  analysis: Analysis,
  { nutrients, facets, terms, offered }: Pick<FollowUpReading, 'nutrients' | 'facets' | 'terms' | 'offered'>,
  { index, config }: RankDeps,
  signals?: Map<string, RankSignals>,
): ScoredEntry[] {
  const pool = offered ? config.followUpPool : config.runnersUp + 1;
  const scored = index.rank({ ...analysis, terms }, { nutrients, facets }, pool, signals);
  return preferOffered(scored, offered, config.followUpBonus).slice(0, config.runnersUp + 1);
}
