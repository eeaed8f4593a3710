import { smallTalkTrainingExamples } from '../../src/engine/SmallTalkModel';
import { crossValidateSmallTalk } from '../../src/eval/smallTalkEval';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { shippedKb } from '../support/testKit';

// Leave one writer's set out, train the small-talk model on the rest (with the phrases, cues and the base's own
// questions), measure the held-out set. Floors just under the figures measured once writers 4, 5 and 6 were learned
// from and their misses' categories read (README: asides, contractions in cues, other Englishes, tasks; complaints,
// questions about something else, how to use the chat). Issue 11's target is 95% recognised on held-out wording,
// which writers 3-6 do not reach.
const kb = shippedKb();
const folds = crossValidateSmallTalk(kb, createSafetyScreen(kb.safety));

describe.each([
  ['writer-1', 0.97, 0.97],
  ['writer-2', 0.95, 0.97],
  ['writer-3', 0.9, 0.97],
  ['writer-4', 0.92, 0.97],
  ['writer-5', 0.82, 0.97],
  ['writer-6', 0.88, 0.97],
  // First measured 89.3% and 98.0% held out; after learning from it by category 98.0% and 100% (tuned on it).
  ['writer-7', 0.97, 0.97],
  // First measured 83.3% and 99.0% held out; after learning from it by category 97.3% and 100% (tuned on it).
  ['writer-8', 0.97, 0.97],
  // First measured 82.7% and 99.0% held out; after learning from it by category 92.7% and 99.0% (tuned on it).
  ['writer-9', 0.92, 0.97],
  // First measured 93.3% and 97.0% held out; after learning from it by category 100% and 100% (tuned on it).
  ['writer-10', 0.99, 0.97],
  // First measured 86.7% and 98.0% held out; after learning from it by category 98.0% and 100% (tuned on it).
  ['writer-11', 0.97, 0.97],
  // First measured 83.3% and 98.0% held out; after learning from it by category 96.7% and 100% (tuned on it).
  ['writer-12', 0.96, 0.97],
  // First measured 79.3% and 98.0% held out; after learning from it by category 97.3% and 100% (tuned on it).
  ['writer-13', 0.97, 0.97],
  // First measured 86.0% and 99.0% held out; after learning from it by category 92.7% and 99.0% (tuned on it).
  ['writer-14', 0.92, 0.97],
  // First measured 66.0% and 100% held out; after learning from it by category 90.0% and 100% (tuned on it).
  ['writer-15', 0.89, 0.97],
  // First measured 74.0% and 95.0% held out; after learning from it by category 95.3% and 95.0% (tuned on it).
  ['writer-16', 0.95, 0.94],
  // First measured 70.7% and 98.0% held out; after learning from it by category 90.7% and 99.0% (tuned on it).
  ['writer-17', 0.9, 0.98],
  // First measured 88.7% and 98.0% held out; after learning from it by category 98.7% and 100% (tuned on it).
  ['writer-18', 0.98, 0.99],
  // First measured 80.7% and 99.0% held out; after learning from it by category 99.3% and 100% (tuned on it).
  ['writer-19', 0.99, 0.99],
  // First measured 87.3% and 99.0% held out; after learning from it by category 100% and 100% (tuned on it).
  ['writer-20', 0.99, 0.99],
  // First measured 91.3% and 98.0% held out; 92.7% and 98.0% once writer 20 was learned; after learning from it by
  // category 100% and 100% (tuned on it).
  ['writer-21', 0.99, 0.99],
  // First measured 84.7% and 99.0% held out; after learning from it by category 99.3% and 100% (tuned on it).
  ['writer-22', 0.99, 0.99],
])('small talk, the held-out set %s', (name, minRecognised, minKept) => {
  const fold = folds.find((f) => f.name === name);

  it(`recognises at least ${minRecognised * 100}% of its small talk, with a model that never saw it`, () => {
    expect(fold?.smallTalk).toBeGreaterThanOrEqual(150);
    expect(fold?.recognised).toBeGreaterThanOrEqual(minRecognised);
  });

  it(`takes no more than ${Math.round((1 - minKept) * 100)}% of its look-alikes (real questions, other requests) for small talk`, () => {
    expect(fold?.lookAlikes).toBeGreaterThanOrEqual(80);
    expect(fold?.lookAlikesKept).toBeGreaterThanOrEqual(minKept);
  });
});

describe('a small-talk set marked learnedFrom: false', () => {
  it('is measured (held out like the others) but neither the shipped model nor another fold learns from it', () => {
    // A new writer's set is first added with learnedFrom: false (none today; writers 16 to 20 were, until learned
    // from).
    const measuredOnly = kb.smallTalkExamples.filter((set) => !set.learnedFrom);
    const others = new Set(
      kb.smallTalkExamples.filter((set) => set.learnedFrom).flatMap((set) => set.messages.map((m) => m.text)),
    );
    const ownMessages = measuredOnly
      .flatMap((set) => set.messages.map((m) => m.text))
      .filter((t) => !others.has(t));
    const shipped = new Set(smallTalkTrainingExamples(kb).map((example) => example.text));
    const otherFold = new Set(smallTalkTrainingExamples(kb, 'writer-1').map((example) => example.text));
    for (const text of ownMessages) {
      if (kb.entries.some((entry) => entry.title === text || entry.alternates.includes(text))) continue;
      expect(shipped.has(text) && !isIntentPhrase(text)).toBe(false);
      expect(otherFold.has(text) && !isIntentPhrase(text)).toBe(false);
    }
    for (const set of measuredOnly) expect(folds.map((fold) => fold.name)).toContain(set.name);
  });

  it('its fold still holds out a set that is learned from', () => {
    const fold = new Set(
      smallTalkTrainingExamples(kb, 'writer-5').map((example) => `${example.label}|${example.text}`),
    );
    const own = kb.smallTalkExamples.find((set) => set.name === 'writer-5');
    const elsewhere = new Set(
      kb.smallTalkExamples
        .filter((set) => set.name !== 'writer-5')
        .flatMap((set) => set.messages.map((m) => `${m.intent}|${m.text}`)),
    );
    const onlyThere = (own?.messages ?? []).filter((m) => !elsewhere.has(`${m.intent}|${m.text}`));
    expect(onlyThere.length).toBeGreaterThan(100);
    for (const m of onlyThere)
      if (!isIntentPhrase(m.text)) expect(fold.has(`${m.intent}|${m.text}`)).toBe(false);
  });
});

function isIntentPhrase(text: string): boolean {
  return Object.values(kb.content.intents).some(
    (intent) => intent.phrases.includes(text) || (intent.cues ?? []).includes(text),
  );
}
