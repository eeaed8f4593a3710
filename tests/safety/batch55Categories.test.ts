/**
 * The categories learned from sealed batch 55 (Kabyle and Tamazight, Sango and Chadian Arabic, Kikongo and Tshiluba,
 * Malinke, Soninke and Dioula speakers, Comorian speakers and Réunion Creole, Acadian and Cajun French, Walloon and
 * Alsatian speakers, fishmongers, ice hockey and curling, violinists and circus performers), each tested in wording
 * written for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('French as it is spoken: without its "ne", and in the words of Quebec and Réunion', () => {
  it.each([
    ['ma mère elle répond pas, elle tremble de partout et ses yeux partent en haut', 'seizure'],
    ['mon mari peut pas se lever depuis ce matin, il sent plus ses jambes', 'sudden-leg-paralysis'],
    [
      "depuis l'opération de la thyroïde ses doigts se mettent en griffe, et là sa gorge se serre",
      'tetany-emergency',
    ],
    ["d'un coup la bouche de mon père est tombée d'un côté et il parle bizarre", 'stroke-signs'],
    [
      'sciatique depuis 2 semaines, ce matin ses fesses sont endormies et il a fait pipi dessus',
      'cauda-equina',
    ],
    ['depuis la diarrhée mon kèr i bat pa normal', 'dangerous-potassium'],
    ['il a pris 20 cachets de fer cet après-midi', 'overdose'],
    [
      'après le match mes jambes font très mal et mon urine est noire, presque pas fait pipi depuis hier',
      'dark-urine-sore-muscles',
    ],
    ['mon chum a de la misère à marcher droit, il voit double pis il boit beaucoup', 'wernicke'],
    ['Oma ist plötzlich verwirrt und erkennt niemanden', 'sudden-confusion'],
  ])('"%s" is %s', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it.each([
    [
      "ses doigts se mettent en griffe et elle a des picotements autour de la bouche depuis l'opération",
      'urgent',
    ],
    [
      'elle prend une cuillère au lieu de quelques gouttes de vitamine D chaque jour et elle a toujours soif',
      'urgent',
    ],
    ["quand il marche ses mollets font mal, il doit s'arrêter et avec le repos ça passe", 'soon'],
    ["depuis l'atorvastatine mes cuisses me font mal", 'soon'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    "après le hammam j'ai les jambes rouges, ça part en une heure",
    "y'a 3 ans j'ai eu les mains en griffe après l'opération, maintenant tout va bien",
    "pas d'engourdissement, pas de douleur dans la jambe, juste fatigué",
    'moi je suis confus avec toutes ces vitamines, laquelle prendre?',
  ])('a steam bath, a past, denied signs or an apology is none: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('blotchy red skin is redness, not a limb gone pale', () => {
  it('thighs blotchy red after a hot shower are ordinary', () => {
    expect(levelOf('my thighs go blotchy red after a hot shower, gone in 10 minutes')).toBe('none');
  });

  it('a foot gone cold and pale and painful is still an emergency', () => {
    expect(ruleOf('his foot went cold and pale an hour ago and it really hurts')).toBe('cold-pale-leg');
  });
});

describe('eating asked as advice is no ingestion', () => {
  it('"can she just eat bananas or does she need a pill?" after her baby is the clot sign, not an overdose', () => {
    expect(
      ruleOf(
        'my sister had her baby 2 weeks ago, now her right leg is swollen and hot, can she just eat more bananas or does she need a pill?',
      ),
    ).toBe('one-sided-leg-clot');
  });

  it('a child who ate tablets is still an overdose', () => {
    expect(ruleOf('my 2 year old has been eating my iron pills')).toBe('overdose');
  });
});

describe('an amount that names its own medicine is never food', () => {
  it.each([
    'my son ate 6 of my iron tablets, should he drink milk?',
    'my daughter swallowed 8 of my vitamin D capsules then had some juice',
  ])('"%s" is an overdose', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });

  it('a bag of spinach eaten for its iron is still food', () => {
    expect(levelOf('ate an entire family bag of spinach for the iron, too much?')).toBe('none');
  });
});

describe('a leg "swole up" is swelling; "swole from the gym" is muscle', () => {
  it('a leg swole up from the ankle to the knee, red and hot, is the clot rule', () => {
    expect(levelOf('her right leg is all swole up from the ankle to the knee, red and hot')).toBe('urgent');
  });

  it('swole from the gym is none', () => {
    expect(levelOf('getting swole from the gym, legs pumped, which protein?')).toBe('none');
  });
});
