import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { normalizeText, readChemicalSymbols, readDialect, tokenize } from '../../src/text';
import { shippedEngine, shippedKb } from '../support/testKit';

// Clinical shorthand for the nutrients and their blood tests, and nutrient names spelt as they sound: categories
// learned from dev21's first measurement, each tested here in wording written for this test, none taken from a
// labelled set.
const engine = shippedEngine();
const { analyzer } = buildMatching(shippedKb(), MATCH_DEFAULTS);
const answered = (text: string) => {
  const result = engine.answer({ text });
  return result.kind === 'answer' ? result.entry.id : result.kind;
};
const read = (raw: string): string => readDialect(tokenize(normalizeText(raw))).join(' ');

describe('the minerals’ chemical symbols are read as their names where only a symbol can be meant', () => {
  it.each([
    ['signs of low Mg?', 'signs of low magnesium?'],
    ['Ca or Mg, which one is it', 'calcium or magnesium, which one is it'],
    ['my K was down again', 'my potassium was down again'],
    ['low Mg2+ and K+ after the drip', 'low magnesium and potassium after the drip'],
    ['are Na and K both in the panel', 'are sodium and potassium both in the panel'],
  ])('"%s" → "%s"', (raw, expected) => {
    expect(readChemicalSymbols(raw)).toBe(expected);
  });

  it.each([
    ['how many mg of magnesium a day'], // lower case: milligrams
    ['the label says 400 Mg per tablet'], // after a number: a unit
    ['is vitamin K in kale'], // vitamin K
    ['ran a 5K and cramped'], // a race
    ['K thanks, that helps'], // "OK"
    ['Na, I never take them'], // "no"
    ['the MG garage'], // capitals: a name
  ])('"%s" stays as written', (raw) => {
    expect(readChemicalSymbols(raw)).toBe(raw);
  });

  it.each([
    ['signs of low Mg?', 'magnesium-symptoms'],
    ['which foods are high in K', 'potassium-foods'],
    ['how much Mg should an adult get a day', 'magnesium-daily-need'],
    ['how many mg of magnesium a day', 'magnesium-daily-need'],
  ])('"%s" is answered by %s', (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it('vitamin K stays the uncovered topic it is', () => {
    expect(engine.answer({ text: 'vitamin K foods' })).toMatchObject({
      kind: 'fallback',
      reason: 'uncovered-topic',
    });
  });
});

describe('clinical names for a level too low or too high read as the words the entries use', () => {
  it.each([
    ['symptoms of hypercalcaemia', 'high-calcium-signs'],
    ['hypermagnesemia signs', 'too-much-magnesium-signs'],
    ['what does hyperkalemia feel like', 'high-potassium-signs'],
  ])('"%s" is answered by %s', (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it.each([
    ['hypokalaemic again on the ward', '#potassium'],
    ['is a hypocalcemic patient crampy', '#calcium'],
    ['hypervitaminosis d from capsules', '#vitamin-d'],
  ])('"%s" names %s', (text, term) => {
    expect(analyzer.analyze(text).terms).toContain(term);
  });
});

describe('initialisms with "&" keep their letters: a texting "u" or "n" inside one is not "you" or "and"', () => {
  it.each([
    ['would my U&Es show up low magnesium', 'would my u es show up low magnesium'],
    ['does a U and E test potassium', 'does a u and e test potassium'],
    ['had N&V all weekend', 'had n v all weekend'],
    // Texting letters between words are still read.
    ['how r u doing', 'how are you doing'],
    ['can u tell me n my wife', 'can you tell me and my wife'],
  ])('"%s" → "%s"', (raw, expected) => {
    expect(read(raw)).toBe(expected);
  });

  it.each([['would my U&Es show up low magnesium'], ['does a U and E test potassium']])(
    '"%s" reads as a blood test',
    (text) => {
      expect(analyzer.analyze(text).terms).toEqual(expect.arrayContaining(['blood', 'test']));
    },
  );

  it('"had D&V for two days, could that lower my potassium" is about the causes of low potassium', () => {
    expect(answered('had D&V for two days, could that lower my potassium')).toBe('low-potassium-causes');
  });
});

describe('nutrient names spelt as they sound, two letters off, are read as the nutrient', () => {
  it.each([
    ['foods with thymine', 'thiamin-foods'],
    ['calsim rich foods', 'calcium-foods'],
  ])('"%s" is answered by %s', (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it('an everyday word is never read by its sound: "stating" stays', () => {
    expect(analyzer.analyze('stating the obvious about cramps').corrections).toEqual([]);
  });
});
