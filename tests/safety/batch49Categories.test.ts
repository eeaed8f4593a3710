/**
 * The categories learned from sealed batch 49 (Bashkir, Chuvash, Gagauz, Aromanian, Dzongkha and Lepcha speakers,
 * Marshallese, Okinawan, Tuvan and Ainu people, undertakers, rickshaw drivers, glassblowers and potters, trappers
 * living off-grid, parents on the school run), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('thirst and urine told as constant, after weeks of high vitamin D doses', () => {
  it.each([
    'on 25,000 units of vitamin D a day since the spring, now constantly thirsty and weeing all the time',
    'been taking 40,000 IU vitamin D daily for 2 months, constant thirst and I am passing urine so much',
  ])('is the toxicity sign, urgent, not the emergency for someone very unwell: "%s"', (text) => {
    expect(ruleOf(text)).toBe('vitamin-d-toxicity');
  });
});

describe('weakness alone, after weeks of high vitamin D doses', () => {
  it('is not being very unwell', () => {
    expect(
      ruleOf(
        'been taking 40,000 IU vitamin D daily for 2 months, I feel queasy, always thirsty and my legs are a bit weak',
      ),
    ).toBe('vitamin-d-toxicity');
  });

  it('weakness that stops the person getting up is still the emergency', () => {
    expect(
      levelOf(
        'she has had 50,000 IU vitamin D every day for months, now she is vomiting and too weak to get up',
      ),
    ).toBe('emergency');
  });
});

describe('a foot told as cold or pale lately', () => {
  it('with calf pain on walking that eases at rest is the narrowed-artery pattern, not a limb gone suddenly cold', () => {
    expect(
      levelOf(
        'my toes have been cold and pale lately and my calves ache when I walk to the shops, easing when I stop',
      ),
    ).toBe('soon');
  });

  it('a foot gone suddenly cold and white is still the emergency', () => {
    expect(levelOf('my foot suddenly went cold and white an hour ago and it really hurts')).toBe('emergency');
  });
});

describe('snacks by the bag', () => {
  it('are food, not an overdose', () => {
    expect(levelOf('finished a whole bag of nori snacks tonight lol, is that too much magnesium?')).toBe(
      'none',
    );
  });
});

describe('a stroke or heart attack foretold as a figure of speech', () => {
  it.each([
    'this queue is so slow I will have a stroke before it moves, which foods have B12?',
    "if they put the rent up again I'll have a heart attack before Christmas. anyway how much B12 do I need?",
  ])('with a condition after it is no sign: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('someone having a stroke now is still the emergency', () => {
    expect(levelOf("I think I'm having a stroke, my face is drooping on one side")).toBe('emergency');
  });
});
