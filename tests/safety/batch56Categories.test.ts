/**
 * The categories learned from sealed batch 56 (Darija and Egyptian Arabizi, Levantine, Iraqi and Yemeni Arabic, Gulf
 * residents, Macedonian, Montenegrin and Slovene, Moldovan, Valencian and Portuguese creoles, submarine crews, rafting
 * guides, stunt performers, cricketers), each tested in wording written for it, not the batch's. The batch's main
 * lesson, that a message the screen cannot read gets when to get care, is tests/engine/unreadableMessage.test.ts.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('"od" is an overdose only as English tells it', () => {
  it.each([
    'Kako se razlikuje bol od grča? Zanima me za školu.',
    'Dobila sam pismo od doktora, kada da pijem magnezij?',
  ])('the Slavic "od" (from) is no overdose: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'i think i might od on these magnesium pills, took loads',
    'my brother just od on his sleeping tablets',
  ])('an English "od" of someone is still an overdose: "%s"', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });
});

describe('an overdose told of "she", "he" or "they"', () => {
  it.each([
    'she took an overdose about an hour ago',
    'he has overdosed on his heart tablets',
    'they overdosed on the pills',
  ])('"%s" is an overdose', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });

  it.each(['can she overdose on magnesium?', 'what if he overdosed on vitamin D, what happens?'])(
    'a question or a supposition is none: "%s"',
    (text) => {
      expect(levelOf(text)).toBe('none');
    },
  );
});
