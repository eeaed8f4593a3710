/**
 * Categories learned from sealed batch 26's misses (blood thinners and haemophilia, scout and guide leaders, Dutch,
 * German, Swedish and Finnish speakers, over-50s starting exercise, long COVID and ME, market traders, formal letter
 * writers, migraine medicines, separated fathers, lower case with emoji), each tested here in wording written for
 * it (not the batch's), with the danger each must not hide.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a stroke told formally', () => {
  it('"a short while ago", "without any warning", strength lost down one side, words that will not form', () => {
    expect(
      ruleOf(
        'To whom it may concern. A short while ago my husband, without any warning, lost strength down the left side of his body and could not form his words.',
      ),
    ).toBe('stroke-signs');
  });
});

describe('near-misses that read like signs', () => {
  it.each([
    ['hearsay', 'people say low potassium can make your heart flutter and skip, is that true or a myth?'],
    [
      'a poison line kept as a service',
      'should I save the poison control number in my phone in case the kids ever find my iron tablets?',
    ],
    [
      'urine told as not dark',
      'thighs sore after my first spin class, no dark pee, drinking plenty, what should I eat?',
    ],
    [
      'chest muscles trained',
      'pecs and shoulders are sore for a few days after every session and my legs ache too, is that normal at 58?',
    ],
    [
      'money having a fit',
      'my wallet is having a seizure after that supplement order lol, is cheap magnesium oxide ok?',
    ],
  ])('%s: "%s" is not alarmed', (_kind, text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it('hearsay does not hide a report told after it', () => {
    expect(
      levelOf('people say I worry too much, but since the flight my left calf is swollen, red and hot'),
    ).toBe('urgent');
  });
});

describe('signs that a wish, a habitual "if" or a medicine\'s purpose had hidden', () => {
  it('a cramp that will not release, with a wish that it would let go', () => {
    expect(
      ruleOf('calf cramp for 25 minutes now and stretching does nothing, how do I get it to let go?'),
    ).toBe('cramp-over-ten-minutes');
  });

  it('a calf that cramps on walking and "goes if I stop" is the artery pattern, not a clot', () => {
    const text =
      'smoked for years; my right calf tightens and hurts after 100 yards and goes if I stop for a minute';
    expect(ruleOf(text)).toBe('walking-calf-pain');
    expect(levelOf(text)).toBe('soon');
  });

  it('cramps waking someone most nights since a medicine taken "for migraine prevention"', () => {
    expect(
      levelOf('on propranolol for migraine prevention since spring and now leg cramps wake me most nights'),
    ).toBe('soon');
  });
});
