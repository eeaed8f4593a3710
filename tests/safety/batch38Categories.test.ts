/**
 * The categories learned from sealed batch 38 (Punjabi and Gujarati speakers, Maltese English, remote northern
 * communities, stage crew, tattoo artists, cruise-ship staff, long COVID, powerlifters, developers writing bullet
 * points, notes pasted with headings and lists), each tested in wording written for it, not the batch's.
 */
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { gotSafetyNet, shippedKb } from '../support/testKit';
import { levelOf, ruleOf } from './loadSafetyData';

describe('a message typed as a list: each line is read as its own sentence, as triage reads a full stop', () => {
  const kb = shippedKb();
  const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });
  const levelThroughEngine = (text: string): string => {
    const result = engine.answer({ text });
    if (result.kind === 'urgent') return result.redFlag.level;
    return 'soon' in result && result.soon ? result.soon.level : 'none';
  };

  it('a denial on one line does not reach the next line', () => {
    const list = [
      'Sat: 25k ruck march, heavy pack',
      "- can't sit down without help",
      '- only weed once since yesterday and it was dark brown',
      '- thighs rock solid and agony',
    ].join('\n');
    expect(levelThroughEngine(list)).toBe('emergency');
  });

  it('the same lines run together stay one sentence for matching, and a list of ordinary notes alarms nothing', () => {
    const notes = ['## Questions', '- no cramps lately', '- what foods have magnesium?'].join('\n');
    const result = engine.answer({ text: notes });
    expect(levelThroughEngine(notes)).toBe('none');
    expect(result.kind).toBe('answer');
  });
});

describe('a denial does not reach a new statement after a comma', () => {
  it.each([
    'never had anything like it before, my left calf is swollen and hot since the long flight',
    'no idea what I did, the calf is red, swollen and tender after the coach trip',
    'no warm-up at all, calves are in agony and my wee is brown since the rowing session',
  ])('the statement after the comma is told: "%s"', (text) => {
    expect(['urgent', 'emergency']).toContain(levelOf(text));
  });

  it.each([
    'no swelling, redness or heat in my calf after the flight, just achy',
    'not red, hot or swollen, my calves are only tired from the hike',
  ])('a denied list stays denied: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('low calcium with breathing trouble told as a breath that is hard to get', () => {
  it.each([
    'had my parathyroid surgery last week, lips tingling and it is difficult to draw a breath',
    'fingers drawn in like claws, tingly mouth, struggling to get a proper breath',
  ])('is an emergency: "%s"', (text) => {
    expect(ruleOf(text)).toBe('tetany-emergency');
  });

  it('fingers pulled together with tingling lips, breathing fine, is tetany today (urgent)', () => {
    expect(
      ruleOf('my fingers keep getting pulled together into a point and my lips tingle, breathing is fine'),
    ).toBe('tetany');
  });
});

describe('muscle breakdown: urine told by the act, its colour or its count later in the clause', () => {
  it.each([
    'after the strongman comp my forearms are so sore and weak, only urinated once in 12 hours',
    'did 300 burpees yesterday, thighs are agony, weed this morning and it came out really dark',
  ])('is an emergency: "%s"', (text) => {
    expect(ruleOf(text)).toBe('dark-urine-sore-muscles');
  });

  it('a small amount once, a normal colour, after the gym is nothing', () => {
    expect(levelOf('I peed a small amount after the gym, normal colour, legs fine')).toBe('none');
  });
});

describe('"mild" or "slight" before a complaint is the writer\'s own, with no "I"', () => {
  const kb = shippedKb();
  const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });

  it.each([
    'slight headache since the weekend, could it be low B12?',
    'mildly dizzy after my nap, is that iron?',
  ])('gets the safety net when nothing answers it: "%s"', (text) => {
    const result = engine.answer({ text });
    expect(result.kind === 'answer' || gotSafetyNet(result)).toBe(true);
  });

  it('a question about a mild deficiency is not a complaint', () => {
    expect(levelOf('Is a mild vitamin D deficiency dangerous?')).toBe('none');
  });
});
