/**
 * Categories learned from sealed batch 23's misses (lorry drivers, breastfeeding mothers, dialysis, winter sports and
 * rugby, insulin pumps, South Asian speakers, capitals, home carers, weekend drinkers, anxious people), each tested
 * here in wording written for it (not the batch's), with near-misses of the same family.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('urine told as brownish, or as "coming less", with sore, weak muscles', () => {
  it('a limb lain on all night, now weak and swollen, with brownish pee, is muscle breakdown', () => {
    expect(
      ruleOf(
        'fell asleep drunk on the sofa lying on my leg all night, now the leg is weak and puffy and my pee is brownish',
      ),
    ).toBe('dark-urine-sore-muscles');
  });

  it('very little urine after a hard session with aching thighs is muscle breakdown', () => {
    expect(
      levelOf(
        'after my first crossfit class my thighs are paining a lot and I am passing very less urine today',
      ),
    ).toBe('emergency');
  });

  it('brownish tea, not urine, is nothing', () => {
    expect(levelOf('my builder tea is brownish and strong, does caffeine affect magnesium?')).not.toBe(
      'emergency',
    );
  });
});

describe('a blow in a game told as what hit the leg, and a limb getting tighter with pain beyond it and numbness', () => {
  it('is compartment syndrome', () => {
    expect(
      ruleOf(
        'took a stick across the calf at hurling this evening, the calf keeps getting tighter and tighter, pain is far worse than a normal knock and my toes are numb',
      ),
    ).toBe('compartment-syndrome');
  });

  it('a knock that is settling is not', () => {
    expect(
      levelOf(
        'took a kick to the shin at five-a-side, bit of a bruise, feels fine now, arnica or vitamin K?',
      ),
    ).not.toBe('emergency');
  });
});

describe('the whole body jerking', () => {
  it('is a seizure, even beside hand spasms', () => {
    expect(
      ruleOf(
        'my aunt with low calcium had her hands cramp into claws, then her whole body was shaking on the floor for a minute',
      ),
    ).toBe('seizure');
  });

  it('a shiver of the whole body from the cold is not', () => {
    expect(
      levelOf('came in from the snow and my whole body is shivering, which vitamin helps with the cold?'),
    ).not.toBe('emergency');
  });
});

describe('a whole-body state named as a thing ("tiredness", "exhaustion") or told as "hungover" or "groggy"', () => {
  it.each([
    'after three night shifts in a row my exhaustion is something else, which mineral helps?',
    'just back from Sydney, general tiredness in the afternoons, is melatonin a vitamin?',
    'hungover again after the works do, knees wobbly, does a banana help?',
    'woke up groggy every day this week even after 9 hours, what could be missing?',
  ])('"%s" gets the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });

  it.each(['how do I cure a hangover?', 'is tiredness a side effect of vitamin D tablets in general?'])(
    '"%s", a general question, does not',
    (text) => {
      expect(safetyScreen().safetyNet(text)).toBeNull();
    },
  );
});

describe('a denial does not reach a new statement joined by "and" with its own verb', () => {
  it('an inability denied, then urine told as its own statement, is muscle breakdown', () => {
    expect(
      ruleOf('after the bootcamp he cannot lift his arms above his head, and pee is coming dark brown today'),
    ).toBe('dark-urine-sore-muscles');
  });

  it('a denied list with no verb of its own stays denied', () => {
    expect(levelOf('my left calf is not hot, puffy, and red, it just cramps at night')).toBe('none');
  });
});
