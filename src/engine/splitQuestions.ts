import type { Language } from './compileLanguage';
import type { MatchConfig } from './config';
import type { AnswerContext, AnswerResult } from './types';

/**
 * Matches one question (a clause) in the conversation's context; `storySentence`: the question sentences of a long
 * message, read without the story around them.
 */
export type MatchClause = (
  text: string,
  context: AnswerContext | undefined,
  storySentence?: boolean,
) => AnswerResult;

const SENTENCE_END = /(?<=[.!?])\s+|\n+/;

/** Where questions start: see compileLanguage (knowledge/language.yaml). */
export type QuestionPatterns = Pick<Language, 'clauseBreak' | 'questionStart'>;

/** The questions of a short message with more than one ("what is it and how much do I need?"). */
export function splitClauses(
  text: string,
  patterns: QuestionPatterns,
  config: Pick<MatchConfig, 'minClauseWords'>,
): string[] {
  return text
    .split(patterns.clauseBreak)
    .map((clause) => clause.trim())
    .filter((clause) => clause.split(/\s+/).length >= config.minClauseWords);
}

/** The sentences of a long message that ask something: its question, told inside a story. */
export function questionSentences(text: string, patterns: QuestionPatterns): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .filter((sentence) => patterns.questionStart.test(sentence) || sentence.endsWith('?'));
}

/**
 * One message, one or more questions. A long message is one story around its question(s): its question
 * sentences are matched on their own too, without the conversation's context (its "it" points into the
 * story), and the more confident reading wins. A short message with two questions gets the better answer plus
 * the other as `also`.
 */
export function matchMessage(
  text: string,
  context: AnswerContext | undefined,
  matchClause: MatchClause,
  config: Pick<MatchConfig, 'longMessageWords' | 'minClauseWords'>,
  patterns: QuestionPatterns,
): AnswerResult {
  if (text.split(/\s+/).length >= config.longMessageWords)
    return focusOnQuestion(text, matchClause, patterns);
  const whole = matchClause(text, context);
  const clauses = splitClauses(text, patterns, config);
  if (clauses.length < 2) return whole;
  const answers: Array<Extract<AnswerResult, { kind: 'answer' }>> = [];
  let carried = context;
  for (const clause of clauses) {
    const result = matchClause(clause, carried);
    if (result.kind === 'answer') {
      answers.push(result);
      carried = { ...carried, ...result.context };
    }
  }
  const distinct = answers.filter(
    (result, i) => answers.findIndex((other) => other.entry.id === result.entry.id) === i,
  );
  if (distinct.length < 2) return whole.kind === 'answer' || distinct.length === 0 ? whole : distinct[0];
  const [best, other] = [...distinct].sort((a, b) => b.score - a.score);
  return { ...best, also: { id: other.entry.id, title: other.entry.title, score: other.score } };
}

function focusOnQuestion(text: string, matchClause: MatchClause, patterns: QuestionPatterns): AnswerResult {
  const questions = questionSentences(text, patterns);
  if (questions.length === 0) return matchClause(text, undefined);
  const focused = matchClause(questions.join('. '), undefined, true);
  // A confident answer to the question sentences settles it; otherwise the whole story may say more.
  if (focused.kind === 'answer') return focused;
  const whole = matchClause(text, undefined);
  return rankOf(focused) > rankOf(whole) ||
    (rankOf(focused) === rankOf(whole) && scoreOf(focused) > scoreOf(whole))
    ? focused
    : whole;
}

/** Answers beat questions back, which beat declines; used to pick between two readings of a message. */
const rankOf = (result: AnswerResult) => (result.kind === 'answer' ? 2 : result.kind === 'clarify' ? 1 : 0);
const scoreOf = (result: AnswerResult) => ('score' in result ? result.score : 0);
