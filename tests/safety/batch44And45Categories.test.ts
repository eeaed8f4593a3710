/**
 * The categories learned from sealed batches 44 (Navajo and Ojibwe speakers, Yiddish-speaking families, Marathi and
 * Kannada speakers, flight attendants, offshore workers, midwives and doulas, mushroom foragers, brass bands,
 * accountants in tax season, new fathers) and 45 (Azerbaijani, Kyrgyz and Slovenian speakers, Greenlandic and
 * Faroese writers, PhD students, people just out of prison, poker players, touring comedians, grooms and farriers,
 * night couriers of blood and organs, people in their eighties living alone), each tested in wording written for it,
 * not the batches'.
 */
import { renderedReply, shippedEngine, shippedKb } from '../support/testKit';
import { levelOf, ruleOf } from './loadSafetyData';

describe('what was left in a container, taken at once', () => {
  it.each([
    'my flatmate swallowed what was left in the tub of potassium tablets an hour ago and now she is vomiting',
    'he took the remainder of his packet of iron pills and now he is very drowsy',
  ])('with sickness, drowsiness or confusion is an overdose: "%s"', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });

  it('finished as ordinary use is no alarm', () => {
    expect(levelOf('used up the rest of my magnesium jar this week, which brand should I buy next?')).toBe(
      'none',
    );
  });
});

describe('leafy and foraged foods by the handful', () => {
  it.each([
    'been eating handfuls of watercress and spinach every day, can you overdo magnesium from veg?',
    'I munch a handful of blackberries on every walk and take calcium, is that too much calcium?',
  ])('are a food amount, not an overdose: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('tea by its name or by the cup', () => {
  it.each([
    'matcha latte this morning, now my heart is racing, do I need more potassium?',
    'four mugs of tea since breakfast and my heart is pounding, is it my potassium?',
    'chai all afternoon at the stall, heart going like the clappers, potassium tablets?',
    'my heart is fluttering after too much tea, should I take potassium',
  ])('is caffeine beside a racing heart, not a potassium emergency: "%s"', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });

  it('a cup of tea in passing does not silence potassium pills with a pounding heart', () => {
    expect(
      ruleOf(
        'over a cup of tea I took my potassium pills and spironolactone, now my heart is pounding and skipping',
      ),
    ).toBe('dangerous-potassium');
  });
});

describe('tetanus told with jabs in the plural, or with the spasms spreading', () => {
  it('a dirty wound, no jabs for years and a stiff jaw is an emergency', () => {
    expect(
      levelOf(
        'gashed my palm on a rusty hinge last week and I have not had any shots in years, now my jaw is stiff',
      ),
    ).toBe('emergency');
  });

  it('a wound with a tight jaw and stiffness that has spread is an emergency', () => {
    expect(
      levelOf(
        'trod on a rusty nail nine days ago, my jaw went tight yesterday and the stiffness has spread to my shoulders',
      ),
    ).toBe('emergency');
  });
});

describe('a number of years alone is a duration, not an age', () => {
  const engine = shippedEngine();
  const kb = shippedKb();
  it.each([
    'I have not had a tetanus jab in 16 years, do I need one?',
    'been vegetarian 17 years, should I take B12?',
  ])('is not refused as a teenager\'s question: "%s"', (text) => {
    const reply = renderedReply(engine, kb, text);
    expect(reply.faq).not.toMatchObject({ notice: 'teen' });
    expect(reply.text).not.toMatch(/teen/i);
  });

  it('an age told with "aged" still gets the teenage figures', () => {
    expect(renderedReply(engine, kb, 'how much calcium does my daughter need, aged 15?').text).toMatch(
      /1,?300/,
    );
  });
});
