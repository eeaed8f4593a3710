import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { contextAfter } from '../../src/engine/contextAfter';
import { readFollowUp } from '../../src/engine/followUp';
import type { AnswerResult } from '../../src/engine/types';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const matching = buildMatching(kb, MATCH_DEFAULTS);
const engine = shippedEngine();
const read = (text: string, after?: string) =>
  readFollowUp(matching.analyzer.analyze(text), contextAfter(kb, after), matching);
const shown = (result: AnswerResult) => (result.kind === 'answer' ? result.entry.id : result.kind);

describe('follow-up context: what a message inherits from the last answer', () => {
  it.each([
    // [message, answered just before, the nutrient and facet it is read as being about, what the user gets]
    ['what foods have it?', 'magnesium-daily-need', ['magnesium'], ['foods'], 'magnesium-foods'],
    ['what foods have it?', undefined, [], ['foods'], 'diet-to-prevent-cramps'],
    ['and how much do i need?', 'potassium-foods', ['potassium'], ['dailyNeed'], 'potassium-daily-need'],
    ['and potassium?', 'magnesium-foods', ['potassium'], ['foods'], 'potassium-foods'],
    ['could it be low magnesium?', 'night-leg-cramps', ['magnesium'], ['cramps'], 'magnesium-cramps'],
    ['why do i get cramps at night', 'magnesium-foods', [], ['cramps'], 'night-leg-cramps'],
  ])('"%s" after %s is read as %j %j and answered with %s', (text, after, nutrients, facets, expected) => {
    const reading = read(text, after);
    expect(reading.nutrients).toEqual(nutrients);
    expect(reading.facets).toEqual(facets);
    expect(shown(engine.answer({ text, context: contextAfter(kb, after) }))).toBe(expected);
  });

  it('a nutrient is carried only into a message that points back, not into a new question', () => {
    expect(read('what are the benefits of zinc', 'vitamin-d-role').nutrients).toEqual([]);
    expect(read('what foods have it?', 'vitamin-d-role').nutrients).toEqual(['vitamin-d']);
  });

  it("offers the last answer's follow-ups to a short question, and none to a long one or a first message", () => {
    expect(read('supplements', 'magnesium-supplements-cramps').offered).toEqual(
      new Set(kb.byId.get('magnesium-supplements-cramps')?.followUps),
    );
    expect(
      read('my calves cramp every single night after long shifts standing at the till', 'stop-cramp-now')
        .offered,
    ).toBeUndefined();
    expect(read('supplements').offered).toBeUndefined();
  });
});
