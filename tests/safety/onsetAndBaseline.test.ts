/**
 * Two categories found by probing after batch 15 (no labelled set had them), tested in wording written for them:
 * weakness that began within the last day, told by the time of day, is sudden; legs that do not move or hold are a
 * wheelchair user's usual state, not a new loss, unless the message says it is new.
 */
import { levelOf } from './loadSafetyData';

describe('leg weakness that began within the last day, told by the time of day', () => {
  it.each([
    'since last night both my legs have been weak and tingly and I keep stumbling',
    'my mum has had weak legs since lunchtime and she says her feet feel odd',
    'it started this morning, my legs went weak and heavy for no reason',
  ])('"%s" is an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it('after a day of hard work it is not an emergency', () => {
    expect(levelOf('legs weak and shaky since yesterday, we spent the whole day moving house')).not.toBe(
      'emergency',
    );
  });
});

describe("a wheelchair user's usual legs", () => {
  it.each([
    "I'm paraplegic and can't move my legs, which foods give me vitamin D?",
    'my son uses a wheelchair and cannot stand, how much calcium does a teenager need?',
    'spinal cord injury here, legs do not work, do I need extra magnesium?',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });

  it('a new loss in a wheelchair user is still an emergency', () => {
    expect(
      levelOf('I use a wheelchair but since last night I cannot move my legs at all even with help'),
    ).toBe('emergency');
    expect(levelOf('I have cerebral palsy and my legs have suddenly stopped working this afternoon')).toBe(
      'emergency',
    );
  });
});
