/**
 * The categories learned from sealed batch 35 (Tamil, Telugu, Icelandic, Estonian and Latvian speakers, ferry, tram
 * and train crews, narrowboats, forest rangers, the ketogenic diet, recovery from intensive care, comedians, typing
 * half asleep, children abroad), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('"shut up" near the word throat is not a throat shutting', () => {
  it('is no alarm', () => {
    expect(
      levelOf('sore throat from shouting at the match, shut up about it I know, any vitamin for it?'),
    ).toBe('none');
  });

  it.each([
    'two days after my thyroid op my throat keeps clamping shut and my fingers are curling',
    "she had her parathyroids out and says her throat is closing shut, she can't get a breath",
  ])('a throat told as shutting still is: "%s"', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('the railway is not training', () => {
  it.each([
    'awful cramps in my calves several times a week, I drive the trains on nights',
    'my legs cramp really badly most weeks since I started commuting by train',
  ])('frequent or severe cramps told beside the trains are seen within days: "%s"', (text) => {
    expect(ruleOf(text)).toBe('frequent-cramps');
  });

  it.each([
    'I train hard six days a week and get bad cramps most weeks',
    'been training for a half marathon and get bad calf cramps several times a week',
  ])('training as a habit is still a plain cause: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a part of the body told as "a bit off"', () => {
  const screen = safetyScreen();
  it('is an own complaint for the safety net', () => {
    expect(
      screen.safetyNet('stomach a bit off since the takeaway last night, what should I eat'),
    ).not.toBeNull();
  });

  it('but "a bit off topic" is not', () => {
    expect(screen.safetyNet('a bit off topic, but which foods have the most magnesium?')).toBeNull();
  });
});
