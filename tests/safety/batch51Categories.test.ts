/**
 * The categories learned from sealed batch 51 (Luxembourgish and Romansh, Dinka and Nuer, Native Hawaiian and
 * Cherokee, Fiji Hindi speakers, B12 injections, Addison's disease and an underactive parathyroid, stonemasons,
 * open-water swimmers, truckers in the far north, machine-translated English), each tested in wording written
 * for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('skin that changes after cold water (a cold swim, a sea dip, an ice bath, a cold plunge)', () => {
  it.each([
    'after my cold lake swim this morning my legs were white and freezing for a bit, is that ok?',
    'my feet go pale and icy after ice baths, then they turn pink again. normal?',
    'legs go red and blotchy after my winter sea dips for twenty minutes or so, should I worry?',
  ])('is the cold, not a blocked artery: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a foot that suddenly went cold and white with no cold water is still an emergency', () => {
    expect(ruleOf('my foot suddenly went cold and white an hour ago and it really hurts')).toBe(
      'cold-pale-leg',
    );
  });
});

describe('a denial followed by "just" ("not swollen, just sore")', () => {
  it.each([
    'knocked my calf on the trailer yesterday, bruised but not swollen, just a bit tender. anything to help it heal?',
    'my shin is bruised and not puffy, just sore where I hit it. which vitamin helps bruises?',
  ])('is still a denial: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('"not just swollen but red and hot" is no denial', () => {
    expect(levelOf('my calf is not just swollen but red and hot as well, one leg only')).toBe('urgent');
  });
});

describe('an overdose asked of a food just eaten ("is that a magnesium overdose?")', () => {
  it.each([
    'I ate about eight bananas today, was that a potassium overdose haha',
    'I ate a whole packet of dried apricots, was that a potassium overdose?',
    'finished a family bag of sunflower seeds on the drive, is this a magnesium overdose?',
  ])('asks about the food: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'took a whole bottle of magnesium tablets, is that a magnesium overdose?',
    'ate some crisps and then swallowed 30 of my iron tablets, is that an iron overdose?',
  ])('a count or a container of the tablets keeps it: "%s"', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });
});

describe('a cramp still clamped or seized, timed from when it began', () => {
  it.each([
    "my thigh cramped on the drive home about half hour ago and it's still clamped",
    'foot cramped in the pool, still clamped tight, what mineral helps?',
    'hamstring went about half hour ago while lifting, still in spasm',
  ])('is a cramp that will not release: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cramp-over-ten-minutes');
  });

  it.each([
    'had a cramp in my calf last night, it let go but the muscle is still tight and sore today, which mineral?',
    'my calf cramped this morning and is still a bit tender now, normal?',
  ])('a muscle still tight or tender after the cramp let go is not: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a cramp that let go half an hour ago is not', () => {
    expect(
      levelOf('had a cramp in my calf half an hour ago but it let go after a minute, which mineral?'),
    ).toBe('none');
  });
});

describe('calf pain that comes on walking and eases with a rest, in someone with a clot risk', () => {
  it.each([
    'I drive long haul and when I walk to the depot my left calf cramps after a couple of hundred metres, I stop for a minute and it goes, been months',
    'long haul trucker here, my right calf cramps when I walk across the yard and eases after a minute standing still, been like that for months',
  ])('is the narrowed-artery pattern (soon), not a clot: "%s"', (text) => {
    expect(levelOf(text)).toBe('soon');
  });

  it('one painful calf after a long drive with no rest pattern is still a clot', () => {
    expect(ruleOf('after a long drive yesterday my left calf really hurts, what should I take?')).toBe(
      'one-sided-leg-clot',
    );
  });
});

describe('long travel told by its hours ("drove 14 hours", "a 9 hour flight")', () => {
  it.each([
    'drove 14 hours yesterday and now my left calf hurts all the time',
    'got off a 10 hour flight this morning, my right calf is sore and a bit puffy',
  ])('is a clot risk: "%s"', (text) => {
    expect(ruleOf(text)).toBe('one-sided-leg-clot');
  });

  it('a short drive is not', () => {
    expect(levelOf('drove 2 hours to see my mum, my left calf is a bit achy from the clutch')).toBe('none');
  });
});

describe('a limb told as "sleeping" (numbness, as many languages say it) and pain "more than before"', () => {
  it.each([
    'my brother hit his leg with the hammer this morning, now the leg is swollen and hard and the toes are sleeping',
    'she fell on her arm yesterday, the arm is tight and hard and the pain is more than before, very strong',
  ])('after a blow, with a tight limb, is compartment syndrome: "%s"', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });

  it.each([
    'my legs ache when I am sleeping, is it magnesium?',
    'the kids are sleeping and my feet hurt after work, which vitamin?',
  ])('sleeping itself is no numbness: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a child told in Hindi, Urdu or Fiji Hindi', () => {
  it.each([
    'meri beti ne meri iron ki goli kha li, maybe 8 tablets, what to do',
    'mera bachcha chewed a few of my vitamin D capsules',
    'hamar bitiya ate my blood pressure tablets, 5 or 6 of them',
  ])('who swallowed tablets is an overdose: "%s"', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });

  it('"beta" with no possessive (a beta blocker) is no child', () => {
    expect(levelOf('I take a beta blocker and get cramps at night, which mineral helps?')).toBe('none');
  });
});

describe('a time "ago" in minutes or half an hour, found while writing these tests', () => {
  it.each([
    'about 25 mins ago my left leg just gave way and I still cannot lift it',
    "half an hour ago my dad's right leg gave way and now he can't lift it off the floor",
  ])('dates a leg that gave way as sudden (before, the cramp reading hid it): "%s"', (text) => {
    expect(ruleOf(text)).toBe('sudden-leg-paralysis');
  });

  it('still times a cramp that is still on', () => {
    expect(ruleOf('calf cramped about half hour ago and is still clamped')).toBe('cramp-over-ten-minutes');
  });
});
