import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();
const { analyzer } = buildMatching(kb, MATCH_DEFAULTS);
const termsOf = (text: string) => [...analyzer.analyze(text).terms].sort();

describe('curated categories: every member reads as its concept', () => {
  const cases = kb.vocabulary.categories.flatMap((category) =>
    category.members.map((member) => [category.name, member, category.concept] as const),
  );
  it.each(cases)('%s: "%s" reads as "%s"', (_name, member, concept) => {
    expect(termsOf(`does ${member} affect it`)).toEqual(termsOf(`does ${concept} affect it`));
  });
});

/** The entries a reply puts in front of the user first: the answer and its first runner-up, or the options. */
function shownFirst(text: string): string[] {
  const result = engine.answer({ text });
  if (result.kind === 'answer') return [result.entry.id, ...result.runnersUp.slice(0, 1).map((c) => c.id)];
  if (result.kind === 'clarify') return result.options.map((option) => option.id);
  return [];
}

describe('curated categories: a drug named by brand or generic reaches the entry about its class', () => {
  it.each([
    ['my pharmacist swapped my prevacid for protonix, could either one drain my b12', 'ppi-nutrients'],
    ['been on tagamet for years, does that mess with b12', 'ppi-nutrients'],
    ['does eplerenone push potassium up', 'ace-inhibitors-potassium'],
    ['can dilantin lower my vitamin d', 'medicines-lower-vitamin-d'],
    ['does carbamazepine lower vitamin d', 'medicines-lower-vitamin-d'],
    ['should i space my magnesium tablets away from minocycline', 'antibiotics-minerals'],
    ['on lasix, can that cause cramps', 'diuretics-and-cramps'],
  ])('"%s" offers %s', (text, id) => {
    expect(shownFirst(text)).toContain(id);
  });
});

describe('curated categories: procedures, diets and measurement words reach the entries that use the concept', () => {
  it.each([
    ['had a gastric sleeve last year, which vitamins will I run short of', 'weight-loss-surgery-nutrients'],
    ['went plant based, do i need b12 shots', 'vegan-b12'],
    ['is there a cap on vitamin d', 'vitamin-d-upper-limit'],
    ['whats the safe ceiling for magnesium', 'magnesium-upper-limit'],
  ])('"%s" offers %s', (text, id) => {
    expect(shownFirst(text)).toContain(id);
  });
});

describe('a medicine named by its form reads the same either way round ("heartburn tablets", "tablets for heartburn")', () => {
  it.each([
    ['do the pills for my heartburn lower b12', 'do heartburn pills lower b12'],
    ['can tablets for reflux affect magnesium', 'can reflux tablets affect magnesium'],
    ['does my medicine for the thyroid clash with calcium', 'does my thyroid medicine clash with calcium'],
  ])('"%s" reads as "%s"', (turned, curated) => {
    expect(termsOf(turned)).toEqual(termsOf(curated));
  });

  it.each([
    [
      'I take the tablets for my thyroid every morning with my calcium, is that a problem',
      'levothyroxine-calcium',
    ],
    ['are the meds for my reflux why my b12 is low', 'ppi-nutrients'],
  ])('"%s" offers %s', (text, id) => {
    expect(shownFirst(text)).toContain(id);
  });
});

describe('losing weight by an operation is weight-loss surgery, not the uncovered topic of dieting', () => {
  it.each([
    'I had an operation on my stomach to lose weight two years ago, what vitamins should I watch',
    'after my stomach op for weight loss which vitamins do I need',
  ])('"%s" offers weight-loss-surgery-nutrients', (text) => {
    expect(shownFirst(text)).toContain('weight-loss-surgery-nutrients');
  });

  it('losing weight on its own is still declined by name', () => {
    expect(engine.answer({ text: 'how do I lose weight fast' })).toMatchObject({
      kind: 'fallback',
      reason: 'uncovered-topic',
    });
  });
});
