import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { cognateKey } from '../../src/engine/TypoCorrector';
import { isEverydayWord } from '../../src/text';
import { shippedKb } from '../support/testKit';

// Sentences and words written for this test, none taken from a labelled set.
const { analyzer } = buildMatching(shippedKb(), MATCH_DEFAULTS);
const correctedIn = (text: string) =>
  analyzer.analyze(text).corrections.map(({ from, to }) => `${from}→${to}`);

describe('a regular inflection of an everyday word is a word, not a typo', () => {
  it.each(['roofs', 'boxes', 'berries', 'hauled', 'tried', 'stopped', 'hauling', 'making', 'shipping'])(
    '"%s" is an everyday word',
    (word) => {
      expect(isEverydayWord(word, MATCH_DEFAULTS.commonWordMinCount)).toBe(true);
    },
  );

  it.each(['legss', 'magnesum', 'potasium', 'crampss'])('"%s" is still a typo', (word) => {
    expect(isEverydayWord(word, MATCH_DEFAULTS.commonWordMinCount)).toBe(false);
  });

  it('"roofs" stays roofs in a question', () => {
    expect(correctedIn('fixing roofs all day and my calves cramp at night')).toEqual([]);
  });
});

describe('Spanish, Portuguese and Italian cognates of the base words are read as them', () => {
  it('share a key with their English word', () => {
    expect(cognateKey('tiamina')).toBe(cognateKey('thiamine'));
    expect(cognateKey('levotiroxina')).toBe(cognateKey('levothyroxine'));
    expect(cognateKey('potasio')).toBe(cognateKey('potassium'));
    expect(cognateKey('suplementos')).toBe(cognateKey('supplements'));
  });

  it.each([
    ['does low tiamina give cramps in the legs', 'thiamin'],
    ['I take levotiroxina every morning with breakfast', 'levothyroxine'],
  ])('"%s" reads the cognate as %s', (text, word) => {
    expect(correctedIn(text).some((c) => c.endsWith(`→${word}`))).toBe(true);
  });

  it('a short word is never read as a cognate ("vino" stays itself)', () => {
    expect(correctedIn('is vino bad for cramps').filter((c) => c.startsWith('vino→'))).toEqual([]);
  });
});
