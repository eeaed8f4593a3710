import { join } from 'node:path';
import { QUESTION_SETS } from '../../src/eval/questionSets';
import {
  everydayNetExamples,
  loadFreshSafetyBatches,
  loadSafetyBatches,
  NET_EVERYDAY_SETS,
  netExamplesOf,
  safetyTrainingSource,
} from '../../src/eval/safetyCases';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { LEARNED_NET } from '../../src/safety/learned/learnedNetConfig';
import { createRedFlagNet, trainRedFlagNet } from '../../src/safety/learned/trainRedFlagNet';
import { withLearnedNet } from '../../src/safety/learned/withLearnedNet';
import { renderedReply, shippedEngine, shippedKb } from '../support/testKit';

const examples = [
  { text: 'my calf is swollen red and hot', redFlag: true },
  { text: 'my leg is swollen and painful since the flight', redFlag: true },
  { text: 'I have chest pain and cannot breathe', redFlag: true },
  { text: 'my son swallowed a bottle of iron tablets', redFlag: true },
  { text: 'which foods are high in magnesium', redFlag: false },
  { text: 'how much vitamin D do I need a day', redFlag: false },
  { text: 'what are the signs of a blood clot', redFlag: false },
  { text: 'do bananas help with cramps', redFlag: false },
];

describe('the learned red-flag net (logistic regression over word and character n-grams)', () => {
  const net = createRedFlagNet(trainRedFlagNet(examples));

  it('scores the red flags it learned above the benign questions', () => {
    const flags = examples.filter((e) => e.redFlag).map((e) => net.score(e.text));
    const benign = examples.filter((e) => !e.redFlag).map((e) => net.score(e.text));
    expect(Math.min(...flags)).toBeGreaterThan(Math.max(...benign));
  });

  it('shares character n-grams, so a typo still scores like the word', () => {
    expect(net.score('my calf is swolen and red')).toBeGreaterThan(net.score('which foods have magnesium'));
  });

  it('is deterministic: the same data trains the same model', () => {
    expect(trainRedFlagNet(examples)).toEqual(trainRedFlagNet(examples));
  });
});

describe('the learned net beside the rules: what a person sees when only the net reads a red flag', () => {
  const kb = shippedKb();
  const engine = shippedEngine();
  const rulesAlone = createSafetyScreen(kb.safety);
  const replyTo = (text: string, locale?: string) => renderedReply(engine, kb, text, locale);

  // Wording written for this test, which the shipped net reads at 0.97 or more; a net retrained on new batches
  // may move it, so keep the examples well above the threshold.
  it.each([
    "my brother's forearm is rock hard and shiny after the crash and the pain keeps climbing",
    "my dad's upper arm is rock hard and shiny since the crash and the pain keeps climbing",
  ])('"%s": no rule fires, so the net speaks: get care today, why, and the local number', (text) => {
    expect(rulesAlone.triage(text)).toBeNull();
    const reply = replyTo(text, 'en-GB');
    expect(reply.faq).toMatchObject({ kind: 'urgent', level: 'urgent', id: LEARNED_NET.ruleId });
    expect(reply.text).toMatch(/^\*\*Get medical care today/);
    expect(reply.text).toMatch(/can be a sign of a problem that needs a doctor today/);
    expect(reply.text).toMatch(/Call 999 now if/);
    expect(reply.text).toMatch(/https:\/\//);
    expect(replyTo(text, 'en-US').text).toMatch(/Call 911 now if/);
  });

  it.each([
    "my brother's forearm went rock hard and shiny after a crash two years ago and the pain kept climbing, what causes that?",
    'what if a forearm goes rock hard and shiny after a crash and the pain keeps climbing?',
    'what are the signs of a forearm that is rock hard and shiny after a crash?',
    "my brother's forearm is not rock hard, not shiny and the pain is not climbing after the crash, which vitamins help healing?",
  ])('"%s" (past, imagined, general or denied) gets no urgent reply', (text) => {
    expect(replyTo(text, 'en-GB').faq).not.toMatchObject({ kind: 'urgent' });
  });
});

describe('the learned net speaks only on a sign told as happening now (a net that flags everything)', () => {
  const kb = shippedKb();
  const rules = createSafetyScreen(kb.safety);
  const screen = withLearnedNet(rules, { score: () => 1 }, kb.safety);

  it('raises the learned flag on a current concern the rules leave alone, at urgent, with the number', () => {
    expect(rules.triage('my elbow is throbbing and hot')).toBeNull();
    expect(screen.triage('my elbow is throbbing and hot', 'en-AU')).toMatchObject({
      level: 'urgent',
      ruleId: LEARNED_NET.ruleId,
      action: expect.stringContaining('Call 000 now if'),
    });
  });

  it.each([
    ['past', 'I had a swollen calf five years ago'],
    ['denied', 'no swelling and no redness in my calf'],
    ['imagined', 'what if my calf swells up'],
    ['general', 'what are the signs of a clot'],
    ['going on for months', 'my legs have felt heavy every evening for months'],
  ])('stays silent on a mention told as %s: "%s"', (_how, text) => {
    expect(screen.triage(text)).toBeNull();
  });

  it.each([
    ['a dose on two labels', 'the tub says 50 mcg and the box says 2000 IU, is that the same thing?'],
    ['a test result', 'his B12 result came back really high, like 1800, should we worry?'],
    ['a condition', 'grandad is a kidney patient, CKD stage 3, can he take magnesium tablets?'],
  ])('stays silent on a message that tells no sign, only %s: "%s"', (_what, text) => {
    expect(screen.triage(text)).toBeNull();
  });

  it('never changes what the rules say: their level and reason come first', () => {
    expect(screen.triage('my leg is swollen and now I have chest pain')).toMatchObject({
      level: 'emergency',
      ruleId: 'clot-in-lungs',
    });
  });

  it('stays silent when the knowledge base has no learnedFlag reply', () => {
    const withoutFlag = { ...kb.safety, learnedFlag: undefined };
    expect(
      withLearnedNet(rules, { score: () => 1 }, withoutFlag).triage('my elbow is throbbing and hot'),
    ).toBeNull();
  });
});

describe('what the shipped learned net learns from', () => {
  const root = join(__dirname, '..', '..');
  const everyday = everydayNetExamples(root);

  it('learns every matching question set but the test set, all as benign', () => {
    expect(NET_EVERYDAY_SETS).not.toContain(QUESTION_SETS.test);
    expect(NET_EVERYDAY_SETS.length).toBe(Object.keys(QUESTION_SETS).length - 1);
    expect(everyday.length).toBeGreaterThan(5000);
    expect(everyday.every((example) => !example.redFlag)).toBe(true);
  });

  it('keys the cached net by the question sets too, so editing one retrains it', () => {
    const source = safetyTrainingSource(root);
    expect(source.examples().length).toBe(
      everyday.length + netExamplesOf([...loadSafetyBatches(root), ...loadFreshSafetyBatches(root)]).length,
    );
    expect(source.key).not.toBe(safetyTrainingSource(join(root, 'no-such-dir')).key);
  });
});
