import type { Analysis } from './Analyzer';
import type { MatchConfig } from './config';
import type { ScoredEntry } from './MatchIndex';
import type { AnswerContext, AnswerResult, Candidate } from './types';
import type { Entry } from '../knowledge/KnowledgeBase';

export const round = (score: number) => Math.round(score * 1000) / 1000;

export const toCandidate = (scored: ScoredEntry): Candidate => ({
  id: scored.entry.id,
  title: scored.entry.title,
  score: round(scored.score),
});

/** What the decision needs to know of the question beyond the ranking. */
export type DecisionInput = Pick<Analysis, 'onSubject' | 'nutrients'>;

/** The numbers the decision compared, so `explain` can say why it went the way it did. */
export interface DecisionBasis {
  top: number;
  /** The runner-up's score (0 when there is none). */
  second: number;
  lead: number;
  /** The lowest score worth offering: `minScore`, or `subjectMinScore` for a question on the base's subject. */
  floor: number;
  onSubject: boolean;
  /** No runner-up at or above the floor: no rival to ask about. */
  alone: boolean;
  /** The score and lead the top candidate needed to be answered directly. */
  needed: { score: number; lead: number; rule: 'answerScore' | 'subjectMinScore' };
  outcome: 'answer' | 'clarify' | 'fallback';
}

/**
 * Answer, ask "Did you mean…", or decline, from the ranked candidates and the thresholds in `config.ts`:
 * answer the best candidate when it reaches `answerScore` with a lead of `answerMargin` (or, for a question on
 * the base's subject, `subjectMinScore` with a lead of `subjectMargin`); offer the close candidates otherwise;
 * decline below the floor.
 */
export function decisionBasis(
  ranked: readonly ScoredEntry[],
  question: DecisionInput,
  config: MatchConfig,
): DecisionBasis {
  const [top, second] = ranked;
  // A question plainly about cramps or a nutrient is worth answering from a lower score: its unmatched words
  // are more likely our users' own wording than a sign of another topic.
  const floor = question.onSubject ? Math.min(config.minScore, config.subjectMinScore) : config.minScore;
  const topScore = top?.score ?? 0;
  const lead = topScore - (second?.score ?? 0);
  // A runner-up below the floor is no rival: asking "Did you mean…" with one option only delays the answer.
  const alone = !second || second.score < floor;
  const needed =
    topScore >= config.answerScore
      ? { score: config.answerScore, lead: config.answerMargin, rule: 'answerScore' as const }
      : { score: config.subjectMinScore, lead: config.subjectMargin, rule: 'subjectMinScore' as const };
  const confident =
    topScore >= config.answerScore
      ? lead >= config.answerMargin || alone
      : question.onSubject && (lead >= config.subjectMargin || alone);
  const outcome = !top || topScore < floor ? 'fallback' : confident ? 'answer' : 'clarify';
  return {
    top: topScore,
    second: second?.score ?? 0,
    lead,
    floor,
    onSubject: question.onSubject,
    alone,
    needed,
    outcome,
  };
}

export function decide(
  ranked: readonly ScoredEntry[],
  question: DecisionInput,
  config: MatchConfig,
  contextOf: (entry: Entry, question: DecisionInput) => AnswerContext,
): AnswerResult {
  const [top] = ranked;
  const runnersUp = ranked.slice(1, config.runnersUp + 1).map(toCandidate);
  const { outcome, floor } = decisionBasis(ranked, question, config);
  if (!top || outcome === 'fallback') {
    return {
      kind: 'fallback',
      reason: 'no-match',
      score: round(top?.score ?? 0),
      runnersUp: ranked.slice(0, config.runnersUp).map(toCandidate),
    };
  }
  if (outcome === 'answer') {
    return {
      kind: 'answer',
      entry: top.entry,
      score: round(top.score),
      runnersUp,
      context: contextOf(top.entry, question),
    };
  }
  const options = ranked
    .filter((candidate) => candidate.score >= top.score - config.clarifyBand && candidate.score >= floor)
    .slice(0, config.maxClarifyOptions)
    .map(toCandidate);
  return {
    kind: 'clarify',
    options,
    score: round(top.score),
    runnersUp,
    context: { nutrientId: question.nutrients.length === 1 ? question.nutrients[0] : undefined },
  };
}
