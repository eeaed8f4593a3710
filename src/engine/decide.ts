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

/** The question's words as the decision sees them (see `decideClause`). */
export interface QuestionWords {
  /** How many terms were matched (stems, nutrient and facet tokens). */
  terms: number;
  /** Share of the terms' weight that no entry uses at all. */
  unknownShare: number;
  /** The question names a cramp but no nutrient: its unknown words are framing ("banana for cramp - myth?"). */
  framedByCramps: boolean;
}

/** The decision and the thresholds it compared, or what stopped a question before the usual comparison. */
export type Decision =
  | ({ stage: 'decide' } & DecisionBasis)
  | { stage: 'uncovered-topic'; topic: string }
  | { stage: 'mostly-unknown-words'; unknownShare: number; maxUnknownShare: number; terms: number }
  | {
      /**
       * The learned answer check (src/engine/AnswerCheck.ts) overruled the usual decision (`words`): it found
       * answering `id` less likely right than `answerCheckMin`, so the close candidates are offered instead of the
       * answer (`asks`), or, where the decision asked, at least `answerCheckSure` likely right (where it declined
       * a question on the subject, `answerCheckRescue`, held in the same field), so `id` is answered.
       */
      stage: 'answer-checked';
      id: string;
      probability: number;
      asks: boolean;
      answerCheckMin: number;
      answerCheckSure: number;
      words: Decision;
    }
  | {
      /**
       * The blended ranking would answer `id`, where the words alone ask or decline, and the classifier was not sure
       * enough (`classifierTip`) or read only a story's question sentence: the words' decision stands.
       */
      stage: 'classifier-held-back';
      id: string;
      probability: number;
      classifierTip: number;
      storySentence: boolean;
      words: Decision;
    };

/** What a user gets for one question, and why. */
export interface Decided {
  result: AnswerResult;
  decision: Decision;
}

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

/**
 * Deciding, before anything is ranked: a topic the base does not cover, named without a nutrient it covers
 * ("and vitamin K?"), is declined by name, whatever came before. `null` when the question names none.
 */
export function declineUncovered(analysis: Pick<Analysis, 'uncovered' | 'nutrients'>): Decided | null {
  if (analysis.uncovered.length === 0 || analysis.nutrients.length > 0) return null;
  const topic = analysis.uncovered[0];
  return {
    result: { kind: 'fallback', reason: 'uncovered-topic', topic, score: 0, runnersUp: [] },
    decision: { stage: 'uncovered-topic', topic },
  };
}

/**
 * Deciding, from the ranked candidates: a short question (at most `shortQuestionTerms` terms) whose words are
 * mostly unknown to the base (`maxUnknownShare`) is declined, since it is usually another topic ("magnesium for
 * migraines") unless it is framed around a cramp; otherwise `decisionBasis` answers, asks or declines.
 */
export function decideClause(
  ranked: readonly ScoredEntry[],
  question: DecisionInput & QuestionWords,
  config: MatchConfig,
  contextOf: (entry: Entry, question: DecisionInput) => AnswerContext,
): Decided {
  if (
    !question.framedByCramps &&
    question.terms <= config.shortQuestionTerms &&
    question.unknownShare >= config.maxUnknownShare
  ) {
    return {
      result: {
        kind: 'fallback',
        reason: 'no-match',
        score: round(ranked[0]?.score ?? 0),
        runnersUp: ranked.slice(0, config.runnersUp).map(toCandidate),
      },
      decision: {
        stage: 'mostly-unknown-words',
        unknownShare: round(question.unknownShare),
        maxUnknownShare: config.maxUnknownShare,
        terms: question.terms,
      },
    };
  }
  const basis = decisionBasis(ranked, question, config);
  return {
    result: resultOf(ranked, basis, question, config, contextOf),
    decision: {
      stage: 'decide',
      ...basis,
      top: round(basis.top),
      second: round(basis.second),
      lead: round(basis.lead),
    },
  };
}

/** The answer, the "Did you mean…" (options within `clarifyBand` of the best, at most `maxClarifyOptions`), or the decline. */
function resultOf(
  ranked: readonly ScoredEntry[],
  { outcome, floor }: DecisionBasis,
  question: DecisionInput,
  config: MatchConfig,
  contextOf: (entry: Entry, question: DecisionInput) => AnswerContext,
): AnswerResult {
  const [top] = ranked;
  const runnersUp = ranked.slice(1, config.runnersUp + 1).map(toCandidate);
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
