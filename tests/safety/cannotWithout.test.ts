/**
 * A sign told as coming every time something is done ("can't walk far without my calf tightening"), and the walking
 * pattern of narrowed leg arteries told by the distance walked or by anyone's stop: found in the residue of the
 * sealed batches, tested here in wording written for it, with guards.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a sign that comes every time: "can\'t … without …"', () => {
  it.each([
    'my grandad cannot walk up the lane without his calf locking up, he stands by the gate till it goes',
    'I could not walk round the supermarket without both calves knotting, it eases when i stop',
    'she is unable to walk to church without her calf cramping, has to rest on the wall',
  ])('"%s" is calf pain on walking that eases with rest', (text) => {
    expect(ruleOf(text)).toBe('walking-calf-pain');
  });

  it('a night never passed without cramps is frequent cramps', () => {
    expect(ruleOf("haven't had a single night without cramps waking me for weeks, is it magnesium?")).toBe(
      'frequent-cramps',
    );
    expect(ruleOf('never get through a night without leg cramps waking me, for months now')).toBe(
      'frequent-cramps',
    );
  });

  it.each([
    'I can walk without pain now, the cramp went yesterday, which foods have magnesium?',
    "can't walk without a stick since my hip op, any vitamin d advice?",
    'I never go a day without coffee, does that drain magnesium?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('the walking pattern told by distance or by anyone who has to stop', () => {
  it.each([
    "my husband can't walk very far before his calf aches, he has to stop for a bit then carries on",
    'she can only walk a little way and her calves cramp up, she had to sit down on the bench',
  ])('"%s" is calf pain on walking that eases with rest', (text) => {
    expect(ruleOf(text)).toBe('walking-calf-pain');
  });

  it.each([
    'he has to stop taking his magnesium, what else helps with cramps?',
    'my doctor says she had to stop the statin, which foods have potassium?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('the writer told as the one who cannot be woken for work or school', () => {
  it.each([
    "I'm such a deep sleeper, my alarm can't wake me up properly for my shift, could it be low b12?",
    'my partner says she could not wake me for work again, is tiredness a sign of low vitamin d?',
  ])('"%s" is no alarm: the writer is awake to type it', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('someone else who cannot be woken is still the emergency', () => {
    expect(levelOf("we can't wake him up properly, he's breathing but floppy")).toBe('emergency');
  });
});

describe('a count of tablets told as the usual daily intake', () => {
  it.each([
    'took my 7 tablets with breakfast as usual, can I add a magnesium one?',
    'had 9 pills this morning same as always, is there room for vitamin d?',
  ])('"%s" is no overdose', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'my daughter took 8 tablets as usual but she is only 3 and they were mine',
    'took 8 tablets like always but now I feel really drowsy and sick',
    'I took 25 tablets like always',
  ])('"%s" is still an overdose: a child, signs, or more than any usual regimen', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });
});

describe('a numb mouth or thick speech told after a dental anaesthetic', () => {
  it.each([
    'got back from the dentist an hour ago, bottom lip still numb and my words come out funny, is b12 good for nerves?',
    "had two fillings this afternoon, can't feel my cheek and I'm talking like I'm drunk haha",
    'the numbing injection still has not worn off, my mouth droops a bit on the left',
  ])('"%s" is no stroke', (text) => {
    expect(ruleOf(text)).not.toBe('stroke-signs');
  });

  it.each([
    'had a tooth out this morning, now her face droops and her left arm is weak',
    'my face went numb on one side and my speech is slurred, no dentist or anything',
  ])('"%s" is still a stroke: a weak arm, or no dental visit', (text) => {
    expect(ruleOf(text)).toBe('stroke-signs');
  });
});

describe('"bottom" naming the lower lip, teeth or jaw', () => {
  it.each([
    'bottom lip has gone numb since the dentist this morning, any vitamin that helps nerves?',
    'my bottom teeth feel numb and tingly after a cold drink, is it low calcium?',
  ])('"%s" is no numb saddle', (text) => {
    expect(ruleOf(text)).not.toBe('cauda-equina');
  });

  it('a numb bottom with a bad back and no pee is still the emergency', () => {
    expect(ruleOf("my bottom has gone numb and I can't pee, bad back all week")).toBe('cauda-equina');
  });
});
