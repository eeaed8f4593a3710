/**
 * Categories learned from sealed batch 14's misses, each tested here in wording written for it (not the batch's),
 * with near-misses of the same family that must stay quiet.
 */
import { levelOf } from './loadSafetyData';

describe('urine told as the drink itself ("peed cola") with very sore, weak muscles', () => {
  it('is an emergency', () => {
    expect(
      levelOf(
        'did a brutal spin class yesterday, thighs are agony and weak today and I basically peed coke this morning',
      ),
    ).toBe('emergency');
  });

  it('drinking cola is not dark urine: "I pee a lot after drinking cola, legs ache from work"', () => {
    expect(levelOf('I pee a lot after drinking cola, legs ache from work')).toBe('none');
  });
});

describe('a limb after a blow, tight and swollen, pain worse than it looks, fingers or toes dead', () => {
  it('is compartment syndrome, an emergency', () => {
    expect(
      levelOf(
        'a crate fell on my shin at work today, the calf is now swollen and tight, the pain is way worse than it looks and my toes feel dead',
      ),
    ).toBe('emergency');
  });

  it('"dead tired" after work is no numb limb', () => {
    expect(levelOf('dead tired after a double shift, my feet ache, which foods have magnesium?')).toBe(
      'none',
    );
  });
});

describe('walking told by what it is for, with calf cramp that eases at a stop', () => {
  it('is "see a doctor soon"', () => {
    expect(
      levelOf(
        'when I walk the dog round the block my right calf cramps and I have to stop, after a minute it goes',
      ),
    ).toBe('soon');
  });
});

describe('figures of speech: a whole group "collapsing", a video-game status effect', () => {
  it.each([
    'after the hike we all collapsed on the grass laughing, what snack has potassium?',
    'my character got a poison debuff again, anyway does potassium help cramps from long gaming sessions?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('one person who collapsed is still triaged', () => {
    expect(levelOf('my brother collapsed on the trail and is not making sense')).not.toBe('none');
  });
});

describe('tetany signs that come and go this week are still tetany; told as over ("fine ever since") they are past', () => {
  it('hands that keep locking with tingling lips, "on and off this week", is urgent', () => {
    expect(
      levelOf(
        "on and off this week my fingers curl up stiff and won't open, and my lips tingle, is that low calcium?",
      ),
    ).toBe('urgent');
  });

  it.each([
    'after my parathyroid surgery in 2019 my hands locked up and my lips tingled for a day, been fine ever since',
    'years ago my lips went tingly and my hands cramped after an op, okay ever since, which calcium foods are best?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a start that goes on is still long-standing: "started the statin in May and my legs have ached ever since"', () => {
    expect(levelOf('started the statin in May and my legs have ached ever since')).toBe('soon');
  });
});
