/**
 * The categories learned from sealed batch 33 (Hungarian, Czech, Slovak, Sinhala and Malayalam speakers,
 * code-switching, Deaf writers, Newfoundland and Prairie English, pilgrims, welders, lithium, IVF, Ehlers-Danlos and
 * POTS) and from what the README records of sealed batch 32's misses (its file was lost), each tested in wording
 * written for it, not the batches'.
 */
import { expandWords, normalizeText, tokenize } from '../../src/text';
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('pain told as beyond the usual, in plain or second-language words', () => {
  it.each([
    'after the spin class my shin is very tight and swollen, the pain is much worse than normal and my toes are numb',
    'kicked in the calf at football, now calf tight, too much pain, foot tingling numb',
  ])('with a tight limb and numbness after exertion or a blow is compartment syndrome: "%s"', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });

  it('with no tight limb, numbness or injury is no emergency', () => {
    expect(levelOf('cramp pain more than normal this week, legs a bit swollen from the heat')).not.toBe(
      'emergency',
    );
  });
});

describe('", and now …" starts a new statement', () => {
  it('a past told before the comma does not date the chest pain after it', () => {
    expect(
      ruleOf(
        'My right calf has been puffy and tender since I was laid up with the flu, and now it hurts in my chest to breathe in',
      ),
    ).toBe('clot-in-lungs');
  });

  it('the list comma of "red, and hot" still joins one statement', () => {
    expect(ruleOf('my left calf is swollen, red, and hot to touch')).toBe('one-sided-leg-clot');
  });
});

describe('woken a counted or rough number of times in one night', () => {
  it.each([
    'my dad wakes two or three times a night with his calves cramping',
    'woken up a couple of times a night by foot cramps lately',
  ])('is cramps that wake often, seen within days: "%s"', (text) => {
    expect(ruleOf(text)).toBe('frequent-cramps');
  });

  it('getting up in the night to pee is not a cramp that wakes', () => {
    expect(levelOf('I get up 3 times a night to pee, is that low potassium')).toBe('none');
  });
});

describe('woken by a cramp that is agony', () => {
  it('is a severe cramp, seen within days', () => {
    expect(ruleOf('Recently my wife wakes around 3am with her foot cramped up and she is in agony')).toBe(
      'frequent-cramps',
    );
  });

  it('a cramp that was agony during training is not', () => {
    expect(levelOf('calf cramp was agony during the 10k yesterday, gone now')).toBe('none');
  });
});

describe('a time told as how far into an activity something began', () => {
  it('is not a cramp lasting that long', () => {
    expect(
      levelOf(
        'cramps in my calves lately, and also my toes go numb after about 15 minutes on the rowing machine, and my ankle feels weak. a few weeks now',
      ),
    ).not.toBe('urgent');
  });

  it('a cramp still locked after that long is', () => {
    expect(levelOf('my calf cramped on the bike and it is still locked solid after 20 minutes')).toBe(
      'urgent',
    );
  });
});

describe('texting shorthand for times', () => {
  it('is read as the words it shortens', () => {
    expect(expandWords(tokenize(normalizeText('cramps every nite for 2 wks'))).join(' ')).toBe(
      'cramps every night for 2 weeks',
    );
  });

  it('"every nite" is cramps that wake often', () => {
    expect(ruleOf('calf cramps wake me every nite')).toBe('frequent-cramps');
  });
});

describe('a complaint told with no subject gets the safety net', () => {
  const screen = safetyScreen();
  it.each([
    // a degree word before a feeling
    'bit wobbly and shivery, is it my iron?',
    'totally zonked. vit d or b12?',
    // a worn-out state in other everyday words
    'feeling burnt out and under the weather, which vitamin',
    // sleepiness in the day
    'I keep nodding off at my desk after lunch, is B12 low?',
    // over the last days, or at a time of every day
    'drained all week, could it be magnesium',
    'exhausted every evening, potassium?',
    'knackered the past few days, which vitamin helps',
  ])('"%s"', (text) => {
    expect(screen.safetyNet(text)).not.toBeNull();
  });

  it.each([
    'does my water tablet wash out my potassium?',
    "it's going to rain, I've got washing out on the line",
    'my brother is a bit run down, which vitamin should he take',
    'which vitamins help with tiredness?',
  ])('but not a question, a chore or someone else: "%s"', (text) => {
    expect(screen.safetyNet(text)).toBeNull();
  });
});
