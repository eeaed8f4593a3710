/**
 * Words about the conversation that are also the body's or a symptom's (`modifiers.ignore` in
 * knowledge/safety.yaml): "back" and "head" as directions (asking the bot to go back, saying one will get back to
 * it, heading off) and "forget" said to the bot about what was said. Found in an independent small-talk set, where
 * "take me back to the start", "I'll head off" and "forget everything I told you" were given the safety net's "see a
 * doctor" advice. Tested in other wording, with the body's back and head, and forgetfulness, beside them.
 */
import { levelOf, safetyScreen } from './loadSafetyData';

const netted = (text: string) => safetyScreen().safetyNet(text) !== null;

describe('back and head as directions are not the body', () => {
  it.each([
    'can you send me back to the list of topics',
    'scroll back to what you said about magnesium',
    'lets go back to the beginning',
    'wrong answer, go back a step',
    'ok I will get back to you tomorrow',
    'back to square one I suppose',
    'anyway I better head off now',
    'heading out, bye',
    'got back home from work, what can I eat for potassium?',
  ])('"%s" gets no safety net and no level', (text) => {
    expect(netted(text)).toBe(false);
    expect(levelOf(text)).toBe('none');
  });
});

describe('the back and the head as the body still count', () => {
  it.each([
    'my back has been aching since Sunday',
    'put my back out moving the sofa and it still hurts',
    'went back to work and my lower back is sore every evening',
    'I need to get my back checked, it throbs at night',
    'banged my head on the car door and it aches',
    'I headed out for a walk and now my head is pounding',
  ])('"%s" still gets the safety net', (text) => {
    expect(netted(text)).toBe(true);
  });

  it('a back with a red flag is still triaged', () => {
    expect(
      levelOf('went back to bed with bad back pain and now I cannot feel between my legs and wet myself'),
    ).toBe('emergency');
  });
});

describe('"forget" said to the bot about the conversation', () => {
  it.each([
    'please forget my last question, I meant potassium',
    'can you forget all that and start again',
    'forget whatever I typed to you earlier',
  ])('"%s" gets no safety net', (text) => {
    expect(netted(text)).toBe(false);
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'I forget what I said halfway through talking lately',
    'I keep forgetting things and feel foggy all day',
    'I forget everything these days, is it my B12?',
  ])('forgetfulness, "%s", still gets the safety net', (text) => {
    expect(netted(text)).toBe(true);
  });
});
