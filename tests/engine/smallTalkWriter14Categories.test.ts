import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-14's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and questions that are not about the bot. Each
// category's small talk was missed before it was learned; the look-alikes and controls are guards.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('greetings, thanks and farewells in Finnish, Northern Sami, Tok Pisin and Bislama', () => {
  it.each([
    ['moikka bot', 'greeting'],
    ['gude, bot', 'greeting'],
    ['bures, bot', 'greeting'],
    ['kiitti, bot', 'thanks'],
    ['kiitos paljon', 'thanks'],
    ['giitu, bot!', 'thanks'],
    ['tenkyu, bot', 'thanks'],
    ['hei hei, bot!', 'goodbye'],
    ['näkemiin!', 'goodbye'],
    ['lukim yu, bot', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);
});

describe('what the bot is, who made it and what it can do, asked in Finnish and Tok Pisin', () => {
  it.each([
    ['oletko robotti?', 'disclaimer'],
    ['husat i mekim dispela?', 'disclaimer'],
    ['mitä osaat, bot?', 'help'],
  ])('"%s" is %s', isSmallTalk);
});

describe('asked formally, as clergy and older writers do, and a blessing at parting', () => {
  it.each([
    ['On what matters can you advise, kindly?', 'help'],
    ['what matters can you advise on, bot?', 'help'],
    ['may I ask whether I am speaking with a person?', 'disclaimer'],
    ['Farewell, may your evening be peaceful.', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    // Controls, read so before this category too.
    ['Thank you kindly. Blessings upon you and your makers.', 'thanks'],
    ['Bye now, and may the week be good.', 'goodbye'],
  ])('"%s" is still %s', isSmallTalk);

  it('a question beside a blessing is still a question', () => {
    isNotSmallTalk('bless you for the help, but why do my calves cramp at night?');
  });
});

describe('whether anyone reads the messages', () => {
  it.each([['is anybody reading this at all?', 'disclaimer']])('"%s" is %s', isSmallTalk);
});

describe('a letter’s sign-off and typing in gloves pad small talk', () => {
  it.each([
    ['hello, kind regards, sent from my tablet', 'greeting'],
    ['hi. gloves on, soz for typos', 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['my hands cramp when I wear gloves, why?', 'regards, can magnesium stop my calf cramps?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe("look-alikes: an age asked is no greeting, whatever the model hears of 'how are you' in it", () => {
  it.each(['how old r you, bot', 'how old is this bot anyway?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('look-alikes: what helps with something asks for a remedy, never what the bot does', () => {
  it.each(['what helps with hot flushes at night', 'anything good for hot flushes?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('gratitude told formally for a clear answer is thanks, not clearing the chat', () => {
  it.each([
    ['Grateful for your clear replies, bot.', 'thanks'],
    ['so grateful for the clear answers', 'thanks'],
    ['so grateful for the clear answers, warm regards', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it('asking to clear the chat after thanks still starts over', () => {
    isSmallTalk('grateful for the clear advice, can you clear the chat now?', 'restart');
  });
});

describe('look-alikes: whether it will rain or snow is a weather question, however it ends', () => {
  it.each([
    'will it rain in Hull this afternoon, the washing is on the line',
    'is it going to snow tonight? got to walk the dog later',
  ])('"%s" is not small talk', isNotSmallTalk);
});
