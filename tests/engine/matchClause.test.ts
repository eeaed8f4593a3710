import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { contextAfter } from '../../src/engine/contextAfter';
import type { ReadingExplanation } from '../../src/engine/Explanation';
import { matchClause } from '../../src/engine/matchClause';
import type { AnswerResult } from '../../src/engine/types';
import { shippedKb } from '../support/testKit';

const kb = shippedKb();
const matching = buildMatching(kb, MATCH_DEFAULTS);
const shown = (result: AnswerResult) =>
  result.kind === 'answer'
    ? `answer ${result.entry.id}`
    : result.kind === 'fallback'
      ? `fallback ${result.reason}`
      : result.kind;

describe('one question, read, ranked and decided', () => {
  it.each([
    // [question, answered just before, the step that decided, what the user gets]
    ['what about vitamin c', undefined, 'uncovered-topic', 'fallback uncovered-topic'],
    ['and vitamin k?', 'magnesium-foods', 'uncovered-topic', 'fallback uncovered-topic'],
    ['magnesium for migraines', undefined, 'mostly-unknown-words', 'fallback no-match'],
    ['banana for cramp - myth or fact?', undefined, 'decide', 'answer bananas-for-cramps'],
    ['how much magnesium is too much', undefined, 'decide', 'answer magnesium-upper-limit'],
    ['what foods have it?', 'magnesium-daily-need', 'decide', 'answer magnesium-foods'],
    ['and potassium?', 'magnesium-foods', 'decide', 'answer potassium-foods'],
  ])('"%s" after %s: decided at %s, the user gets %s', (text, after, stage, expected) => {
    const readings: ReadingExplanation[] = [];
    const result = matchClause(text, contextAfter(kb, after), matching, readings);
    expect(shown(result)).toBe(expected);
    expect(readings.map((reading) => reading.decision.stage)).toEqual([stage]);
    expect(matchClause(text, contextAfter(kb, after), matching)).toEqual(result);
  });
});
