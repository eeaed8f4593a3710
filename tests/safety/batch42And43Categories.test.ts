/**
 * The categories learned from sealed batches 42 (Uzbek and Tajik speakers, Malagasy speakers, kidney donors, bell
 * ringers, teenage cheerleaders, film extras, cheesemakers, a broken hip at home, telegram style, Javanese and
 * Sundanese speakers) and 43 (Hmong, Albanian, Cebuano and Ilocano speakers, bikepackers, foundry workers, a move to
 * altitude, surrogate mothers, competitive eaters, overnight buses, Maori speakers), each tested in wording written
 * for it, not the batches'.
 */
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { gotSafetyNet, shippedKb } from '../support/testKit';
import { levelOf, ruleOf } from './loadSafetyData';

describe('pain told with its strength after it, and pain on stretching the toes of a tight, numb limb after hard exercise', () => {
  it.each([
    'Box jumps all day. Shin swollen, hard as stone. Pain terrible. Toes numb.',
    'did a brutal spin class, shin rock hard and swollen, hurts when toes stretched, foot tingling and numb',
  ])('after hard exercise with a tight, numb limb is compartment syndrome: "%s"', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });
});

describe('urine told as "what comes out", after a denial in the clause before', () => {
  it('with legs in agony after a hard session is muscle breakdown', () => {
    expect(
      levelOf(
        'ran hill repeats yesterday, thighs in agony, hardly going to the loo, what comes out is brown',
      ),
    ).toBe('emergency');
  });
});

describe('a vitamin D strength told as pills "of" a number', () => {
  it('taken for weeks with thirst and passing a lot of water is too much vitamin D', () => {
    expect(
      levelOf(
        'my dad takes 3 capsules of 20000 every day for six weeks, now always thirsty and peeing a lot',
      ),
    ).not.toBe('none');
  });
});

describe('a muscle that "seized"', () => {
  it.each([
    "my hamstring seized in the sprint finish and it's been 25 mins",
    "quad seized during the race and it's been 15 mins",
  ])('is a cramp, and one that goes on is a cramp that will not release: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cramp-over-ten-minutes');
  });
});

describe('foods named with "hot"', () => {
  it.each([
    'calves sore after the hot dog eating challenge, magnesium?',
    'legs ache, had a hot chocolate, does that have calcium',
  ])('are no hot leg: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('seasons ago told with "back"', () => {
  it('date an event that is over', () => {
    expect(
      levelOf('a few winters back I fainted at work from the cold, fine ever since. vitamin D dose?'),
    ).toBe('none');
  });
});

describe('telegram complaints for the safety net', () => {
  const kb = shippedKb();
  const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });

  it.each([
    'Exhausted. Long shift. Iron or B12?',
    'Headache. 40 mins. Normal?',
    'back from the night shift and honestly like the walking dead, which vitamins help?',
  ])('get the safety net when nothing answers them: "%s"', (text) => {
    const result = engine.answer({ text });
    expect(result.kind === 'answer' || gotSafetyNet(result)).toBe(true);
  });
});
