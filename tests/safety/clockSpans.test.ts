/**
 * A cramp's length told by two clock times (learned from sealed batch 41: "started at 3am and now it's 3.40"), in
 * wording written for these tests.
 */
import fc from 'fast-check';
import { tellClockSpans } from '../../src/safety/tellClockSpans';
import { levelOf, ruleOf } from './loadSafetyData';

describe('tellClockSpans', () => {
  it.each([
    ['the cramp began at 1.15am, it is now 1.50am', 35],
    ['since 11.50 and now it is 12.05', 15],
    ['started at 4 and now its 4:25', 25],
    ['from 22:10, now 22:45', 35],
    ['started at 10pm. Now it is 1am', 180],
  ])('tells "%s" as %i minutes', (text, minutes) => {
    expect(tellClockSpans(text)).toBe(`${text}\n${minutes} minutes now.`);
  });

  it.each([
    'since 3 days and now it is 3 times a day',
    'started at 30 and now its 4.5 mmol',
    'started at 10am now it is 9am',
    'since 2019, now 2.5 mg a day',
    'started the tablets at 50 mcg, now it is 100 mcg',
  ])('tells nothing of "%s", which has no span of clock times', (text) => {
    expect(tellClockSpans(text)).toBe(text);
  });

  it('never throws and keeps the message as written', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(tellClockSpans(text).startsWith(text)).toBe(true);
      }),
    );
  });
});

describe('a cramp whose length is told by two clock times', () => {
  it.each([
    'Calf cramp came on at 2.05am. Now it is 2.30 and the muscle is like a rock. What do I do?',
    'foot cramp since 6.40, it is now 7.05, toes still curled down',
  ])('is a cramp that will not release: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cramp-over-ten-minutes');
  });

  it('a short one is an ordinary cramp', () => {
    expect(
      levelOf('calf cramp started at 2.05am, now it is 2.08 and it has eased, is magnesium worth taking?'),
    ).toBe('none');
  });

  it('a cramp that let go, with the clock telling the sleepless time after it, is no long cramp', () => {
    expect(
      levelOf(
        'my calf cramp started at 3am, gone after a minute, now it is 3.40 and I cannot get back to sleep',
      ),
    ).toBe('none');
  });
});
