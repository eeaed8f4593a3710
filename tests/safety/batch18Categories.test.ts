/**
 * Categories learned from sealed batch 18's misses (drivers, vets, volunteers, literal writers, second-language
 * English, new fathers, endurance athletes, night workers, forum abbreviations), each tested here in wording written
 * for it (not the batch's), with near-misses of the same family.
 */
import { levelOf } from './loadSafetyData';

describe('signs told in other words', () => {
  it('chest pain placed by a side of the chest, with a tight calf after a long flight', () => {
    expect(
      levelOf(
        'long haul home on monday and my left calf has ached since. today there is a stabbing pain on the left side of my chest',
      ),
    ).toBe('emergency');
  });

  it('a blow, a tight limb with shiny skin and pain "something else" is compartment syndrome', () => {
    expect(
      levelOf(
        'a pallet fell on my shin this afternoon, the leg is tight and the skin is all shiny, the pain is something else',
      ),
    ).toBe('emergency');
  });

  it('"pins & needles" round the mouth with a hand in a claw', () => {
    expect(
      levelOf('on dialysis, pins & needles round my lips today and my hand keeps going into a claw'),
    ).toBe('urgent');
  });

  it('"now" dates what follows it, even with "sometimes" later in the statement', () => {
    expect(
      levelOf(
        'cut my foot on a rusty gate 8 days ago. now my jaw is stiff, hard to swallow and sometimes my back arches in spasms',
      ),
    ).toBe('emergency');
  });

  it('a habit told with "sometimes" is still long-standing', () => {
    expect(levelOf('I sometimes get a cramp in my calf at night, which food helps?')).toBe('none');
  });

  it('a baby stiff then jerking who was not looking at anyone during it', () => {
    expect(
      levelOf(
        'my baby son went rigid then his arms were jerking, he was not looking at me at all, now very sleepy',
      ),
    ).toBe('emergency');
  });
});

describe('near-misses of the same families', () => {
  it('a patient at the clinic who "came in with" a seizure', () => {
    expect(
      levelOf(
        'we had a spaniel come in with a seizure at the surgery this morning, can dogs get low calcium?',
      ),
    ).toBe('none');
  });

  it('a machine that "had a seizure"', () => {
    expect(
      levelOf('the self-checkout machine had a seizure again today, anyway best snack for magnesium?'),
    ).toBe('none');
  });

  it('an ampersand between letters is not "and"', () => {
    expect(levelOf('doing some R&R this weekend after a hard week, is magnesium good for sleep?')).toBe(
      'none',
    );
  });
});
