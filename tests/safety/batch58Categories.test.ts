/**
 * The categories learned from sealed batch 58 (Tristan da Cunha, Grenada and Tobago, the Virgin Islands, St Kitts
 * and Nevis, Liberian English and Gambians, Cameroonian Pidgin, Brummies and the Black Country, Channel Islanders,
 * people with an ileostomy, Hebridean crofters), each tested in wording written for it, not the batch's.
 */
import { tellClockSpans } from '../../src/safety/tellClockSpans';
import { levelOf, ruleOf } from './loadSafetyData';

describe('clock times told in words measure a span like digits do', () => {
  it.each([
    ['my calf cramp started at quarter past eight and now it is twenty to nine', 25],
    ["she's had the cramp since ten o'clock and it's now gone half past ten", 30],
    ['cramp since five to six, now it is ten past six', 15],
  ])('"%s" has lasted %i minutes', (text, minutes) => {
    expect(tellClockSpans(text)).toBe(`${text}\n${minutes} minutes now.`);
  });

  it('a range of minutes is no clock time', () => {
    const text = 'cramps last from 5 to 10 minutes, now it is 9:40 and I am fine';
    expect(tellClockSpans(text)).toBe(text);
  });

  it('a cramp that has not let go since a time told in words is urgent', () => {
    expect(
      ruleOf(
        "my wife's calf cramp began at half past six and it's now gone ten past seven, stretching has done nothing and it's rock hard",
      ),
    ).toBe('cramp-over-ten-minutes');
  });
});

describe('cauda equina told in Pidgin', () => {
  it.each([
    ['my husband get back pain two week now, today e pee for im trouser e no sabi'],
    ['my back pain go down both leg and I no fit feel my nyash since morning'],
  ])('"%s" is an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it('a child wetting the bed is not', () => {
    expect(levelOf('my 5 year old still wets the bed some nights, could she be low in magnesium?')).toBe(
      'none',
    );
  });
});

describe('pain beyond any the person has known is the worst pain', () => {
  it.each([
    'after leg day my shin is tight and swollen, the pain passes any pain I ever had, and my foot is numb',
    'fell off the ladder yesterday, my calf is rock hard and swelling, worse than any pain I have had, toes going numb',
  ])('"%s" is compartment syndrome', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });
});

describe('a condition asked about by its medical name', () => {
  it.each([
    'What is tetany? My aunt says low calcium can bring it on. How is it different from cramp?',
    "what's rhabdo? my gym mate said it happens if you overdo it",
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('with the signs told as now, it still is', () => {
    expect(levelOf('What is tetany? My hands are locking into claws right now and my lips tingle')).not.toBe(
      'none',
    );
  });
});

describe('a dish cooked by the potful is food, whatever it is called', () => {
  it.each([
    'cooked a whole pan of bigos and ate the lot by Sunday, is that too much vitamin D?',
    'cooked a big batch of jollof and ate the lot in two days, is that a silly amount of potassium?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a pot of tablets emptied still is', () => {
    expect(levelOf('my son ate the whole pot of vitamin D gummies')).toBe('emergency');
  });
});
