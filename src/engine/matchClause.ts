import type { Entry } from '../knowledge/KnowledgeBase';
import type { Analysis } from './Analyzer';
import type { MatchConfig } from './config';
import { answerCheckFeatures, type AnswerCheck } from './AnswerCheck';
import { decideWithClassifier, type BlendedEntry } from './blendWithClassifier';
import {
  decideClause,
  declineUncovered,
  round,
  toCandidate,
  type Decided,
  type DecisionInput,
} from './decide';
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
  /** The learned answer check (src/engine/AnswerCheck.ts); null or absent: answers are not checked. */
  answerCheck?: AnswerCheck | null;
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
  const decided = decideWithClassifier(
    decideClause(ranked, question, deps.config, deps.contextOf),
    () => decideClause(lexical, question, deps.config, deps.contextOf),
    ranked,
    { ...question, storySentence },
    deps.config,
  );
  return checkAnswer(decided, ranked, { ...question, facets: reading.facets }, deps);
}

/**
 * The learned answer check's say (src/engine/AnswerCheck.ts), where the usual decision answered or asked with the
 * entry classifier's probabilities beside it. An answer the check finds less likely right than `answerCheckMin`
 * becomes a "Did you mean…" offering the top candidate, the one the classifier prefers and the runner-up (those at
 * or above the decision's floor; with no other there, the answer stands, as the decision's own rule has it: a
 * question back with one option only delays the answer). A "Did you mean…" whose top candidate the check finds at
 * least `answerCheckSure` likely right becomes its answer, and so does a decline on the base's subject whose top
 * candidate, under the floor, the check finds at least `answerCheckRescue` likely right.
 */
function checkAnswer(
  decided: Decided,
  ranked: readonly BlendedEntry[],
  question: DecisionInput & { facets: readonly string[]; terms: number; unknownShare: number },
  { answerCheck, config, kb, facetOf, contextOf }: ClauseDeps,
): Decided {
  const { result, decision } = decided;
  const [top] = ranked;
  const declined = result.kind === 'fallback' && result.reason === 'no-match' && question.onSubject;
  if (
    !top ||
    !answerCheck ||
    decision.stage !== 'decide' ||
    (result.kind !== 'answer' && result.kind !== 'clarify' && !declined) ||
    !ranked.some((candidate) => candidate.probability > 0)
  )
    return decided;
  const asked = result.kind === 'clarify';
  const topicOf = (id: string) => {
    const entry = kb.byId.get(id);
    return { nutrient: entry ? contextOf(entry).nutrientId : undefined, facet: facetOf.get(id) };
  };
  const probability = answerCheck.probability(
    answerCheckFeatures(
      {
        ...question,
        asked,
        declined,
        candidates: ranked.map((c) => ({
          id: c.entry.id,
          score: c.score,
          lexical: c.lexical,
          probability: c.probability,
        })),
      },
      topicOf,
    ),
  );
  // How sure the check must be to answer where the decision asked, or declined a question on the subject.
  const sure = declined ? config.answerCheckRescue : config.answerCheckSure;
  const checked = {
    stage: 'answer-checked' as const,
    id: top.entry.id,
    probability: round(probability),
    answerCheckMin: config.answerCheckMin,
    answerCheckSure: sure,
    words: decision,
  };
  if (asked || declined) {
    if (probability < sure) return decided;
    return {
      result: {
        kind: 'answer',
        entry: top.entry,
        score: result.score,
        runnersUp: result.runnersUp,
        context: contextOf(top.entry, question),
      },
      decision: { ...checked, asks: false },
    };
  }
  if (probability >= config.answerCheckMin) return decided;
  const preferred = ranked.reduce((a, b) => (b.probability > a.probability ? b : a));
  const options = [...new Set([top, preferred, ...ranked.slice(1)])]
    .filter((candidate) => candidate === top || candidate.score >= decision.floor)
    .slice(0, config.maxClarifyOptions);
  if (options.length < 2) return decided;
  return {
    result: {
      kind: 'clarify',
      options: options.map(toCandidate),
      score: result.score,
      runnersUp: result.runnersUp,
      context: { nutrientId: question.nutrients.length === 1 ? question.nutrients[0] : undefined },
    },
    decision: { ...checked, asks: true },
  };
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
