/**
 * The categories learned from sealed batch 63 (Nagas, Keralites, Greek Cypriots, Ethiopians, Dundonians and Fifers,
 * Outer Banks and Tangier watermen, Pittsburghers and Baltimoreans, ice fishers, farriers, dog groomers), each
 * tested in wording written for it, not the batch's, with guards.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('Scots spellings read in context: "pish" after a possessive, "broon", "the flair", "fir"', () => {
  it('a long lie on the floor with sore muscles and brown urine is muscle breakdown', () => {
    expect(
      ruleOf(
        'ma brither wis lyin on the flair fir hours efter a night oot, noo his legs are sair an weak an his pish is broon',
      ),
    ).toBe('dark-urine-sore-muscles');
  });

  it.each([
    'that advice is pish, whit vitamin d should ah take fir the winter?',
    'she has a real flair fir cooking, whit foods have the maist magnesium?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a limb caught between or in something, with pain more than it ought to be', () => {
  it.each([
    'got my hand caught tween the gate an the post, its swollen up tight, fingers numb, hurts way more than it ought to',
    'his arm got caught in the winch this morning, now the forearm is swollen tight and his fingers have gone numb',
  ])('"%s" is compartment syndrome', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });

  it('a tween is still a child of ten to twelve', () => {
    expect(levelOf('my tween son gets calf cramps after football, which foods help?')).toBe('none');
  });

  it('a supposition before an injury is no frame for it', () => {
    expect(
      ruleOf(
        'not sure if this matters but a pallet fell on my shin at work, it is tight as a drum, pain way beyond what it should be and my foot is numb',
      ),
    ).toBe('compartment-syndrome');
  });
});

describe('snacks and shellfish by name are food', () => {
  it.each([
    'had half a bag of popcorn and a whole tub of prawns at the match, is that too much salt for my cramps?',
    'ate two dozen oysters and a bag of pretzels last night, is that a lot of zinc?',
    'ate half a bag of pretzels and a dozen crabs at the cookout, is that too much potassium?',
  ])('"%s" is no overdose', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a child who ate a bag of iron tablets is still an overdose', () => {
    expect(ruleOf('my toddler ate half a bag of my iron tablets after the crab boil')).toBe('overdose');
  });
});

describe('paralysed by choices, and period cramps', () => {
  it.each([
    "honestly I'm paralysed by all the choices of magnesium in the shop, which form is best?",
    "I'm paralysed when it comes to choosing a magnesium, which one is best?",
    'my period cramps are really bad this month, like always, would magnesium take the edge off?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['suddenly paralysed from the waist down this morning, cannot move either leg', 'sudden-leg-paralysis'],
    [
      'period cramps today and my left calf is swollen, red and hot since the long flight',
      'one-sided-leg-clot',
    ],
  ])('"%s" is still %s', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });
});

describe('whether too much of something can turn poisonous, asked of no one', () => {
  it.each([
    'could large amounts of potassium become dangerous for older people? asking before I stock up for my parents',
    'Is too much calcium from supplements harmful? What would the warning signs be?',
    "Can too much magnesium become poisonous? I'd like to know before buying some",
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a supposition cut after its subject by an aside', () => {
  it.each([
    "what if my daughter, she's 2, got into my iron pills one day? how many would hurt her?",
    "what if my daughter, she's 2, swallowed some of my iron pills one day? how many would hurt her?",
    'suppose my nan, who is 90, took double her potassium tablets by mistake, what would happen?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('told as happening now it is still an emergency', () => {
    expect(levelOf('what if my son, he is fitting right now and will not wake')).toBe('emergency');
  });
});

describe('a supposition followed by a sign of poisoning told as now', () => {
  it.each([
    'what if my daughter got into my iron tablets? she is vomiting right now',
    'what if grandad took his heart pills twice, he is really drowsy now',
  ])('"%s" is an emergency: the worry is about what has happened', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it.each([
    'what if my son swallowed some of my vitamin d, he seems fine now though, how many would be dangerous?',
    'what if my toddler got into my iron tablets? they are locked away for now, how many would be dangerous?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe("a thing that collapsed (found in small-talk writer 22's set)", () => {
  it.each([
    'my sponge cake collapsed in the oven again, does baking powder have much sodium?',
    'the tent collapsed on us in the wind, anyway which snacks have potassium?',
  ])('"%s" is no faint', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a shelf that collapsed onto a leg, now tight and numb, is compartment syndrome', () => {
    expect(
      ruleOf(
        'the shelving collapsed onto his leg at work, now his calf is swollen tight and his foot is numb',
      ),
    ).toBe('compartment-syndrome');
  });

  it('a person who collapsed is still an emergency', () => {
    expect(levelOf('my husband collapsed in the garden with cramp and is not responding')).toBe('emergency');
  });
});
