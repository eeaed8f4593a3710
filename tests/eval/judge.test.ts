import type { AnswerResult } from '../../src/engine/types';
import { judge } from '../../src/eval/evaluateMatching';
import type { EvalQuestion } from '../../src/eval/questionSet';
import { shippedKb } from '../support/testKit';

const kb = shippedKb();
const entry = (id: string) => {
  const found = kb.byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const candidate = (id: string) => ({ id, title: entry(id).title, score: 0.6 });

const answered = (id: string): AnswerResult => ({
  kind: 'answer',
  entry: entry(id),
  score: 0.8,
  runnersUp: [],
  context: {},
});
const clarified = (...ids: string[]): AnswerResult => ({
  kind: 'clarify',
  options: ids.map(candidate),
  score: 0.45,
  runnersUp: [],
  context: {},
});
const declined: AnswerResult = { kind: 'fallback', reason: 'no-match', score: 0.1, runnersUp: [] };
const smallTalk: AnswerResult = { kind: 'help', intent: 'greeting' };
const urgent: AnswerResult = {
  kind: 'urgent',
  redFlag: { level: 'urgent', ruleId: 'possible-leg-clot', title: '', action: '', why: '', sources: [] },
} as AnswerResult;

const inScope: EvalQuestion = {
  text: 'what foods have magnesium',
  expect: 'answer',
  ids: ['magnesium-foods', 'diet-to-prevent-cramps'],
  tags: [],
};
const outOfScope: EvalQuestion = { text: 'best knee brace', expect: 'fallback', ids: [], tags: [] };
const greeting: EvalQuestion = { text: 'hiya', expect: 'help', ids: [], tags: [] };

describe('judge, the scorer behind every accuracy gate', () => {
  it.each<[string, EvalQuestion, AnswerResult, { correct: boolean; confidentlyWrong: boolean }]>([
    [
      'an accepted entry answered directly is right',
      inScope,
      answered('magnesium-foods'),
      { correct: true, confidentlyWrong: false },
    ],
    [
      'any accepted id counts, not only the first',
      inScope,
      answered('diet-to-prevent-cramps'),
      { correct: true, confidentlyWrong: false },
    ],
    [
      'another entry answered directly is confidently wrong',
      inScope,
      answered('potassium-foods'),
      { correct: false, confidentlyWrong: true },
    ],
    [
      '"Did you mean…" is not a right answer, even with the right option',
      inScope,
      clarified('magnesium-foods', 'potassium-foods'),
      { correct: false, confidentlyWrong: false },
    ],
    [
      'a decline of an in-scope question is not right, and not confidently wrong',
      inScope,
      declined,
      { correct: false, confidentlyWrong: false },
    ],
    [
      'small talk is not an answer to an in-scope question',
      inScope,
      smallTalk,
      { correct: false, confidentlyWrong: false },
    ],
    [
      'triage is not an answer to an in-scope question',
      inScope,
      urgent,
      { correct: false, confidentlyWrong: false },
    ],
    [
      'declining an out-of-scope question is right',
      outOfScope,
      declined,
      { correct: true, confidentlyWrong: false },
    ],
    [
      'answering an out-of-scope question is confidently wrong',
      outOfScope,
      answered('magnesium-foods'),
      { correct: false, confidentlyWrong: true },
    ],
    [
      'asking back about an out-of-scope question is neither right nor confidently wrong',
      outOfScope,
      clarified('magnesium-foods'),
      { correct: false, confidentlyWrong: false },
    ],
    ['recognising small talk is right', greeting, smallTalk, { correct: true, confidentlyWrong: false }],
    ['declining small talk is not right', greeting, declined, { correct: false, confidentlyWrong: false }],
    [
      'answering small talk with an entry is confidently wrong',
      greeting,
      answered('magnesium-foods'),
      { correct: false, confidentlyWrong: true },
    ],
  ])('%s', (_name, question, result, expected) => {
    expect(judge(question, result)).toMatchObject(expected);
  });

  it('reports the options offered and the answered id, so the report can say which option was right', () => {
    expect(judge(inScope, clarified('potassium-foods', 'magnesium-foods'))).toMatchObject({
      kind: 'clarify',
      options: ['potassium-foods', 'magnesium-foods'],
      id: undefined,
    });
    expect(judge(inScope, answered('magnesium-foods'))).toMatchObject({
      kind: 'answer',
      id: 'magnesium-foods',
      score: 0.8,
    });
  });
});
