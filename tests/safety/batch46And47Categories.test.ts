/**
 * The categories learned from sealed batches 46 (Kinyarwanda, Luganda, Akan and Fula speakers, ambulance crews and
 * porters, tree surgeons, faith leaders, caretakers, lighthouse keepers and coastguards, sheep shearers, fish-market
 * workers, Tok Pisin and Bislama speakers) and 47 (Sindhi, Balochi, Uyghur, Tatar, Hokkien, Hakka, Sami, Karelian,
 * Galician and Occitan speakers, floor layers, street-food cooks, carers of a partner with dementia, people on
 * dialysis, retired miners), each tested in wording written for it, not the batches'.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a weight that came off, fell or slid onto a limb', () => {
  it('with the limb swollen, tight and numb is compartment syndrome', () => {
    expect(
      ruleOf(
        'a pallet of bricks slid onto my shin this morning, now it is swollen and tight and my toes are numb',
      ),
    ).toBe('compartment-syndrome');
  });
});

describe('the thyroid told as removed, and hands that bend by themselves', () => {
  it('with tingling lips is tetany', () => {
    expect(
      ruleOf(
        'had my thyroid removed last week, my lips are tingly and my fingers keep bending by themselves',
      ),
    ).toBe('tetany');
  });
});

describe('being stable or steady ever since', () => {
  it('after an old thyroid operation and tingling back then, settles the trouble in the past', () => {
    expect(
      levelOf(
        'my parathyroids were removed years ago, had tingly fingers and lips for a week back then, levels steady ever since',
      ),
    ).toBe('none');
  });
});

describe('someone with dementia and an emptied container, or a count of tablets gone', () => {
  it.each([
    'my mum has Alzheimer’s and the tub of magnesium tablets is empty, it was new yesterday, she says she feels fine',
    'dad has dementia, 40 of his potassium tablets are gone from the packet since lunch and he looks ok',
  ])('is an overdose before any sign: "%s"', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });

  it('taking the daily dose as usual is no overdose', () => {
    expect(
      levelOf('my husband has dementia, I give him one vitamin D tablet every morning, is that enough?'),
    ).toBe('none');
  });
});

describe('how cramps usually end is a comparison, not this cramp ending', () => {
  it('a cramp on for half an hour despite stretching, "normally it passes in seconds", will not release', () => {
    expect(
      ruleOf(
        'my calf has been locked in a cramp for half an hour, stretched it and nothing, normally it passes in seconds',
      ),
    ).toBe('cramp-over-ten-minutes');
  });
});

describe('the warmth of a remedy or a drink', () => {
  it.each([
    'legs ache after standing at the stall all day, would a hot towel or warm salty water help?',
    'calves sore from the long walk, is a warm milk before bed good for cramps?',
  ])('is no warm leg: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a price or a bill that nearly made the person faint', () => {
  it.each([
    'the bill for those fancy B12 gummies nearly made me faint, are the cheaper ones just as good?',
    'the cost of that private vitamin D test almost made me pass out, is the GP one the same?',
  ])('is a figure of speech: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('pain that nearly made the person faint, with a swollen calf, is still an alarm', () => {
    expect(levelOf('my calf is swollen and hot and the pain nearly made me faint this morning')).not.toBe(
      'none',
    );
  });
});
