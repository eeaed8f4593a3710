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
