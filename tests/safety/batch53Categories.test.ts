/**
 * The categories learned from sealed batch 53 (Kirundi, Acholi and Luo, Maasai, Minangkabau, Balinese and
 * Madurese, Waray, Bikol, Hiligaynon, Kapampangan, Chavacano and Tausug speakers, prison officers, shellfish and
 * seaweed farmers, tea and cane workers, oil-rig workers, a cracked phone screen), each tested in wording written
 * for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a massage is no heat: it does not explain legs that suddenly gave way', () => {
  it('legs that gave way, with a massage planned, are the sudden-weakness emergency', () => {
    expect(
      ruleOf(
        'suddenly both my legs gave way on the stairs and I cannot move them, my wife wants to massage them',
      ),
    ).toBe('sudden-leg-paralysis');
  });

  it('a calf red and sore after a massage is still ordinary', () => {
    expect(levelOf('my calf is red and sore after a deep tissue massage yesterday, normal?')).toBe('none');
  });
});

describe("pain told as worse than training's usual soreness", () => {
  it('with a tight, swollen, numb limb after a hard session is compartment syndrome', () => {
    expect(
      ruleOf(
        'did a leg session at the gym, now my calf is tight and swollen, hurts way worse than any doms, and my toes are numb',
      ),
    ).toBe('compartment-syndrome');
  });

  it('soreness worse than usual that is getting better is not', () => {
    expect(levelOf('legs sore after leg day, worse than usual doms but getting better, magnesium?')).toBe(
      'none',
    );
  });
});

describe('coffee and tea in other languages ("kopi", "kape", "teh tarik")', () => {
  it.each([
    'drank 4 cups of kopi at the warung, heart racing and a bit shaky, potassium?',
    'after 3 glasses of teh tarik my heart is racing and my hands shake, do I need potassium?',
  ])('with a racing heart is caffeine, not dangerous potassium: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a racing heart with weak legs on potassium tablets and water pills is still dangerous potassium', () => {
    expect(
      ruleOf('my heart is racing and my legs are weak and I take potassium tablets with my water pills'),
    ).toBe('dangerous-potassium');
  });
});

describe('dishes of the Philippines and Indonesia, greens by their leaves, a meal counted in plates or bowls', () => {
  it.each([
    'we ate a whole pot of pancit at the party, like 3 plates each, too much magnesium?',
    'I had a big pot of rendang by myself, 4 bowls, is that a potassium overdose?',
    'we finished a whole pot of adobo between two of us, too much iron?',
  ])('are food, not an overdose: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a bottle of tablets beside a dish is still an overdose', () => {
    expect(ruleOf('my son ate a whole bottle of iron tablets after his adobo')).toBe('overdose');
  });
});
