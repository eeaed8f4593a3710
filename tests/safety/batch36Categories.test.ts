/**
 * The categories learned from sealed batch 36 (Greek and Vietnamese speakers, beekeepers and orchard workers, home
 * dialysis, multiple sclerosis and Parkinson's, hairdressers, sailors, sickle cell disease, parents of students,
 * typing with a TV remote), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('extreme pain in slang with no verb, after an exercise named by its move', () => {
  it.each([
    'smashed out 500 box jumps, calf rock hard and swollen, pain insane, toes numb',
    'did 300 burpees in the heat, shin swollen, pain unreal and my foot is numb',
  ])('is compartment syndrome: "%s"', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });

  it.each([
    'leg day pain insane lol, magnesium?',
    'did 200 lunges yesterday, thighs sore, how much protein and magnesium',
  ])('sore muscles after the same moves are no alarm: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('arms or legs too weak to lift, or no getting up, with a reason for a dangerous potassium level', () => {
  it.each([
    'mum has had the runs for four days and now she is too weak to stand',
    'grandad on his water tablets has been sick since Sunday and he cannot lift his arms off the blanket',
    'my brother is on dialysis and today he is unable to lift his legs, they feel like lead',
  ])('is an emergency: "%s"', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it('one arm that will not lift, with the face drooping, is still told as a stroke', () => {
    expect(ruleOf('on dialysis, suddenly he can not lift his right arm and his face droops')).toBe(
      'stroke-signs',
    );
  });

  it.each([
    'had a tummy bug last week, felt weak, all better now',
    'after a bout of food poisoning my legs feel a little heavy, which foods bring potassium back up?',
  ])('weakness that is mild or over is no emergency: "%s"', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});

describe('Wernicke told through weeks of vomiting, confusion someone else notices, or the same question again', () => {
  it.each([
    'she has been throwing up every day for a month with morning sickness and now she keeps asking me the same thing over and over',
    'My wife tells me I am confused, and I have been drinking a bottle of vodka a day',
    'my grandad is repeating himself and not eating much for weeks',
  ])('is Wernicke: "%s"', (text) => {
    expect(ruleOf(text)).toBe('wernicke');
  });

  it('"not eating" is the complaint, not a denial of what follows it', () => {
    expect(ruleOf('not eating and unsteady on my feet')).toBe('wernicke');
    expect(levelOf('not eating much, not confused, walking fine')).toBe('none');
  });

  it.each([
    'I am confused about which vitamin to take while pregnant with bad morning sickness',
    'sorry to repeat myself, how much B1 a day while not eating much',
  ])('puzzlement and repeating oneself in a chat are no alarm: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('confusion after months of very high vitamin D doses is told as vitamin D poisoning', () => {
    expect(
      ruleOf('been taking 50,000 IU of vitamin D every day for months, now vomiting every day and confused'),
    ).toBe('vitamin-d-toxicity-confused');
  });
});

describe('a complaint told with how long it has lasted, the unit cut short', () => {
  const screen = safetyScreen();
  it.each(['got the shivers for 20 mins, what should I do', 'hiccups for 15 min, how to stop'])(
    'is an own complaint for the safety net: "%s"',
    (text) => {
      expect(levelOf(text)).toBe('none');
      expect(screen.safetyNet(text)).not.toBeNull();
    },
  );

  it('a length of time in a question about a food is not', () => {
    expect(screen.safetyNet('how long should I boil spinach, 10 min or less?')).toBeNull();
  });
});
