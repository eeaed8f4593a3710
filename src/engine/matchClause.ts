import type { Entry } from '../knowledge/KnowledgeBase';
import type { Analysis } from './Analyzer';
import type { MatchConfig } from './config';
import { decideWithClassifier, type BlendedEntry } from './blendWithClassifier';
import { decideClause, declineUncovered, round, type Decided, type DecisionInput } from './decide';
import type { CandidateExplanation, ReadingExplanation } from './Explanation';
import { readFollowUp, type FollowUpDeps, type FollowUpReading } from './followUp';
import type { RankSignals } from './MatchIndex';
import { rankBoth, type RankDeps } from './rankCandidates';
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
 * (`decideClause`, with the entry classifier's say kept in bounds by `decideWithClassifier`). `storySentence`: the
 * text is a long message's question sentences, read without the story. When `readings` is given, how it went is
 * added to it (for `explain`).
 */
export function matchClause(
  text: string,
  context: AnswerContext | undefined,
  deps: ClauseDeps,
  readings?: ReadingExplanation[],
  storySentence = false,
): AnswerResult {
  const analysis = deps.analyzer.analyze(text);
  const reading = readFollowUp(analysis, context, deps);
  const explained = readings && startExplanation(text, analysis, reading, deps);
  const { result, decision } =
    declineUncovered(analysis) ?? rankAndDecide(analysis, reading, deps, explained, storySentence);
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
  storySentence: boolean,
): Decided {
  const signals = explained ? new Map<string, RankSignals>() : undefined;
  const { ranked, lexical } = rankBoth(analysis, reading, deps, signals);
  if (explained && signals)
    explained.candidates = ranked.map((scored) => explainCandidate(scored, signals, reading.offered));
  const { nutrients, terms, previous, pointer } = reading;
  const question = {
    nutrients,
    // A message that points back ("she takes water tablets, could that be it?") continues the conversation's
    // subject; merely coming next does not ("what's the quickest way to lose weight?").
    onSubject: analysis.onSubject || nutrients.length > 0 || (previous !== undefined && pointer),
    terms: terms.length,
    unknownShare: deps.index.unknownShare(terms),
    framedByCramps: analysis.namesSubjectWord && nutrients.length === 0,
  };
  return decideWithClassifier(
    decideClause(ranked, question, deps.config, deps.contextOf),
    () => decideClause(lexical, question, deps.config, deps.contextOf),
    ranked,
    { ...question, storySentence },
    deps.config,
    deps.contextOf,
  );
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
