/**
 * The categories learned from sealed batch 29 (Eastern European care and warehouse workers, several long-term
 * conditions, learning disabilities, yoga and climbing, night workers, anxious readers, Welsh and Northern English,
 * weight-loss injections, widowers living alone, forestry workers, Jamaican and Trinidadian English), each tested in
 * wording written for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a stroke told in passing: a face that feels wrong on one side, a hand gone dead and heavy', () => {
  it.each([
    'My mum says her face feels numb on one side and her words are coming out wrong, she only wanted to know about calcium',
    'while I was making a sandwich my left hand went numb and heavy and I could not hold the knife, which vitamin is that?',
    'his face feels strange down the right since lunch, is that low B12?',
  ])('"%s" is an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('a foot colder than the other', () => {
  it('with the walking-pain pattern in a smoker is seen within days', () => {
    expect(
      levelOf(
        'My right calf tightens up after a few hundred yards and eases when I stop. I smoke and that foot is colder than the other, no pain at rest. Magnesium?',
      ),
    ).toBe('soon');
  });

  it.each([
    'my left foot is much colder than the right and really painful, I smoke',
    'all of a sudden one foot is colder than the other and it hurts a lot',
  ])('"%s", painful at rest or sudden, is an emergency', (text) => {
    expect(ruleOf(text)).toBe('cold-pale-leg');
  });
});

describe('a class in a heated room is heat, not a warm leg', () => {
  it('legs achy after a hot pilates class are not a clot', () => {
    expect(
      levelOf('did a hot pilates class, my legs are achy tonight, which electrolytes should I take?'),
    ).not.toBe('urgent');
  });
});
