import {
  ANSWER_CHECK_FEATURES,
  AnswerCheck,
  answerCheckExamples,
  answerCheckFeatures,
  type CheckInput,
} from '../../src/engine/AnswerCheck';
import { join } from 'node:path';
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import { labelledTrainingSource } from '../../src/eval/trainingQuestions';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { shippedKb } from '../support/testKit';

const topics: Record<string, { nutrient?: string; facet?: string }> = {
  'magnesium-cramps': { nutrient: 'magnesium', facet: 'cramps' },
  'magnesium-supplements-cramps': { nutrient: 'magnesium' },
  'potassium-foods': { nutrient: 'potassium', facet: 'foods' },
};
const topicOf = (id: string) => topics[id] ?? {};

const input = (over: Partial<CheckInput> = {}): CheckInput => ({
  candidates: [
    { id: 'magnesium-cramps', score: 0.8, lexical: 0.8, probability: 0.09 },
    { id: 'magnesium-supplements-cramps', score: 0.7, lexical: 0.75, probability: 0.64 },
  ],
  nutrients: ['magnesium'],
  facets: ['cramps'],
  terms: 6,
  unknownShare: 0.1,
  asked: false,
  ...over,
});

const named = (features: number[]) =>
  Object.fromEntries(ANSWER_CHECK_FEATURES.map((name, i) => [name, Number(features[i].toFixed(3))]));

describe('the answer check reads what the ranking looked like', () => {
  it('sees the runner-up as a sibling the classifier prefers', () => {
    expect(named(answerCheckFeatures(input(), topicOf))).toEqual({
      'top score': 0.8,
      'lead over the runner-up': 0.1,
      'lexical lead over the best other lexical score': 0.05,
      'classifier probability (square root)': 0.3,
      "best other candidate's probability (square root)": 0.8,
      'classifier margin over the best other candidate': -0.55,
      'the words rank it first too': 1,
      'the runner-up is about the same nutrient': 1,
      'the question names its nutrient': 1,
      'the question names another nutrient only': 0,
      'the question cues its facet': 1,
      'question length (terms, up to 15)': 0.4,
      'share of unknown words': 0.1,
      'the usual decision asked': 0,
      'the usual decision declined': 0,
    });
  });

  it('marks an answer about a nutrient the question does not name', () => {
    const features = named(
      answerCheckFeatures(
        input({
          candidates: [{ id: 'potassium-foods', score: 0.6, lexical: 0.6, probability: 0.5 }],
          facets: [],
        }),
        topicOf,
      ),
    );
    expect(features['the question names another nutrient only']).toBe(1);
    expect(features['the question names its nutrient']).toBe(0);
    expect(features['lead over the runner-up']).toBe(0.6);
    expect(features['the runner-up is about the same nutrient']).toBe(0);
  });
});

describe('the answer check learns which answers to trust', () => {
  // Right answers where the classifier agrees with a clear margin, wrong ones where it prefers the runner-up.
  const examples = Array.from({ length: 40 }, (_, i) => {
    const right = i % 2 === 0;
    const p = right ? 0.6 + (i % 5) * 0.05 : 0.05 + (i % 5) * 0.02;
    const features = answerCheckFeatures(
      input({
        candidates: [
          { id: 'magnesium-cramps', score: 0.7, lexical: 0.7, probability: p },
          { id: 'magnesium-supplements-cramps', score: 0.6, lexical: 0.6, probability: right ? 0.05 : 0.6 },
        ],
      }),
      topicOf,
    );
    return { features, right };
  });
  const check = AnswerCheck.train(examples);

  it('finds an answer the classifier backs likely right, and one it doubts unlikely', () => {
    for (const { features, right } of examples) expect(check.probability(features) >= 0.5).toBe(right);
  });

  it('reads back what it wrote, and refuses anything else', () => {
    const again = AnswerCheck.fromJSON(JSON.parse(JSON.stringify(check)));
    expect(again?.probability(examples[0].features)).toBeCloseTo(check.probability(examples[0].features), 10);
    expect(AnswerCheck.fromJSON({ format: 'answer-check-0', weights: [] })).toBeNull();
    expect(AnswerCheck.fromJSON(null)).toBeNull();
  });
});

describe('an answer the check doubts becomes a question back', () => {
  const kb = shippedKb();
  const root = join(__dirname, '../..');
  const options = { safety: createSafetyScreen(kb.safety), training: labelledTrainingSource(root) };
  // A check that has only ever seen wrong answers doubts every one.
  const doubting = AnswerCheck.train(
    Array.from({ length: 10 }, () => ({ features: ANSWER_CHECK_FEATURES.map(() => 0), right: false })),
  );
  const question = { text: 'do magnesium tablets help with leg cramps' };

  it('answers as the words and the classifier decide without a check', () => {
    const result = createAnswerEngine(kb, { ...options, answerCheck: null }).answer(question);
    expect(result.kind).toBe('answer');
  });

  it('offers the same answer first among the close candidates when the check doubts it', () => {
    const plain = createAnswerEngine(kb, { ...options, answerCheck: null }).answer(question);
    const checked = createAnswerEngine(kb, { ...options, answerCheck: doubting });
    const result = checked.answer(question);
    expect(result.kind).toBe('clarify');
    if (result.kind !== 'clarify' || plain.kind !== 'answer')
      throw new Error('expected a clarify after an answer');
    expect(result.options[0].id).toBe(plain.entry.id);
    expect(result.options.length).toBeGreaterThanOrEqual(2);
    expect(checked.explain(question).readings.at(-1)?.decision.stage).toBe('answer-checked');
  });
});

describe('a decline on the subject that the check is sure of becomes its answer', () => {
  const kb = shippedKb();
  const root = join(__dirname, '../..');
  const options = { safety: createSafetyScreen(kb.safety), training: labelledTrainingSource(root) };
  // A check that has only ever seen right answers trusts every one.
  const trusting = AnswerCheck.train(
    Array.from({ length: 10 }, () => ({ features: ANSWER_CHECK_FEATURES.map(() => 0), right: true })),
  );
  const onSubject = { text: "magnesium for my grandmother's quilting hands" };

  it('declines a weak match on the subject without a check, and answers its top candidate with a sure one', () => {
    expect(createAnswerEngine(kb, { ...options, answerCheck: null }).answer(onSubject)).toMatchObject({
      kind: 'fallback',
      reason: 'no-match',
    });
    const checked = createAnswerEngine(kb, { ...options, answerCheck: trusting });
    expect(checked.answer(onSubject).kind).toBe('answer');
    expect(checked.explain(onSubject).readings.at(-1)?.decision.stage).toBe('answer-checked');
  });

  it('still declines a question off the subject, however sure the check', () => {
    const checked = createAnswerEngine(kb, { ...options, answerCheck: trusting });
    expect(checked.answer({ text: 'how do I fix a dripping tap' }).kind).toBe('fallback');
  });
});

describe('the check learns from a decline the safety net speaks over, as from any decline', () => {
  const kb = shippedKb();
  const root = join(__dirname, '../..');
  const engine = createAnswerEngine(kb, {
    safety: createSafetyScreen(kb.safety),
    training: labelledTrainingSource(root),
    answerCheck: null,
  });
  // Written for this test: an own complaint told in one sentence, a remedy no entry covers asked in the next.
  const text = 'Hips stiff after a week of tiling floors. Is glucosamine worth buying?';

  it('keeps the declined question as an example: widening the net never moves what the check learns', () => {
    const { result } = engine.explain({ text });
    expect(result.kind === 'fallback' ? result.reason : result.kind).toBe('safety-net');
    const examples = answerCheckExamples(
      [
        { text, ids: [], group: 'a' },
        { text, ids: [], group: 'b' },
      ],
      // explainWith below answers with the shipped engine, so the fold's classifier is never used
      () => undefined as never,
      () => (question) => engine.explain({ text: question }),
      () => ({}),
    );
    expect(examples).toHaveLength(2);
    expect(examples.every((example) => !example.right)).toBe(true);
  });
});
