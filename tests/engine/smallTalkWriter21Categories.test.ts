import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-21's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Each
// category has small talk that was missed before it was learned; the look-alikes beside it are guards. The last
// blocks are the two look-alikes writer-21 showed taken for small talk (help with another app, a clue for a word).
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe("a greeting padded by the writer's scene: a machine's time left, a whim to say hi, who is writing from where", () => {
  it.each([
    [
      'hiya. waiting at the launderette with 15 minutes left on the washer, so thought I would say hello',
      'greeting',
    ],
    ['u awake still?', 'greeting'],
    ['yo, only me from the tow yard haha', 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'hi, sitting at the laundromat with 20 mins left, is it ok to take magnesium at night?',
    'you up at night with leg cramps too? what helps?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('thanks told with praise or with a quiet spell at work', () => {
  it.each([
    ['aww cheers, you are a real star', 'thanks'],
    ['ahh you are an absolute gem, ta hun', 'thanks'],
    ['Cheers. Nothing stirring in the reading room today so that was a good read', 'thanks'],
    ['thank you. little going on at the gallery today so that was a good read', 'thanks'],
    ['Thanks! just me and the security monitors as it is', 'thanks'],
    // Praise of what was read, after any scene, not only a quiet spell told one way.
    ['cheers, quiet shift on the rig, so this is a great read', 'thanks'],
    ['ta. nothing going on at the depot tonight so that was an interesting read', 'thanks'],
    ['cheers, a slow afternoon in the shop so this was a useful read', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['thanks. nothing happening in my legs at night, why do they cramp?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('a goodbye with the work the person goes back to', () => {
  it.each([
    ['Bye now, back to the crossword', 'goodbye'],
    ['Logging off. Bye, back to my rounds.', 'goodbye'],
    ['logging off, cheerio. right, back to the truck', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['back to my question about B12, how much do I need?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('what the bot is set up to answer, asked before starting', () => {
  it.each([
    ['which topics were you built to handle?', 'help'],
    ['Before I start: what kind of stuff were you set up to answer?', 'help'],
    ['Before we begin: what sort of things are you designed to cover?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['what kinds of magnesium are best for cramps?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('starting over with a Sesotho address, or with the next question told as on its way', () => {
  it.each([
    ['ignore my previous message abuti, different question coming', 'restart'],
    ['forget everything I said ntate, new topic coming', 'restart'],
    ['scrap that last one, fresh topic incoming', 'restart'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['forget that, new question: does coffee affect iron?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('the disclaimer in Brunei Malay', () => {
  it.each([
    ['awak ni orang atau robot bah?', 'disclaimer'],
    ['ada orang baca kah ni?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['awak ni, kaki kejang malam, kenapa?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('whether someone reads the chat, whether chats are logged, whether they go to a doctor: the disclaimer', () => {
  it.each([
    ['anyone watchin these messages at your end?', 'disclaimer'],
    ['is this conversation monitored or stored at all?', 'disclaimer'],
    ['when I type stuff here, does it get sent to my GP or anyone?', 'disclaimer'],
    ['will my questions be passed to my employer?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['should my blood test results go to my GP?', 'is my magnesium level recorded in my notes?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe("a request for help with another app's settings is not small talk (look-alike)", () => {
  it.each([
    'could you help me switch off the notifications on my phone?',
    'can you help me turn off Slack notifications? they keep pinging',
    'how do I get to the settings in Outlook, hello?',
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([['can you help me?', 'help']])('"%s" is %s', isSmallTalk);
});

describe('a crossword clue for a small-talk word is not small talk (look-alike)', () => {
  it.each(['want a good clue for GOODBYE, something witty', 'give me an anagram of thanks'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );

  it.each([['a clue for you: what can you do?', 'help']])('"%s" is %s', isSmallTalk);
});
