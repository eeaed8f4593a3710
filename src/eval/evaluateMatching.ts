import { contextAfter } from '../engine/contextAfter';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { AnswerEngine, AnswerResult } from '../engine/types';
import type { EvalQuestion } from './questionSet';

export interface EvalOutcome {
  question: EvalQuestion;
  kind: AnswerResult['kind'];
  id?: string;
  score: number;
  options: string[];
  correct: boolean;
  confidentlyWrong: boolean;
}

export interface MatchingReport {
  total: number;
  inScope: number;
  outOfScope: number;
  help: number;
  /** Share of in-scope questions answered directly with an accepted entry. */
  top1: number;
  /** Share of out-of-scope questions declined (fallback). */
  declined: number;
  /** Share of all questions answered with an entry that was not acceptable. */
  confidentlyWrong: number;
  confidentlyWrongCount: number;
  /** Share of in-scope questions answered with "Did you mean…". */
  clarifyRate: number;
  /** Of those, how often an accepted entry was among the options. */
  clarifyRightOffered: number;
  helpRecognised: number;
  perEntry: Array<{ id: string; precision: number; recall: number; expected: number; answered: number }>;
  confusedPairs: Array<{ expected: string; answered: string; count: number }>;
  /**
   * The same questions (follow-ups aside) asked again right after an answer to another entry, as they would be
   * in a real conversation: the earlier answer must not pull a new question towards it.
   */
  midConversation: { top1: number; declined: number };
  /** Score histogram (bins of 0.05) of answers that were right and wrong. */
  histogram: Array<{ from: number; right: number; wrong: number }>;
  outcomes: EvalOutcome[];
}

/** Runs every labelled question through the engine's one call and scores the outcome. Pure. */
export function evaluateMatching(
  engine: AnswerEngine,
  kb: KnowledgeBase,
  questions: readonly EvalQuestion[],
): MatchingReport {
  const outcomes: EvalOutcome[] = questions.map((question) =>
    judge(question, engine.answer({ text: question.text, context: contextAfter(kb, question.after) })),
  );
  // Each stand-alone question after a different earlier answer, spread over the base deterministically.
  const standalone = questions.filter((question) => !question.after && question.expect !== 'help');
  const later = standalone.map((question, i) =>
    judge(
      question,
      engine.answer({
        text: question.text,
        context: contextAfter(kb, kb.entries[(i * 37 + 11) % kb.entries.length].id),
      }),
    ),
  );
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const rate = (items: EvalOutcome[], expect: EvalQuestion['expect']) => {
    const relevant = items.filter((o) => o.question.expect === expect);
    return share(relevant.filter((o) => o.correct).length, relevant.length);
  };
  const midConversation = { top1: rate(later, 'answer'), declined: rate(later, 'fallback') };

  const inScope = outcomes.filter((o) => o.question.expect === 'answer');
  const outOfScope = outcomes.filter((o) => o.question.expect === 'fallback');
  const help = outcomes.filter((o) => o.question.expect === 'help');
  const clarified = inScope.filter((o) => o.kind === 'clarify');

  const expectedCount = new Map<string, number>();
  const answeredCount = new Map<string, number>();
  const rightCount = new Map<string, number>();
  const confused = new Map<string, number>();
  for (const outcome of outcomes) {
    const expectedId = outcome.question.expect === 'answer' ? outcome.question.ids[0] : undefined;
    if (expectedId) expectedCount.set(expectedId, (expectedCount.get(expectedId) ?? 0) + 1);
    if (outcome.id) answeredCount.set(outcome.id, (answeredCount.get(outcome.id) ?? 0) + 1);
    if (outcome.correct && outcome.id) rightCount.set(outcome.id, (rightCount.get(outcome.id) ?? 0) + 1);
    if (outcome.confidentlyWrong && outcome.id) {
      const key = `${expectedId ?? `(${outcome.question.expect})`}→${outcome.id}`;
      confused.set(key, (confused.get(key) ?? 0) + 1);
    }
  }
  const entryIds = [...new Set([...expectedCount.keys(), ...answeredCount.keys()])].sort();
  const perEntry = entryIds.map((id) => {
    const right = rightCount.get(id) ?? 0;
    const answered = answeredCount.get(id) ?? 0;
    const expected = inScope.filter((o) => o.question.ids.includes(id)).length;
    const recalled = inScope.filter((o) => o.question.ids.includes(id) && o.id === id).length;
    return { id, precision: share(right, answered), recall: share(recalled, expected), expected, answered };
  });

  const histogram = Array.from({ length: 20 }, (_, i) => ({ from: i / 20, right: 0, wrong: 0 }));
  for (const outcome of outcomes) {
    if (outcome.kind !== 'answer') continue;
    const bin = histogram[Math.min(19, Math.floor(outcome.score * 20))];
    if (outcome.correct) bin.right++;
    else bin.wrong++;
  }

  const wrong = outcomes.filter((o) => o.confidentlyWrong).length;
  return {
    total: outcomes.length,
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    help: help.length,
    top1: rate(outcomes, 'answer'),
    declined: rate(outcomes, 'fallback'),
    confidentlyWrong: share(wrong, outcomes.length),
    confidentlyWrongCount: wrong,
    clarifyRate: share(clarified.length, inScope.length),
    clarifyRightOffered: share(
      clarified.filter((o) => o.options.some((id) => o.question.ids.includes(id))).length,
      clarified.length,
    ),
    helpRecognised: rate(outcomes, 'help'),
    perEntry,
    confusedPairs: [...confused.entries()]
      .map(([key, count]) => {
        const [expected, answered] = key.split('→');
        return { expected, answered, count };
      })
      .sort((a, b) => b.count - a.count),
    midConversation,
    histogram,
    outcomes,
  };
}

/**
 * Scores one engine result against its label: an in-scope question is right only when answered directly with an
 * accepted entry; out of scope only when declined; small talk only when recognised as small talk. Any direct
 * answer that is not an accepted entry is confidently wrong, whatever the label.
 */
export function judge(question: EvalQuestion, result: AnswerResult): EvalOutcome {
  const id = result.kind === 'answer' ? result.entry.id : undefined;
  const score =
    result.kind === 'answer' || result.kind === 'clarify' || result.kind === 'fallback' ? result.score : 1;
  const options = result.kind === 'clarify' ? result.options.map((option) => option.id) : [];
  const correct =
    question.expect === 'answer'
      ? result.kind === 'answer' && question.ids.includes(id ?? '')
      : question.expect === 'fallback'
        ? result.kind === 'fallback'
        : result.kind === 'help';
  const confidentlyWrong =
    result.kind === 'answer' && !(question.expect === 'answer' && question.ids.includes(id ?? ''));
  return { question, kind: result.kind, id, score, options, correct, confidentlyWrong };
}
