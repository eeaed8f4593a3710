import type { Entry } from '../knowledge/KnowledgeBase';
import type { Analysis } from './Analyzer';
import type { MatchConfig } from './config';
import { answerIfClassifierSure, type BlendedEntry } from './blendWithClassifier';
import { decideClause, declineUncovered, round, type Decided, type DecisionInput } from './decide';
import type { CandidateExplanation, ReadingExplanation } from './Explanation';
import { readFollowUp, type FollowUpDeps, type FollowUpReading } from './followUp';
import type { RankSignals } from './MatchIndex';
import { rankCandidates, type RankDeps } from './rankCandidates';
import type { AnswerContext, AnswerResult } from './types';

/** What reading, ranking and deciding one question needs, built once with the engine. */
export interface ClauseDeps extends FollowUpDeps, RankDeps {
  config: MatchConfig;
  /** The conversation context an answer to `entry` leaves behind. */
  contextOf: (entry: Entry, question?: DecisionInput) => AnswerContext;
}

/**
 * One question, in four steps: read it in the conversation's context (`readFollowUp`), decline a topic the base
 * does not cover (`declineUncovered`), rank the entries (`rankCandidates`), and answer, ask or decline
 * (`decideClause`). When `readings` is given, how it went is added to it (for `explain`).
 */
export function matchClause(
  text: string,
  context: AnswerContext | undefined,
  deps: ClauseDeps,
  readings?: ReadingExplanation[],
): AnswerResult {
  const analysis = deps.analyzer.analyze(text);
  const reading = readFollowUp(analysis, context, deps);
  const explained = readings && startExplanation(text, analysis, reading, deps);
  const { result, decision } =
    declineUncovered(analysis) ?? rankAndDecide(analysis, reading, deps, explained);
  if (explained && readings) {
    explained.decision = decision;
    explained.outcome = {
      kind: result.kind,
      id: result.kind === 'answer' ? result.entry.id : undefined,
      score: 'score' in result ? result.score : undefined,
    };
    readings.push(explained);
  }
  return result;
}

function rankAndDecide(
  analysis: Analysis,
  reading: FollowUpReading,
  deps: ClauseDeps,
  explained: ReadingExplanation | undefined,
): Decided {
  const signals = explained ? new Map<string, RankSignals>() : undefined;
  const ranked = rankCandidates(analysis, reading, deps, signals);
  if (explained && signals)
    explained.candidates = ranked.map((scored) => explainCandidate(scored, signals, reading.offered));
  const { nutrients, terms, previous, pointer } = reading;
  const decided = decideClause(
    ranked,
    {
      nutrients,
      // A message that points back ("she takes water tablets, could that be it?") continues the conversation's
      // subject; merely coming next does not ("what's the quickest way to lose weight?").
      onSubject: analysis.onSubject || nutrients.length > 0 || (previous !== undefined && pointer),
      terms: terms.length,
      unknownShare: deps.index.unknownShare(terms),
      framedByCramps: analysis.namesSubjectWord && nutrients.length === 0,
    },
    deps.config,
    deps.contextOf,
  );
  // The classifier's certainty only matters where the usual decision would ask or decline.
  if (decided.result.kind === 'answer') return decided;
  return answerIfClassifierSure(ranked, nutrients, deps.config, deps.contextOf) ?? decided;
}

/** The reading as far as it is known before ranking; candidates, decision and outcome are filled in after. */
function startExplanation(
  text: string,
  analysis: Analysis,
  { nutrients, facets, terms, previous, pointer, offered }: FollowUpReading,
  { index }: ClauseDeps,
): ReadingExplanation {
  return {
    text,
    words: analysis.words,
    corrections: analysis.corrections,
    terms,
    nutrients,
    facets,
    uncovered: analysis.uncovered,
    context: {
      previous: previous?.id,
      pointsBack: pointer,
      offered: offered ? [...offered] : [],
      carried: terms.filter((term) => !analysis.terms.includes(term)),
    },
    unknownShare: round(index.unknownShare(terms)),
    candidates: [],
    decision: { stage: 'uncovered-topic', topic: '' },
    outcome: { kind: 'fallback' },
  };
}

function explainCandidate(
  { entry, score, lexical, probability }: BlendedEntry,
  signals: ReadonlyMap<string, RankSignals>,
  offered: ReadonlySet<string> | undefined,
): CandidateExplanation {
  const why = signals.get(entry.id);
  const phrasings = [entry.title, ...entry.alternates];
  return {
    id: entry.id,
    title: entry.title,
    score: round(score),
    phrasing: {
      text: why && why.phrasingIndex >= 0 ? phrasings[why.phrasingIndex] : '',
      match: round(why?.phrasing ?? 0),
    },
    cosine: round(why?.cosine ?? 0),
    base: round(why?.base ?? 0),
    adjustment: why?.adjustment ?? 'none',
    offered: offered?.has(entry.id) ?? false,
    lexical: round(lexical),
    probability: round(probability),
  };
}
