/**
 * A food told before its container, then a question about the nutrient in a statement of its own or as "too much":
 * the question asks about what was eaten, so the container is the food's, not an overdose. A later act told with
 * "then" keeps the container its own. Everyday fruit by name is food.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a food amount followed by a question about its nutrient', () => {
  it.each([
    'had pistachios last night, the entire tub, would that be too much magnesium?',
    'my daughter ate kiwis, the whole punnet, could that be too much potassium for her?',
    'drank chocolate milk, the full two litre jug, is that too much calcium?',
    'ate sunflower seeds, a whole big bag, was it too much magnesium',
    'my boy ate the whole net of satsumas, too much vitamin c?',
  ])('"%s" is no overdose', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a later act after the food keeps its container', () => {
  it.each([
    'had some toast, then the whole bottle, is that too much potassium?',
    'ate a sandwich, afterwards the entire tub, is that too much magnesium',
  ])('"%s" is an overdose', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });

  it('a container of the nutrient itself is still an overdose', () => {
    expect(ruleOf('ate crisps, then the whole bottle of magnesium, is that too much?')).toBe('overdose');
  });
});
