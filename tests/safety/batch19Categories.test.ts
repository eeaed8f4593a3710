/**
 * Categories learned from sealed batch 19's misses (farmers, Caribbean English, gamers, tradespeople, second-language
 * English, Scottish and Irish English, teachers, dancers, dyslexic spelling, parents of teenagers, one-liners and
 * ramblers), each tested here in wording written for it (not the batch's), with near-misses of the same family.
 */
import { gotSafetyNet, renderedReply, shippedEngine, shippedKb } from '../support/testKit';
import { levelOf } from './loadSafetyData';

const kb = shippedKb();
const engine = shippedEngine();
const netted = (text: string): boolean => gotSafetyNet(renderedReply(engine, kb, text).result);

describe('the safety net reads each sentence: a complaint told, then a remedy asked', () => {
  it.each([
    'Hips stiff after a week of tiling floors. Is glucosamine worth buying?',
    'Shoulders aching tonight from hanging plasterboard overhead. Any supplement for joints?',
    'Achilles sore and a bit creaky after the hill sprints. Does collagen do anything?',
    'Elbow throbbing since the weekend on the drill. Best gel for it?',
    // woken by a symptom, told with no subject
    'Woke with a stiff neck and a dull ache behind one shoulder. Heat or ice?',
  ])('"%s" gets when to get care, not a bare decline', (text) => {
    expect(netted(text)).toBe(true);
  });

  it.each([
    // someone else's body, named in another sentence
    'He has been laying decking all week. Knees ache tonight. Any vitamin for joints?',
    'Our daughter dances six days a week. Ankles sore most evenings. Is collagen safe for teens?',
    // not a body
    'The van judders on the motorway. Best garage in town?',
  ])('"%s" does not get the safety net', (text) => {
    expect(netted(text)).toBe(false);
  });
});

describe('signs told in other words', () => {
  it('urine the colour of something rusty, after unaccustomed exercise, with sore muscles', () => {
    expect(
      levelOf(
        'first ever bootcamp class yesterday, today my arms are agony and swollen, and my pee looks the colour of rusty pipes',
      ),
    ).toBe('emergency');
  });

  it('most of a container of tablets swallowed, by anyone', () => {
    expect(levelOf('my 15 year old has taken most of the packet of paracetamol after an argument')).toBe(
      'emergency',
    );
    expect(levelOf('I swallowed most of a tub of magnesium tablets and now I feel sick')).toBe('emergency');
  });
});

describe('spellings written by ear, read as the sign they sound like', () => {
  it('"minits" is minutes: a cramp that will not let go', () => {
    expect(levelOf('my calf has been stuck in a cramp for 40 minits and stretching does nothing')).toBe(
      'urgent',
    );
  });

  it('"dubble" is double: Wernicke after drinking', () => {
    expect(
      levelOf(
        'my husband drinks all day and hardly eats, today hes seeing dubble and keeps falling over and is confused',
      ),
    ).toBe('emergency');
  });

  it('an everyday word that sounds like a sign stays itself', () => {
    expect(levelOf('Confession time: I had three coffees today, is that bad for magnesium?')).toBe('none');
  });
});

describe('the artery pattern told with a warm foot, and cramps that wake', () => {
  it('calf pain after a walking distance that eases with a stop, in a smoker, with a warm foot, is `soon`', () => {
    expect(
      levelOf(
        'I smoke. My left calf aches after about 200 metres of walking, I stop and it eases off, foot is warm and pink',
      ),
    ).toBe('soon');
  });

  it('a calf that is warm and painful without the walking pattern is still a clot', () => {
    expect(levelOf('my left calf is warm and painful since the long coach trip')).toBe('urgent');
  });

  it('cramps "waking me" several nights a week are `soon`', () => {
    expect(levelOf('cramps keep waking me three nights a week and I do not know why')).toBe('soon');
  });
});

describe('near-misses of the same families', () => {
  it("a symptom named as a remedy's purpose is no symptom", () => {
    expect(
      levelOf(
        'My mum takes a statin and feels fine, no aches. Should she take magnesium to keep cramps at bay?',
      ),
    ).toBe('none');
  });

  it('most of a bottle of a drink, or of a box of food, is no overdose', () => {
    expect(levelOf('drank most of a bottle of wine last night, legs cramping today, magnesium?')).not.toBe(
      'emergency',
    );
    expect(levelOf('ate most of the box of chocolates, is that a lot of magnesium?')).toBe('none');
  });

  it('a rusty gate or rusty water pipes with no sign are nothing', () => {
    expect(levelOf('our tap water looks rusty after the plumber came, does it have iron in it?')).toBe(
      'none',
    );
  });

  it('"nothing swollen" denies the swelling, after a long day of exercise', () => {
    expect(
      levelOf(
        'eight hours of choir and dance rehearsal, legs sore and heavy, nothing swollen or red, wee normal. magnesium?',
      ),
    ).toBe('none');
  });
});

// Found in dev17's first measurement (ordinary questions given the emergency reply), tested in other wording.
describe('confusion and nonsense in another sense', () => {
  it('a thing that confuses the reader is no confused mind', () => {
    expect(levelOf('the mcg and IU numbers on this tub confuse me, which is the dose?')).toBe('none');
    expect(levelOf('the dosing chart confuses me')).toBe('none');
  });

  it('a claim judged "right or talking rubbish" is no speech sign', () => {
    expect(levelOf('my mate says potassium stops cramp, is he right or talking rubbish?')).toBe('none');
  });

  it('confusion of a person stays a sign, whatever words stand near', () => {
    expect(levelOf('sudden confusion in my dad this morning, he does not know where he is')).toBe(
      'emergency',
    );
    expect(levelOf('my gran is suddenly confused, tell me what to do')).toBe('emergency');
    expect(levelOf('the lads say he has been talking rubbish since lunch and he keeps falling over')).toBe(
      'emergency',
    );
  });
});
