/**
 * The categories learned from sealed batches 40 (Quechua and Aymara speakers, Mennonite and Amish farmers, parents of
 * twins, a carnivore diet, polar research stations, monks and nuns, flowery writers, ALL CAPS, Georgian and Armenian
 * speakers, ranch hands) and 41 (Basque and Catalan speakers, Sudanese and Eritrean refugees, K-pop fans, pilgrims,
 * shepherds, Mauritian Creole, Tibetan speakers, butchers, postal workers, athletes making weight), each tested in
 * wording written for it, not the batches'.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('minutes abbreviated before "ago" are a recent onset, and "out of the blue" is sudden, not a blue limb', () => {
  it.each([
    'my right leg went weak and heavy about 20 min ago, no idea why',
    'my left leg went numb and weak 2 hrs ago out of the blue',
  ])('so a sudden loss in the legs is an emergency: "%s"', (text) => {
    expect(ruleOf(text)).toBe('sudden-leg-paralysis');
  });
});

describe('legs that quit or pack up on the person', () => {
  it.each([
    'half an hour ago my legs quit on me while I was feeding the calves and I cannot move them',
    'both legs just packed up ten minutes ago, cannot feel them properly',
  ])('is legs that suddenly cannot move: "%s"', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe("after a comma, a word with its own participle is a new statement, out of a denial's reach", () => {
  it.each([
    'not been anywhere, calf swelling up and hot since yesterday',
    'no fever, calf swelling up fast and red and hot since the flight',
  ])('the signs after the comma are read: "%s"', (text) => {
    expect(levelOf(text)).not.toBe('none');
  });

  it('a denied list with no verb of its own stays denied', () => {
    expect(levelOf('calf a bit sore after football, not red, hot or swollen. magnesium?')).toBe('none');
  });

  it('someone shaking and not answering is a fit', () => {
    expect(ruleOf('he is twitching and not answering')).toBe('seizure');
  });
});

describe('urine told the old way, as making or passing water', () => {
  it.each([
    'my husband was trapped under the tractor for two hours last night, his leg is agony and he has barely made water since',
    'crushed under a fallen beam this morning and I have not made water all day, thigh very painful',
  ])('little of it after a crush is muscle breakdown: "%s"', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('a cramp still held hard, or still so a while later', () => {
  it.each([
    'calf cramp and the muscle is still in spasm even though I have stretched and rubbed it',
    'my foot cramped during choir practice and it is still contracted, nearly twenty minutes later',
  ])('is a cramp that will not release: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cramp-over-ten-minutes');
  });
});

describe('the mind "paralysed" as a figure of speech', () => {
  it.each([
    'my head is totally paralyzed by all this paperwork, what foods have magnesium',
    'my mind is completely paralysed by too many choices of magnesium',
  ])('is not an alarm: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('the legs paralysed still are', () => {
    expect(levelOf('since this morning my legs are paralysed, I cannot move them')).toBe('emergency');
  });
});

describe('a limb that has "gone big"', () => {
  it('after weeks laid up, with faintness and a racing heart, is a clot gone to the lungs', () => {
    expect(
      ruleOf(
        'stuck in bed for a fortnight after my hip op, now my right calf has gone huge and sore and I feel faint, heart pounding',
      ),
    ).toBe('clot-in-lungs');
  });

  it('big calves as a build are not swelling', () => {
    expect(levelOf("I've got big calves from cycling, do I need more protein or magnesium?")).toBe('none');
  });
});

describe('a cut told by the blade', () => {
  it.each([
    'nicked my palm with a chisel last week, no tetanus jab in years, and now my jaw is stiff and my neck keeps going into spasm',
    'the cleaver slipped into my thumb ten days ago, never had a booster, now my jaw feels locked and swallowing hurts',
  ])('with a stiff jaw spreading is tetanus: "%s"', (text) => {
    expect(ruleOf(text)).toBe('tetanus-spreading');
  });
});

describe("a count of someone's tablets or gummies", () => {
  it.each([
    "ok so I ate like 10 of my sister's vitamin D gummies and now I feel sick",
    "I swallowed 20 of my nan's iron tablets an hour ago and feel awful",
  ])('is an overdose: "%s"', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });
});

describe('a time "ago" before "after" an event dates the event', () => {
  it('a clot years ago is history, not a clot now', () => {
    expect(
      levelOf(
        "I got a clot in my right leg two years ago after a long flight. I'm hiking next summer, any foods for leg cramps?",
      ),
    ).toBe('none');
  });

  it('a time after an event that settled is still read as before', () => {
    expect(levelOf('two years after my bypass I had a funny turn, been fine since. is magnesium ok?')).toBe(
      'none',
    );
  });
});

describe('which deficiency can bring on a sign: a general question', () => {
  it.each([
    'which deficiency can bring on pins and needles in the feet?',
    'which vitamin shortage causes numb toes',
  ])('is not a report: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a hot or warm soak as a remedy', () => {
  it.each([
    'calves sore after the match, just achy in both, hot soak or stretching?',
    'thighs sore today from the long hike, hot soak or magnesium?',
  ])('is not a hot leg: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});
