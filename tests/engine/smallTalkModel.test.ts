import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadOrTrainSmallTalkModel,
  SmallTalkModel,
  type LabelledMessage,
} from '../../src/engine/SmallTalkModel';
import { shippedEngine } from '../support/testKit';

const examples: LabelledMessage[] = [
  ...['hello', 'hi there', 'good morning', 'hey'].map((text) => ({ text, label: 'greeting' as const })),
  ...['thanks', 'thank you so much', 'cheers'].map((text) => ({ text, label: 'thanks' as const })),
  ...['bye', 'see you later', 'goodbye'].map((text) => ({ text, label: 'goodbye' as const })),
  ...['how much vitamin d do i need', 'what foods have magnesium', 'why do my legs cramp at night'].map(
    (text) => ({ text, label: 'none' as const }),
  ),
];

describe('the small-talk model', () => {
  it('learns its examples and reads a misspelling of one', () => {
    const model = SmallTalkModel.train(examples);
    expect(model.classify('hello').label).toBe('greeting');
    expect(model.classify('thankss').label).toBe('thanks');
    expect(model.classify('what foods have potassium').label).toBe('none');
  });

  it('is deterministic and survives a round trip through JSON', () => {
    const a = SmallTalkModel.train(examples);
    const b = SmallTalkModel.fromJSON(JSON.parse(JSON.stringify(SmallTalkModel.train(examples))));
    for (const text of ['good evening', 'ta very much', 'how much calcium']) {
      expect(b?.classify(text)).toEqual(a.classify(text));
    }
  });

  it('refuses a damaged or foreign model file', () => {
    const json = SmallTalkModel.train(examples).toJSON();
    expect(SmallTalkModel.fromJSON({ ...json, weights: json.weights.slice(0, 8) })).toBeNull();
    expect(SmallTalkModel.fromJSON({ ...json, format: 'other' })).toBeNull();
    expect(SmallTalkModel.fromJSON(null)).toBeNull();
  });

  it('caches a trained model by its examples, and retrains when a cached file is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smalltalk-cache-'));
    const first = loadOrTrainSmallTalkModel(examples, dir);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(loadOrTrainSmallTalkModel(examples, dir).classify('hiya')).toEqual(first.classify('hiya'));
    writeFileSync(join(dir, files[0]), '{ not json');
    expect(loadOrTrainSmallTalkModel(examples, dir).classify('hiya')).toEqual(first.classify('hiya'));
    loadOrTrainSmallTalkModel([...examples, { text: 'morning all', label: 'greeting' }], dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});

describe('small talk the phrase lists do not have', () => {
  const engine = shippedEngine();

  it.each([
    ['yo whats good', 'greeting'],
    ['cheers for that, legend', 'thanks'],
    ['right, I am off now', 'goodbye'],
  ])('"%s" is small talk (%s)', (text, intent) => {
    expect(engine.answer({ text })).toEqual({ kind: 'help', intent });
  });

  it.each([
    'how do I reset my router',
    'what is the capital of France',
    'cheers, how much magnesium do I need?',
  ])('"%s" is not small talk', (text) => {
    expect(engine.answer({ text }).kind).not.toBe('help');
  });
});
