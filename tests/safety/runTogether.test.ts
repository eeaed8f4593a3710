/**
 * Words typed without the space between them (a cracked screen, a hurried thumb: sealed batch 53), read as the
 * two words they were typed from (src/safety/splitRunTogether.ts). Tested in wording written for it.
 */
import { splitRunTogether } from '../../src/safety/splitRunTogether';
import { isEverydayWord } from '../../src/text';
import { levelOf, ruleOf } from './loadSafetyData';

describe('a message typed with words run together', () => {
  it.each([
    ['my leftcalf is swollen and hot since the flight', 'one-sided-leg-clot'],
    ['took 8 vitaminD caps aday for 2 months, now sick and thirsty all the time', 'vitamin-d-toxicity'],
    ['suddenly bothlegs went weak and numb, cannot standup', 'sudden-leg-paralysis'],
  ])('is read as the words it was typed from: "%s"', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it.each([
    'my breastfeeding friend gets cramps, which mineral?',
    'had a massive breakfast and my legs ache after football, magnesium?',
    'Yu save helpim mi long wanem kain samting? what things you know',
  ])('with no run-together words is read as before: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('splitRunTogether', () => {
  const triageWords = new Set(['calf', 'leg', 'legs', 'swollen', 'overdose', 'overdosed']);
  const reading = {
    reads: (word: string) => triageWords.has(word),
    isTriageWord: (word: string) => triageWords.has(word),
    isWord: (word: string) => isEverydayWord(word, 2),
    isCommon: (word: string) => isEverydayWord(word, 100),
  };

  it('cuts a word the screen cannot read into two it can', () => {
    expect(splitRunTogether('rightcalf', reading)).toEqual(['right', 'calf']);
    expect(
      splitRunTogether('legcramp', { ...reading, isTriageWord: (w) => w === 'leg' || w === 'cramp' }),
    ).toEqual(['leg', 'cramp']);
    expect(splitRunTogether('vitd', reading)).toEqual(['vit', 'd']);
    expect(splitRunTogether('aday', reading)).toEqual(['a', 'day']);
  });

  it('never cuts a triage word, an English word, a short word or a word with digits', () => {
    expect(splitRunTogether('overdosed', reading)).toBeUndefined();
    expect(splitRunTogether('breakfast', reading)).toBeUndefined();
    expect(splitRunTogether('sometime', reading)).toBeUndefined();
    expect(splitRunTogether('samting', reading)).toBeUndefined();
    expect(splitRunTogether('calf12', reading)).toBeUndefined();
  });
});
