import { MATCH_DEFAULTS } from '../../src/engine/config';
import { contextAfter } from '../../src/engine/contextAfter';
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { shippedEngine, shippedKb } from '../support/testKit';

const engine = shippedEngine();
const kb = shippedKb();
const ask = (text: string, after?: string) => {
  const context = contextAfter(kb, after);
  return engine.answer({ text, context });
};
const idOf = (text: string, after?: string) => {
  const result = ask(text, after);
  return result.kind === 'answer' ? result.entry.id : result.kind;
};

describe('the answer engine', () => {
  it.each([
    ['What vitamin deficiency causes leg cramps?', 'vitamin-deficiency-leg-cramps'],
    ['how much magnesium do i need', 'magnesium-daily-need'],
    ['what foods have potassium', 'potassium-foods'],
    ['is tonic water good for cramps', 'quinine-for-cramps'],
    ['why do i get leg cramps at night', 'night-leg-cramps'],
    ['can statins cause cramps', 'statins-and-cramps'],
  ])('answers the paraphrase "%s" with %s', (question, id) => {
    expect(idOf(question)).toBe(id);
  });

  it.each([
    ['magnesim foods', 'magnesium-foods'],
    ['how much potasium do i need', 'potassium-daily-need'],
    ['vitamn d upper limit', 'vitamin-d-upper-limit'],
  ])('tolerates typos: "%s" → %s', (question, id) => {
    expect(idOf(question)).toBe(id);
  });

  it('prefers the FAQ entry about one nutrient over its cued facet when the FAQ explains the question better', () => {
    expect(idOf('do vitamin d capsules actually fix cramps')).toBe('vitamin-d-supplements-cramps');
    expect(idOf('can low vitamin d give you cramps')).toBe('vitamin-d-cramps');
  });

  it.each([
    ['gimme foods w loads of potassium', 'potassium-foods'],
    ['which scran is full of b12', 'vitamin-b12-foods'],
    ['think im low on potassium, how would i even know', 'potassium-symptoms'],
    ['can you eat too much potassium', 'potassium-upper-limit'],
    ['are magnesium supplements dangerous', 'magnesium-cautions'],
    ['can tablets for water cause cramps', 'diuretics-and-cramps'],
  ])('reads everyday wording: "%s" → %s', (question, id) => {
    expect(idOf(question)).toBe(id);
  });

  it('declines treatment questions for conditions it only compares with cramps', () => {
    expect(ask('what medication is best for treating restless legs')).toMatchObject({
      reason: 'uncovered-topic',
    });
    expect(ask('how can I lower my cholesterol without tablets')).toMatchObject({
      reason: 'uncovered-topic',
    });
    expect(idOf('how do I tell a cramp from restless legs')).toBe('cramps-vs-restless-legs');
  });

  it.each([
    ['my neighbour swears by vitamin b6 for her night cramps, is she right', 'vitamin-b6-cramps'],
    ['b6 tablets and pins and needles in my hands', 'vitamin-b6-cramps'],
    ['pyridoxine for muscle cramps any good', 'vitamin-b6-cramps'],
    ['will iron tablets fix my restless leg syndrome', 'iron-restless-legs'],
    ['why do i get cramps in my legs on my period', 'period-leg-pain'],
  ])('answers a near topic named with what its entry covers: "%s" → %s', (question, id) => {
    expect(idOf(question)).toBe(id);
  });

  it.each([
    ['how much iron should i take for anaemia', 'iron'],
    ['is spinach a good source of iron', 'iron'],
    ['b6 for morning sickness', 'vitamin B6'],
    ['which foods have b6', 'vitamin B6'],
    ['best painkiller for period pain', 'period pain'],
  ])('still declines the near topic on its own by name: "%s"', (question, topic) => {
    const result = ask(question);
    expect(result.kind).toBe('fallback');
    if (result.kind === 'fallback' && result.reason === 'uncovered-topic') expect(result.topic).toBe(topic);
  });

  it.each([
    ['my leg cramps have been worse since I started chemo, what can I do about them', 'cancer'],
    ['I have heart disease and my calves cramp at night, is there a link', 'heart disease'],
  ])('a condition the person has does not decline their cramp question: "%s"', (question, topic) => {
    const result = ask(question);
    expect(
      result.kind === 'fallback' && result.reason === 'uncovered-topic' ? result.topic : 'not declined',
    ).not.toBe(topic);
  });

  it.each([
    ['what foods help with nausea during chemo', 'cancer'],
    ['is heart disease hereditary', 'heart disease'],
  ])('still declines the condition asked about on its own: "%s"', (question, topic) => {
    expect(ask(question)).toMatchObject({ kind: 'fallback', reason: 'uncovered-topic', topic });
  });

  it('understands slang through the synonym table', () => {
    expect(idOf('charley horse at night')).toBe('night-leg-cramps');
  });

  it('strips a Teams mention before matching', () => {
    expect(idOf('<at>Cramp Helper</at> how much magnesium do i need')).toBe('magnesium-daily-need');
    expect(ask('<at>Cramp Helper</at> hi')).toMatchObject({ kind: 'help', intent: 'greeting' });
    expect(ask('<at>Cramp Helper</at> what can you do')).toMatchObject({ kind: 'help', intent: 'help' });
    expect(ask('<at>Cramp Helper</at> thanks!')).toMatchObject({ kind: 'help', intent: 'thanks' });
    expect(ask('<at>Cramp Helper</at> best knee brace for running')).toMatchObject({
      kind: 'fallback',
      reason: 'no-match',
    });
  });

  it.each([
    // A mention's two words must not count towards the message's length: 24 words of the user's own are read as
    // one question, not as a long story whose question sentence is matched alone.
    [
      'Since I started my water tablets my legs cramp in the evenings and I feel a bit weak. Could the tablets be the cause?',
      undefined,
      'diuretics-and-cramps',
    ],
    ['what foods have it?', 'magnesium-daily-need', 'magnesium-foods'],
    ['what is b12? what foods have it?', undefined, 'vitamin-b12-foods'],
    ['what about vitamin c', undefined, 'fallback'],
    ['hello', undefined, 'help'],
  ])('reads "%s" (after %s) behind a Teams mention as without it: %s', (text, after, expected) => {
    expect(idOf(text, after)).toBe(expected);
    expect(idOf(`<at>Cramp Helper</at> ${text}`, after)).toBe(expected);
  });

  it.each([
    "what's the weather in Paris?",
    'who won the football last night',
    'how do i reverse a string in python',
    'banana bread recipe',
  ])('declines "%s"', (question) => {
    expect(ask(question).kind).toBe('fallback');
  });

  it('names an uncovered nutrient when it declines', () => {
    expect(ask('what foods have vitamin C')).toMatchObject({
      kind: 'fallback',
      reason: 'uncovered-topic',
      topic: 'vitamin C',
    });
  });

  it.each([
    ['hi', 'greeting'],
    ['thanks!', 'thanks'],
    ['help', 'help'],
    ['what can you do?', 'help'],
    ['start over', 'restart'],
    ['disclaimer', 'disclaimer'],
    ['thnks', 'thanks'],
    ['can we start again', 'restart'],
    ['see you later', 'goodbye'],
    ['cheers mate', 'thanks'],
    ['ok that was really helpful', 'thanks'],
    ['what sort of things can I ask?', 'help'],
    ['ok cool', 'thanks'],
    ['morning!', 'greeting'],
    ['are you a bot', 'disclaimer'],
    ['nope', 'help'],
  ])('treats "%s" as small talk (%s)', (question, intent) => {
    expect(ask(question)).toEqual({ kind: 'help', intent });
  });

  it('treats an acknowledgement followed by a question as the question', () => {
    expect(idOf('ok and how much is too much of it?', 'vitamin-d-daily-need')).toBe('vitamin-d-upper-limit');
    expect(idOf('thanks! how much magnesium do i need?')).toBe('magnesium-daily-need');
  });

  it('does not match on what the question says is absent ("no swelling, just a normal night cramp")', () => {
    expect(idOf('no swelling just a normal night cramp, what helps')).toBe('night-leg-cramps');
  });

  it('answers a question that starts with a greeting', () => {
    expect(idOf('hi, how much magnesium do i need?')).toBe('magnesium-daily-need');
  });

  it('resolves follow-ups against the previous answer', () => {
    expect(idOf('what foods have it?', 'magnesium-daily-need')).toBe('magnesium-foods');
    expect(idOf('and potassium?', 'magnesium-foods')).toBe('potassium-foods');
  });

  it('reads a short typed follow-up in the light of the questions the last answer offered', () => {
    expect(idOf('any stretches you would recommend for that')).toBe('fallback');
    expect(idOf('any stretches you would recommend for that', 'night-leg-cramps')).toBe('stretching-routine');
    expect(idOf('how many glasses should that be', 'dehydration-cramps')).toBe('hydration-for-cramps');
    // "that" points back to the cramps just discussed.
    expect(idOf('she takes water tablets, could that be it?', 'older-adults-cramps')).toBe(
      'diuretics-and-cramps',
    );
    // Coming next is not enough: an off-topic question after an answer is still declined.
    expect(idOf("what's the weather in Paris?", 'vitamin-deficiency-leg-cramps')).toBe('fallback');
  });

  it('keeps what follows "no" when it is not a symptom being denied ("for no reason")', () => {
    expect(idOf('my legs cramp for no reason at all')).toBe('cramps-no-clear-cause');
    // "no" as a misspelt "know": followed by "if", it denies nothing.
    expect(idOf('how wud i no if im lacking any vitamins')).toBe('how-to-know-deficiency');
  });

  it('keeps the cramps facet next to the symptoms facet when a question about cramps asks "could I be low"', () => {
    expect(idOf('my legs cramp at night, could i be low in magnesium')).toBe('magnesium-cramps');
    expect(idOf('what are the symptoms of low magnesium')).toBe('magnesium-symptoms');
  });

  it('lets the upper limit outrank the daily need when a question cues both', () => {
    expect(idOf("what's the most magnesium I should take a day")).toBe('magnesium-upper-limit');
    expect(idOf('how much vitamin d a day is too much')).toBe('vitamin-d-upper-limit');
    expect(idOf('how much magnesium do i need a day')).toBe('magnesium-daily-need');
  });

  it('matches a new question after an answer as if it came first', () => {
    // Only a pointer back ("what foods have it?") carries the last answer's nutrient; a question of its own
    // does not, and an uncovered topic is declined by name whatever came before.
    expect(idOf('why do i get cramps at night', 'magnesium-foods')).toBe('night-leg-cramps');
    expect(idOf('what foods have it?', 'magnesium-daily-need')).toBe('magnesium-foods');
    expect(ask('what are the benefits of zinc', 'vitamin-d-testing')).toMatchObject({
      kind: 'fallback',
      reason: 'uncovered-topic',
    });
  });

  it('reads a long message as its own story: its "it" does not point back to the last answer', () => {
    const story =
      'Every weekend I spend hours in the garden in the sun, digging and weeding, and by the evening my calves ' +
      'start cramping. I drink a bit of water but not much. Could it be the heat?';
    const offered = (result: ReturnType<typeof ask>) =>
      result.kind === 'answer'
        ? [result.entry.id]
        : result.kind === 'clarify'
          ? result.options.map((option) => option.id)
          : [];
    const alone = ask(story);
    const afterThiamin = ask(story, 'thiamin-testing');
    expect(offered(alone)).toContain('hot-weather-cramps');
    expect(afterThiamin.kind).toBe(alone.kind);
    expect(offered(afterThiamin)).toEqual(offered(alone));
    expect(offered(afterThiamin).filter((id) => id.startsWith('thiamin'))).toEqual([]);
  });

  it('asks the topic of the last FAQ answer of a nutrient the follow-up names', () => {
    expect(idOf('could it be low magnesium?', 'night-leg-cramps')).toBe('magnesium-cramps');
    expect(idOf('could it be low magnesium?')).not.toBe('magnesium-cramps');
  });

  it('carries the nutrient of an FAQ answer about one nutrient into the follow-up', () => {
    expect(idOf('is it safe with kidney disease?', 'magnesium-supplements-cramps')).toBe(
      'magnesium-cautions',
    );
  });

  it('answers rather than asks when no runner-up reaches the floor, however small the lead', () => {
    // With margins no lead can meet, only a lone candidate is answered; one with a rival becomes a question. The rule
    // on the words' scores alone: with the entry classifier, a rival it finds unlikely falls below the floor too.
    const picky = createAnswerEngine(kb, {
      safety: createSafetyScreen(kb.safety),
      config: { answerMargin: 1, subjectMargin: 1 },
      entryClassifier: null,
    });
    expect(picky.answer({ text: 'should i book a GP appointment for cramps' })).toMatchObject({
      kind: 'answer',
      entry: { id: 'when-to-see-doctor' },
    });
    expect(picky.answer({ text: 'what will the GP check for cramps' }).kind).toBe('clarify');
  });

  it('reads unknown words around a cramp as framing, but around a nutrient alone as another topic', () => {
    expect(idOf('bananas for cramp, old wives tale?')).toBe('bananas-for-cramps');
    expect(idOf('magnesium for migraines')).toBe('fallback');
  });

  describe('questions plainly on the subject', () => {
    // Scores between subjectMinScore and minScore: the words the base lacks are the user's own wording. The rule is
    // on the words' scores (the lexical matcher alone); the shipped engine's classifier may still make it a question.
    const safety = createSafetyScreen(kb.safety);
    const words = createAnswerEngine(kb, { safety, entryClassifier: null });
    const onSubject = "what's the knack to loosen a calf cramp";
    const offSubject = "what's the knack to loosen a tight calf";
    const stretches = ['stretching-routine', 'stop-cramp-now'];

    it('answers one that names a cramp from a lower score, when its lead is clear', () => {
      const result = words.answer({ text: onSubject });
      expect(result.kind).toBe('answer');
      expect(result.kind === 'answer' && result.score).toBeLessThan(MATCH_DEFAULTS.minScore);
      expect(result.kind === 'answer' && stretches.includes(result.entry.id)).toBe(true);
    });

    it('and the shipped engine answers it with a stretch or offers one', () => {
      const result = ask(onSubject);
      const offered =
        result.kind === 'answer'
          ? [result.entry.id]
          : result.kind === 'clarify'
            ? result.options.map((option) => option.id)
            : [];
      expect(offered.some((id) => stretches.includes(id))).toBe(true);
    });

    it('declines the same wording without the subject word, and declines both without the lower floor', () => {
      expect(ask(offSubject).kind).toBe('fallback');
      expect(words.answer({ text: offSubject }).kind).toBe('fallback');
      const strict = createAnswerEngine(kb, {
        safety,
        config: { subjectMinScore: MATCH_DEFAULTS.minScore },
        entryClassifier: null,
      });
      expect(strict.answer({ text: onSubject }).kind).toBe('fallback');
    });
  });

  it('gives a confidence score between 0 and 1', () => {
    const result = ask('what foods have potassium');
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') {
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    expect(ask('leg cramps pregnancy')).toEqual(ask('leg cramps pregnancy'));
  });

  it('replies to empty, emoji-only and overlong messages without searching', () => {
    expect(ask('   ')).toMatchObject({ kind: 'fallback', reason: 'empty' });
    expect(ask('🦵🦵')).toMatchObject({ kind: 'fallback', reason: 'empty' });
    expect(ask('cramp '.repeat(400))).toMatchObject({ kind: 'fallback', reason: 'too-long', limit: 1000 });
  });

  it('answers a button press with exactly the named entry', () => {
    expect(
      engine.answer({ text: 'What foods are high in magnesium?', entryId: 'calcium-foods' }),
    ).toMatchObject({ kind: 'answer', score: 1, entry: { id: 'calcium-foods' } });
  });

  it('still triages the text of a button press', () => {
    expect(
      engine.answer({ text: 'I took a whole bottle of magnesium pills', entryId: 'magnesium-foods' }).kind,
    ).toBe('urgent');
  });

  it('uses the locale for the emergency number', () => {
    const result = engine.answer({
      text: 'cramp in my leg and sudden chest pain, I can hardly breathe',
      locale: 'en-GB',
    });
    expect(result.kind).toBe('urgent');
    if (result.kind === 'urgent') expect(result.redFlag.action).toMatch(/999/);
  });

  it('declines a personal dose but can still state the reference fact', () => {
    const result = ask('how many magnesium pills should I take?');
    // The notice declines the personal dose; the answer states the adult upper limit as a fact.
    expect(result).toMatchObject({ kind: 'answer', notice: { kind: 'personal-advice' } });
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
    expect(result.entry.id).toMatch(/^magnesium-/);
    expect([result.entry.answer, ...result.entry.points].join(' ')).toMatch(/350 mg/);
  });

  it('keeps the general options on offer, with the notice, when a personal question is not clear enough', () => {
    const result = ask('should i take vitamins for my cramps');
    expect(result).toMatchObject({ notice: { kind: 'personal-advice' } });
    const offered =
      result.kind === 'answer'
        ? [result.entry.id]
        : result.kind === 'clarify'
          ? result.options.map((option) => option.id)
          : [];
    expect(offered).toContain('supplements-for-cramps');
  });
});
