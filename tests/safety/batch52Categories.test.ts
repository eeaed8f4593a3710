/**
 * The categories learned from sealed batch 52 (Kikuyu and Bemba, Tetum, Kashmiri and Rohingya, Karen and Chin,
 * Garifuna and Kriol, Chuukese and Pohnpeian speakers, metformin and reflux tablets, refuse workers, school cooks
 * and nannies, van drivers and couriers), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('little urine told plainly after a crush ("pees only a little", "I pee only small")', () => {
  it.each([
    'a wall fell on his legs yesterday, now he pees only a little and his legs are sore',
    'crate fell on my leg at work, this morning I pee only small, is it the heat?',
    'my legs very pain after the machine fall on them, the pee has colour like coca cola',
  ])('is muscle breakdown, an emergency: "%s"', (text) => {
    expect(ruleOf(text)).toBe('dark-urine-sore-muscles');
  });

  it('a drink of cola is no urine', () => {
    expect(levelOf('I would like cola with my dinner, my calves ache after the gym, which mineral?')).toBe(
      'none',
    );
  });
});

describe('a time of life told of anyone ("when my brother was small", "when she was a baby")', () => {
  it.each([
    'when my daughter was a baby she had a fit with a fever, she is 12 now, does she need vitamin D?',
    "when she was little my niece had seizures with fevers, now she's fine at 15. could calcium have caused it?",
  ])('dates what follows as long past: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a fit happening now is still a seizure', () => {
    expect(ruleOf('my son is having a fit right now, when he was little he never had one')).toBe('seizure');
  });
});
