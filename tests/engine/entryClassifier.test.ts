import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  blendWithClassifier,
  decideWithClassifier,
  type BlendedEntry,
} from '../../src/engine/blendWithClassifier';
import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { decideClause } from '../../src/engine/decide';
import { classifierFormWords, createAnswerEngine } from '../../src/engine/createAnswerEngine';
import {
  EntryClassifier,
  loadOrTrainEntryClassifier,
  type LabelledQuestion,
} from '../../src/engine/EntryClassifier';
import { CLASSIFIER_TRIAL_WEIGHT } from '../../src/eval/crossValidate';
import { trainingSourceOf } from '../../src/eval/trainingQuestions';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { shippedKb } from '../support/testKit';

const kb = shippedKb();
const safety = createSafetyScreen(kb.safety);
const lexical = createAnswerEngine(kb, { safety, entryClassifier: null });
const { analyzer } = buildMatching(kb, MATCH_DEFAULTS);
const read = (text: string) => analyzer.analyze(text);
const formWords = classifierFormWords(kb);

// A toy base of four questions, each asked a few ways, read the way the engine reads questions.
const toy: LabelledQuestion[] = [
  ...['what foods are high in magnesium', 'which foods have magnesium', 'best food sources of magnesium'].map(
    (text) => ({ text, ids: ['magnesium-foods'] }),
  ),
  ...['how much magnesium is too much', 'magnesium upper limit', 'can you overdose on magnesium'].map(
    (text) => ({ text, ids: ['magnesium-upper'] }),
  ),
  ...['why do my legs cramp at night', 'night time leg cramps', 'cramps in bed at night'].map((text) => ({
    text,
    ids: ['night-cramps'],
  })),
  ...['how do I stop a cramp right now', 'quick fix for a leg cramp', 'stretch to ease a cramp'].map(
    (text) => ({ text, ids: ['stop-cramp'] }),
  ),
  ...['what is the weather tomorrow', 'best pizza near me'].map((text) => ({ text, ids: [] })),
];
const ids = ['magnesium-foods', 'magnesium-upper', 'night-cramps', 'stop-cramp'];

describe('the entry classifier', () => {
  const model = EntryClassifier.train(toy, ids, read, formWords);

  it.each(toy.filter((question) => question.ids.length > 0).map((q) => [q.text, q.ids[0]]))(
    'learns its training questions: "%s" is %s',
    (text, id) => {
      expect(model.best(read(text)).id).toBe(id);
    },
  );

  it.each([
    ['what should I eat to get more magnesium', 'magnesium-foods'],
    ['is there a maximum dose of magnesium', 'magnesium-upper'],
    ['my calves seize up every night in bed', 'night-cramps'],
    ['how can I make a crmap go away fast', 'stop-cramp'],
  ])('ranks an unseen paraphrase right: "%s" is %s', (text, id) => {
    expect(model.best(read(text)).id).toBe(id);
  });

  it('finds a question about something else most likely none of them', () => {
    const question = read('what time does the pizza place open');
    const { none } = model.probabilities(question);
    expect(none).toBeGreaterThan(model.best(question).probability);
  });

  it('is deterministic and survives a round trip through JSON', () => {
    const again = EntryClassifier.train(toy, ids, read, formWords);
    expect(JSON.stringify(again)).toEqual(JSON.stringify(model));
    const copies = [
      EntryClassifier.fromJSON(JSON.parse(JSON.stringify(model)), formWords),
      EntryClassifier.fromBuffer(model.toBuffer(), formWords),
    ];
    for (const copy of copies)
      for (const text of ['foods with magnesium', 'leg cramp at night', 'too much magnesium'])
        expect(copy?.best(read(text))).toEqual(model.best(read(text)));
  });

  it('refuses a damaged or foreign model file', () => {
    const json = model.toJSON();
    expect(EntryClassifier.fromJSON({ ...json, weights: json.weights.slice(0, 8) }, formWords)).toBeNull();
    expect(EntryClassifier.fromJSON({ ...json, format: 'other' }, formWords)).toBeNull();
    expect(EntryClassifier.fromJSON(null, formWords)).toBeNull();
    const bytes = model.toBuffer();
    expect(EntryClassifier.fromBuffer(bytes.subarray(0, bytes.byteLength - 4), formWords)).toBeNull();
    expect(EntryClassifier.fromBuffer(Buffer.from('nonsense'), formWords)).toBeNull();
  });

  it('is cached by the base and the training questions, and retrained when either changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entry-classifier-cache-'));
    const training = trainingSourceOf(toy);
    const first = loadOrTrainEntryClassifier(kb, training, read, formWords, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    const question = read('what foods have magnesium in them');
    expect(loadOrTrainEntryClassifier(kb, training, read, formWords, dir).best(question)).toEqual(
      first.best(question),
    );
    writeFileSync(join(dir, readdirSync(dir)[0]), '{ not json');
    expect(loadOrTrainEntryClassifier(kb, training, read, formWords, dir).best(question)).toEqual(
      first.best(question),
    );
    loadOrTrainEntryClassifier(kb, trainingSourceOf(toy.slice(1)), read, formWords, dir);
    loadOrTrainEntryClassifier({ ...kb, version: 'edited' }, training, read, formWords, dir);
    expect(readdirSync(dir)).toHaveLength(3);
  });
});

describe('blending the classifier into the ranking', () => {
  const [a, b] = kb.entries;
  const ranked = [
    { entry: a, score: 0.6 },
    { entry: b, score: 0.55 },
  ];

  it.each([
    ['weight 0 leaves the ranking as it was', 0, { [a.id]: 0, [b.id]: 1 }, [a.id, b.id], [0.6, 0.55]],
    ['the candidate the classifier prefers rises', 0.3, { [a.id]: 0, [b.id]: 1 }, [b.id, a.id], [0.55, 0.3]],
    ['agreeing with the words widens the lead', 0.3, { [a.id]: 0.8, [b.id]: 0.1 }, [a.id, b.id], [0.6, 0.34]],
  ])('%s', (_name, weight, probability, order, scores) => {
    const blended = blendWithClassifier(ranked, (id) => probability[id] ?? 0, weight);
    expect(blended.map((candidate) => candidate.entry.id)).toEqual(order);
    expect(blended.map((candidate) => Math.round(candidate.score * 1000) / 1000)).toEqual(scores);
  });
});

describe("the classifier's say in the decision", () => {
  const entry = (id: string) => {
    const found = kb.byId.get(id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };
  /** Candidates as [id, lexical score, classifier probability], blended at the trial weight. */
  const candidates = (...rows: Array<[string, number, number]>): BlendedEntry[] =>
    blendWithClassifier(
      rows.map(([id, score]) => ({ entry: entry(id), score })),
      (id) => rows.find((row) => row[0] === id)?.[2] ?? 0,
      CLASSIFIER_TRIAL_WEIGHT,
    );
  const config = { ...MATCH_DEFAULTS, classifierWeight: CLASSIFIER_TRIAL_WEIGHT };
  const contextOf = () => ({});
  const known = { terms: 4, unknownShare: 0, framedByCramps: false };
  /** What the user sees when the two rankings are decided and the guard picks. */
  const shown = (ranked: BlendedEntry[], onSubject: boolean, storySentence = false) => {
    const question = { nutrients: [], onSubject, ...known };
    const lexical = [...ranked]
      .map((candidate) => ({ entry: candidate.entry, score: candidate.lexical }))
      .sort((a, b) => b.score - a.score);
    const { result } = decideWithClassifier(
      decideClause(ranked, question, config, contextOf),
      () => decideClause(lexical, question, config, contextOf),
      ranked,
      { ...question, storySentence },
      config,
    );
    return result.kind === 'answer'
      ? `answer ${result.entry.id}`
      : result.kind === 'clarify'
        ? `clarify ${result.options.map((option) => option.id).join(' | ')}`
        : result.kind;
  };
  // Two close candidates the words alone would ask about (a lead under answerMargin).
  const close = (pFirst: number, pSecond: number) =>
    candidates(['hot-weather-cramps', 0.6, pFirst], ['heat-or-ice-for-cramps', 0.59, pSecond]);

  it.each([
    [
      'settles a close call it is sure enough of',
      close(0.5, 0.05),
      false,
      false,
      'answer hot-weather-cramps',
    ],
    [
      'cannot settle one it is unsure of (under classifierTip): the user is asked',
      close(0.15, 0.01),
      false,
      false,
      'clarify hot-weather-cramps | heat-or-ice-for-cramps',
    ],
    [
      "cannot settle one from a story's question sentence alone",
      close(0.5, 0.05),
      false,
      true,
      'clarify hot-weather-cramps | heat-or-ice-for-cramps',
    ],
    [
      'may re-order candidates the words already answer',
      candidates(['hot-weather-cramps', 0.7, 0.05], ['heat-or-ice-for-cramps', 0.6, 0.6]),
      false,
      false,
      'answer heat-or-ice-for-cramps',
    ],
    [
      'leaves a decline standing however sure it is, on the subject',
      candidates(['hot-weather-cramps', 0.3, 0.8]),
      true,
      false,
      'fallback',
    ],
    [
      'and off it, where a sure classifier has mostly matched one word of another topic',
      candidates(['hot-weather-cramps', 0.3, 0.8]),
      false,
      false,
      'fallback',
    ],
  ])('%s', (_name, ranked, onSubject, storySentence, expected) => {
    expect(shown(ranked, onSubject, storySentence)).toBe(expected);
  });
});

describe('an engine with the classifier', () => {
  // People's own word for potassium tablets, which no phrasing in the base uses: only labelled questions teach it.
  const taught: LabelledQuestion[] = [
    'why is kalinor so weak',
    'kalinor only has a tiny bit of potassium, why',
    'is kalinor strong enough to help',
    'why does kalinor have so little in it',
    'kalinor dose seems tiny',
    'why so little potassium in kalinor',
    'is kalinor too weak to do anything',
    'kalinor barely has any in it, how come',
    'can kalinor even make a difference',
    'what use is kalinor',
    'kalinor pills are pointless',
    'are kalinor tablets worth taking',
  ].map((text) => ({ text, ids: ['potassium-supplement-99-mg'] }));
  const asked = 'kalinor is really weak, why';
  let learned: ReturnType<typeof createAnswerEngine>;
  // Training on the whole base takes a few seconds the first time (then it is read from .cache/models).
  beforeAll(() => {
    learned = createAnswerEngine(kb, {
      safety,
      training: trainingSourceOf(taught),
      config: { classifierWeight: CLASSIFIER_TRIAL_WEIGHT },
    });
  }, 120_000);

  it('is sure of a question whose words only it learned, but does not answer it off the subject on its word alone', () => {
    // "kalinor" names neither a cramp nor a nutrient: off the subject, a sure classifier has mostly matched one
    // word of another topic, so the decline stands (decideWithClassifier).
    const { result, readings } = learned.explain({ text: asked });
    const [top] = readings[0].candidates;
    expect(top.id).toBe('potassium-supplement-99-mg');
    expect(top.probability).toBeGreaterThanOrEqual(0.7);
    expect(result.kind).toBe('fallback');
  });

  it('which the lexical matcher alone does not answer either', () => {
    const result = lexical.answer({ text: asked });
    expect(result.kind === 'answer' && result.entry.id).not.toBe('potassium-supplement-99-mg');
  });
});
