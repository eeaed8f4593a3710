/**
 * Categories learned from sealed batch 15's misses and from dev15's over-triaged questions, each tested here in
 * wording written for it (not the batch's or the set's), with near-misses of the same family.
 */
import { levelOf } from './loadSafetyData';

describe('a bowel or bladder accident and a dead saddle area told in plain words', () => {
  it('is cauda equina, an emergency', () => {
    expect(
      levelOf(
        'my dad has had a bad back for a week and today he pooped himself in the chair without feeling it, his legs are weak',
      ),
    ).toBe('emergency');
    expect(
      levelOf(
        'lower back agony since the weekend, now I cannot control my toilet properly and both legs feel feeble',
      ),
    ).toBe('emergency');
  });

  it('"dead" round the bottom with back pain and weak legs', () => {
    expect(
      levelOf(
        'back has been killing me for days, my bum and the inside of my thighs feel dead and my legs are weak',
      ),
    ).toBe('emergency');
  });
});

describe('a vitamin D dose written with a space between the thousands ("60 000 IU")', () => {
  it('is read as the large dose it is, with the signs of too much', () => {
    expect(
      levelOf(
        'I have been taking 60 000 IU of vitamin D every day for six weeks and now I keep throwing up and I am always thirsty',
      ),
    ).not.toBe('none');
  });

  it('two tablets of 500 mg stay two tablets: "took 2 500 mg magnesium tablets, which food has more?"', () => {
    expect(levelOf('took 2 500 mg magnesium tablets today, which foods have more magnesium?')).toBe('none');
  });
});

describe('something other than a muscle that will not stop or let go', () => {
  it.each([
    'the handbrake on the van had seized up and will not release, rang the garage. anyway which magnesium is best for cramps?',
    'I get night cramps now and then and my eye twitch just will not stop this week, is that magnesium?',
    'my gym buddy says stretching will not stop a cramp once it starts, is he right?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a calf cramp that has not let go for twenty minutes is still urgent beside a twitchy eye', () => {
    expect(
      levelOf(
        'my eye keeps twitching and my calf cramped twenty minutes ago and still has not let go despite stretching',
      ),
    ).toBe('urgent');
  });
});

describe("a slip of the writer's own message, and what a medicine is for", () => {
  it.each([
    'sorry I muddled the wording of my last message, what I meant is how much calcium do I need?',
    'my son takes tablets for his seizures, do they affect vitamin D?',
    'is there anything in seizure medication that lowers calcium?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('someone muddled and a fit happening now are still emergencies', () => {
    expect(levelOf('my grandad is suddenly very muddled and does not know where he is')).toBe('emergency');
    expect(levelOf('my wife is on tablets for her seizures and she is having a fit right now')).toBe(
      'emergency',
    );
  });
});
