/**
 * The writer owning up to muddling the chat, then asking to begin again: a mistake made, not a muddled mind. Seen in
 * three small-talk writers' sets (12, 14) as requests to start over that got the sudden-confusion emergency; tested
 * here in wording written for it.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('the writer owning up to muddling the chat', () => {
  it.each([
    "I've muddled everything, shall we start afresh?",
    "Sorry, I've got myself in a bit of a muddle, can we go back to the start?",
  ])('is no confusion: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'Mum has been in a muddle since this morning and is talking nonsense',
    'Dad seems muddled, saying things that make no sense',
    "she has got herself into a terrible muddle today, doesn't know who I am",
  ])('someone muddled in mind is still sudden confusion: "%s"', (text) => {
    expect(ruleOf(text)).toBe('sudden-confusion');
  });
});

describe('the writer confused by their own questions', () => {
  it('is no confusion', () => {
    expect(levelOf("hang on, I've confused myself, can we go back to the beginning?")).toBe('none');
  });

  it('someone else confused is still sudden confusion', () => {
    expect(ruleOf("Mum has confused herself and doesn't know where she is")).toBe('sudden-confusion');
  });

  // Small-talk writer 17 (measured, not yet learned from there) wrote one such request after what the writer did.
  it.each([
    "oops I typed it all wrong and confused myself, let's start over",
    "I've just totally confused myself, start from scratch please",
  ])('told after what the writer did or how much, is no confusion: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it("the writer's own mind getting confused, with words coming out wrong, is still a stroke sign", () => {
    expect(levelOf('I keep getting confused myself and my words come out wrong since this morning')).toBe(
      'emergency',
    );
  });
});
