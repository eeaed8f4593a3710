/**
 * The triage categories learned from sealed batch 61 (Swazis, Sabahans and Sarawakians, Papua New Guineans,
 * Surinamese, Kittitians, Nevisians and Grenadians, Bristolians and Nottingham folk, hurlers, lifeboat crews, night
 * porters, netball players), each tested in wording written for it, not the batch's. The batch's stories in other
 * languages are tests/engine/unreadableStory.test.ts.
 */
import { levelOf } from './loadSafetyData';

describe('someone who cannot be woken properly or at all', () => {
  it.each([
    'my brother had a few drinks and now we cannot wake him properly, he is snoring weird',
    'grandma is breathing but I could not rouse her, what vitamin is this?',
    'we tried shaking him and we cant wake him at all',
  ])('"%s" is an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('trouble waking told of a morning, school or work, or by the writer', () => {
  it.each([
    'I really struggle to wake up for work these days, could it be low iron or vitamin D?',
    'my 15 year old is a nightmare to wake for school, is she low in B12?',
    'i just cant get up in the mornings, which vitamin helps?',
    "I can't wake up before ten most days, is that a vitamin D thing?",
    'he is so hard to wake for school lately, does he need iron?',
    'I could not wake up for my shift again, low b12?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('told with confusion it is still an emergency', () => {
    expect(levelOf('my mum is confused and very hard to wake this morning')).toBe('emergency');
  });
});
