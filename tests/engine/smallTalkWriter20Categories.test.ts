import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-20's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Each
// category has small talk that was missed before it was learned; the look-alikes beside it are guards. The last block
// is the look-alike writer-20 showed taken for small talk (thanks followed by a question of its own). The languages
// are read by the framing kinds "…-in-other-languages" (knowledge/content.yaml), not by cues, so the small-talk model
// is unchanged by them.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('small talk in the Western Caribbean English Creoles (Jamaica, the Bay Islands, San Andrés, the Corn Islands)', () => {
  it.each([
    ['whappen mi bredda, yu deh deh?', 'greeting'],
    ['wah yu a seh, mi fren?', 'greeting'],
    ['how yu deh, mi sista?', 'greeting'],
    ['bless up mi fren', 'thanks'],
    ['tenk yu mon', 'thanks'],
    ['lata mon', 'goodbye'],
    ['show mi wha yu kyan du', 'help'],
    ['figet dat, nex ting', 'restart'],
    ['mek wi staat ova', 'restart'],
    ['yu a robot?', 'disclaimer'],
    ['a who mek yu?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'tenk yu mon, wha food have magnesium?',
    'forget dat, wha vitamin good fi cramp?',
    'how do you say tenk yu in Jamaican patois?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk in Welsh', () => {
  it.each([
    ['Sut dach chi heddiw?', 'greeting'],
    ['Prynhawn da bawb', 'greeting'],
    ['Noswaith dda! or in English, good evening', 'greeting'],
    ['diolch o galon', 'thanks'],
    ['wela i chi yn fuan', 'goodbye'],
    ["beth wyt ti'n gallu gwneud?", 'help'],
    ['sut mae hyn yn gweithio?', 'help'],
    ['dechrau eto', 'restart'],
    ['anghofia hynny', 'restart'],
    ["wyt ti'n feddyg go iawn?", 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['bore da, which foods have vitamin D?', 'how do you say diolch in English?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe("small talk padded by the writer's scene: waiting on a departure or the weather, a tool in the mouth, a place to lock up", () => {
  it.each([
    // A clock time ("6:45") is inside its clause, no clause break.
    ["Hello! last ferry isn't till 6:45 so I have a few minutes", 'greeting'],
    ['evening. pencil between my teeth so pardon the spelling. hello', 'greeting'],
    ['Bye for now, the caretaker needs the hall locked up', 'goodbye'],
    ["right, I'm off, the manager wants the shop shut early. bye", 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    "hi, next bus doesn't leave till 10, is it ok to take magnesium on an empty stomach?",
    'morning, the weather is not cooperating, what helps cramps in the cold?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("thanks for patience, with an apology for asking a lot or for one's English", () => {
  it.each([
    [
      'thank you for being so patient with me, I know I have asked loads today and my English is not very good',
      'thanks',
    ],
    ['cheers for putting up with all my questions', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['thanks for your patience, is it safe to take B12 every day?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('starting over told plainly: cancel it, skip it, ignore the last question, move on', () => {
  it.each([
    ['cancel this please', 'restart'],
    ['skip it', 'restart'],
    ['delete my previous message, wrong one', 'restart'],
    ['lets move onto something different', 'restart'],
    ['Start over. I mixed it up, too much on my mind today.', 'restart'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'cancel my appointment with the GP',
    'how do I cancel my gym membership?',
    'can I drop it to half a tablet?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("the bot's reliability and where what it knows comes from", () => {
  it.each([
    ['are you ever wrong?', 'disclaimer'],
    ['could you be mistaken?', 'disclaimer'],
    ['how do you know all this?', 'disclaimer'],
    ["where does this bot's knowledge come from?", 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'can my blood test be wrong?',
    'where does vitamin D come from?',
    'how do you know if you are low on B12?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('thanks followed by a question of its own about a topic is the question, not thanks', () => {
  it.each([
    'thanks, that helped. do energy drinks count for hydration?',
    'thanks that was great. do ice baths count as recovery?',
    'thanks, that helped. do crisps count for salt?',
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    ['thanks, that helped. what else can you do?', 'help'],
    ['Goedemorgen! Is anybody on the other end?', 'greeting'],
  ])('"%s" is %s', isSmallTalk);
});

// Found when the model learned from writer-20: its readings moved other folds' messages, each kept by a category of
// its own (these read as wanted on the base too, where the model read them; they guard the readings the rules now
// give whatever the model reads).
describe('whom the person is talking to, asked as such, is help (as "who are you?" is)', () => {
  it.each([
    ['who am I chatting with here?', 'help'],
    ['what am I talking to exactly?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['who am I supposed to talk to about my B12 results?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('who answers for the bot or its content is the disclaimer', () => {
  it.each([
    ['thanks. and who is accountable for this service?', 'disclaimer'],
    ['what organisation is accountable for the answers?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['who is responsible for my care?', 'which department is responsible for vitamin D testing?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('whether the bot is a doctor or a person, asked as a conclusion drawn, is the disclaimer', () => {
  it.each([
    ['so you are not a qualified nurse, eh?', 'disclaimer'],
    ["oh so you're just a bot then?", 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(["so you're not a doctor then, can I take magnesium with my pills?"])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});
