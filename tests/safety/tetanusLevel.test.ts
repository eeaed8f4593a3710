/**
 * Tetanus is an emergency (red_flags.md, NHS): a stiff jaw or spasms after a wound, told with or without spreading,
 * a missing jab or a jab's date. A jab told with its date dates the jab, not the signs beside it.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a stiff jaw or spasms after a wound', () => {
  it.each([
    'caught my arm on a rusty bit of fence on Sunday and today my jaw is stiff',
    'a stray cat bit my ankle last week and now my stomach muscles keep spasming',
  ])('is an emergency with nothing else told: "%s"', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it.each([
    'sliced my thumb on a rusty tin lid, jaw feels tight now, booster was 3 years ago',
    'trod on a garden fork four days ago, my neck and jaw are stiff, had a tetanus shot last year',
    'gouged my shin on a rusty trailer, had my jab 5 years ago, now my jaw is locking',
  ])('is an emergency when the jab is told with its date: "%s"', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it('a stiff jaw with no wound told stays urgent', () => {
    expect(ruleOf('my jaw has gone stiff and I can hardly open my mouth')).toBe('stiff-jaw');
  });

  it.each([
    'had a tetanus jab last year, do I need another after a scratch from a rose?',
    'my booster was 3 years ago, is that still in date?',
  ])('a question about the jab alone is no alarm: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});
