import { contextAfter } from '../../src/engine/contextAfter';
import { shippedEngine, shippedKb } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-9's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions, danger signs and other requests.
const engine = shippedEngine();
const { ask, isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('Norwegian and Danish small talk, as cue vocabulary', () => {
  it.each([
    ['god kveld', 'greeting'],
    ['tusen takk!', 'thanks'],
    ['hvad kan du?', 'help'],
    ['start forfra', 'restart'],
    ['er du et menneske?', 'disclaimer'],
    ['vi ses!', 'goodbye'],
    // Said again in English after "sorry" or "I mean": the restatement says nothing of its own.
    ['hvad kan du? sorry, I mean what can you do', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'god morgen, how much vitamin D should I take in winter?',
    'tak, but how much B12 does a vegan need?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("the formal register: a letter's salutation, the functions on offer, who answers for it, ending the session", () => {
  it.each([
    ['To whom it may concern,', 'greeting'],
    ['Dear Sir,', 'greeting'],
    ['is anyone accountable for its content', 'disclaimer'],
    ['I would like to end the session now.', 'goodbye'],
    ['That concludes my enquiries.', 'goodbye'],
    // Ending the session, then "good day" as a parting: a goodbye, not a greeting.
    ['I shall conclude the chat here, good day', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it('a question after a formal opening is a question', () => {
    isNotSmallTalk('to conclude, does magnesium help with cramps at night?');
  });
});

describe('whether the bot is a machine or a person, asked directly or as who one is talking to', () => {
  it.each([
    ['are you a computer?', 'disclaimer'],
    ['am I talking to a human?', 'disclaimer'],
    ['are you a program or a person', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'can a computer program track my vitamin intake?',
    'I was talking to a person at the pharmacy about magnesium',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('cue words spelt by sound, and hedges inside a cue', () => {
  it.each([
    ['wat are the topiks', 'help'],
    ['is this automatik', 'disclaimer'],
    ['what do you actually do', 'help'],
    ['what are you even good for', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['what is magnesium even good for', 'can you really trust vitamin gummies'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('streamers and gamers: "chat" addresses the bot, the stream or match is what they leave for', () => {
  it.each([
    ['sup chat', 'greeting'],
    ['gtg, raid starts in 10', 'goodbye'],
    ['match is starting, laters', 'goodbye'],
    ['going live in 5, bye', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['my calves cramp every time the match starts, why?', 'whats good for cramps?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('night-shift workers: the hour where they are, and a role with where or when it writes', () => {
  it.each([
    ['evening! well, technically morning for me', 'greeting'],
    ['hi, porter here on nights', 'greeting'],
    ['hello, on night shift', 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it('a question or a sign beside the hour is read as one', () => {
    isNotSmallTalk('on night shift and my legs cramp, is it low potassium?');
    isNotSmallTalk('nurse here on a break, is it ok to take B12 at night?');
    expect(ask("it's 3am and my calf is swollen and hot")).toMatchObject({ kind: 'urgent' });
  });
});

describe('love of the bot as thanks, a sarcastic aside, guesses at who is behind it', () => {
  it.each([
    ['love this bot', 'thanks'],
    ['ur goated', 'thanks'],
    ['loving it, thanks', 'thanks'],
    // "love" alone is an endearment, as before.
    ['hiya love, anyone there?', 'greeting'],
    ['what can you do besides waste my time', 'help'],
    ['who made you? a charity? the government?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'I love bananas, do they help cramps?',
    'what can I do besides stretching?',
    'hi, the hospital said my potassium is low',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('how to begin, and starting over on a list or note of another app', () => {
  it.each([
    ['how do I start?', 'help'],
    ['how do I start over?', 'restart'],
    ['bai bai!', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'how do I start taking vitamin D',
    'start a new grocery list',
    'clear my notes',
    'reset the timer',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('after an answer, a follow-up the base half-matched continues the conversation', () => {
  it.each(['vegan options too?', 'what about vegans?'])(
    '"%s" after the B12 foods is not small talk',
    (text) => {
      const result = engine.answer({ text, context: contextAfter(shippedKb(), 'vitamin-b12-foods') });
      expect(result.kind).not.toBe('help');
    },
  );
});
