/**
 * Categories learned from sealed batch 25's two alarmed near-misses (jockeys and boxers making weight, lupus and
 * steroids, eating-disorder recovery, festival-goers, Russian, Ukrainian and Baltic speakers, veterans, pregnant
 * teenagers, stopping alcohol at home, end-of-life carers, "asking for a friend"), each tested here in wording written
 * for it (not the batch's), with the danger it must not hide.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe("a pregnant writer's own food or drink, with the baby named", () => {
  it('is her intake, not a child swallowing something', () => {
    expect(
      levelOf(
        '24 weeks pregnant and I ate a whole block of cheese and three yoghurts tonight, is that too much calcium for the baby?',
      ),
    ).toBe('none');
  });

  it.each([
    "I'm pregnant and my toddler swallowed a load of my iron tablets while I was in the shower",
    'pregnant with number two, and my 3 year old ate half a bottle of my vitamin D gummies',
  ])('"%s", a child who swallowed medicine, is still an overdose', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });
});

describe('legs red and sore from the sun or heat', () => {
  it('are a burn, not a clot', () => {
    expect(
      levelOf(
        'fell asleep on the beach and the backs of my legs are burnt, bright red and sore to touch, aloe or vitamin E?',
      ),
    ).toBe('none');
  });

  it('a swollen calf after a hot day is still a possible clot', () => {
    expect(levelOf('been out in the sun all day and now one calf is swollen, red and painful')).toBe(
      'urgent',
    );
  });
});

describe('a hangover had, and poor sleep told plainly, are how the writer feels now', () => {
  it.each([
    'got a bad hangover after the wedding, do electrolyte sachets work?',
    'since starting night shifts I am sleeping really badly, is magnesium worth a go?',
  ])('"%s" gets the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });

  it.each(['does vitamin B help with a hangover?', 'how do I cure a hangover fast'])(
    '"%s", a question about hangovers, does not',
    (text) => {
      expect(safetyScreen().safetyNet(text)).toBeNull();
    },
  );
});
