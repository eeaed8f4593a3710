/**
 * The categories learned from sealed batch 62 (Basotho, Namibians, Bruneians, Potteries folk, Fenland farmers, Home
 * Counties retirees, train crews, posties, ghillies, bin crews), each tested in wording written for it, not the
 * batch's, with guards.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('how long someone could not be woken, beside a fit', () => {
  it.each([
    'my wife had a fit on the sofa an hour ago, shaking all over, we could not wake her for a few minutes, now shes dozy',
    'he had a seizure at tea time and we couldnt rouse him for a while after',
    'she had a seizure in the bath and we could not wake her for ages after, shes very sleepy',
  ])('"%s" is a seizure, not dated by the wait', (text) => {
    expect(ruleOf(text)).toBe('seizure');
  });

  it('a fit long ago stays in the past', () => {
    expect(
      levelOf(
        "my dad had a fit 10 years ago, we couldn't wake him for ages then, he's fine now, vitamin d ok?",
      ),
    ).toBe('none');
  });
});

describe('a fright told as giving someone else a seizure or a stroke', () => {
  it.each([
    'the electric bill nearly gave my dad a stroke, anyway is magnesium good for cramps?',
    'the cat knocking the vase almost gave her a heart attack lol, which vitamin d should she take?',
    'the invoice nearly gave him a seizure, anyway is magnesium good for cramps?',
    'that match almost gave them a seizure haha, what vitamin d dose for kids?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a supposition in Malay or Indonesian', () => {
  it.each([
    'kalau baby I makan vitamin D banyak, what to do? just asking',
    'jika anak saya telan pil besi, how dangerous is it?',
    'kalau my son telan 20 iron tablets by accident, what should I do?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('told as happening it is still an overdose', () => {
    expect(ruleOf('anak I swallowed 30 vitamin D gummies tadi, what should I do?')).toBe('overdose');
  });
});
