import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-12's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions, danger signs and tasks for other apps. Each
// category's small talk was missed before it was learned; the look-alikes are guards, kept as they were.
const engine = shippedEngine();
const { ask, isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('radio procedure: a general call, a call sign, coming on and going off the air pad small talk', () => {
  it.each([
    ['CQ CQ, this is M0ABC calling the bot, does anyone copy?', 'greeting'],
    ['QRZ? this is K1XYZ calling the chatbot', 'greeting'],
    ['do you read me? over', 'greeting'],
    ['thanks for the info, 73 to everyone', 'goodbye'],
    ['73, over and out', 'goodbye'],
    // What it is for, asked as a request over the air or by letter.
    ['requesting a summary of your functions, over', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    '73, but first, does zinc help cramps? over',
    'CQ, question for you: is salt good for cramps? over',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('thanks, goodbyes and "who made you" in Estonian and Latvian', () => {
  it.each([
    ['tänan, very clear', 'thanks'],
    ['aitäh, bot', 'thanks'],
    ['paldies!', 'thanks'],
    ['nägemist, bot', 'goodbye'],
    ['head aega!', 'goodbye'],
    ['kes sind tegi?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['aitäh, but is zinc good for cramps?', 'paldies, which foods have magnesium?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('a greeting to everyone, where the person writes from and what they have just come off', () => {
  it.each([
    ['evening! just off the late bus', 'greeting'],
    ['hi, just finished my stall for the day', 'greeting'],
    ['Evening, setter! (7 letters)', 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'from the hide: my calf cramps when I sit still, why?',
    'just off a 12 hour shift and my feet are numb, what helps?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('leaving: "I\'m off", back to the person\'s craft, word of mouth after thanks', () => {
  it.each([
    ['ok I’m off', 'goodbye'],
    ['right, back to the allotment, cheers', 'thanks'],
    ["cheers, I'll tell the lads at the darts club about you", 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each(["hello, I'm off work with cramps, what can I eat?", 'back to work after a cramp, is that ok?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe("starting over in a game's terms", () => {
  it.each([
    ['back to square one please', 'restart'],
    ['set the men back up, start the chat over', 'restart'],
    ['set the pieces up again please', 'restart'],
  ])('"%s" is %s', isSmallTalk);

  it('square one beside a sign is a question', () => {
    isNotSmallTalk('back to square one, cramps are back, what now?');
  });
});

describe('how the person is with computers, the role they ask as, the style they want', () => {
  it.each([
    ['tell me what you cover, I grow veg, not a tech person', 'help'],
    ['please confirm what services the chatbot is able to provide', 'help'],
    ['what are your best subjects? asking as a darts player, quiz style', 'help'],
    // The scope guessed by naming what the base covers, then "other things": asks what the bot covers.
    ['do you only answer questions about leg cramps or other things as well', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it('a role beside a question on the subject is a question', () => {
    isNotSmallTalk('asking as a runner, does magnesium help cramps?');
  });
});

describe('whether it is a person, asked with "it", and whether to check elsewhere', () => {
  it.each([
    ['is it a real person behind this chat? in Fiji we like to know who is listening', 'disclaimer'],
    ['can I trust your answers or should I double check it', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    // "it" after what someone else said still points back at it.
    'my neighbour says magnesium helps. Is it a real thing?',
    'can I trust supplements from the market or should I double check them',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("look-alikes: the topics of a quiz or a crossword, and a visit to one's GP or nurse", () => {
  it.each([
    'which subjects are in the Christmas quiz this year?',
    "I'm going to the nurse on Monday, what should I ask for?",
    "I'm seeing the pharmacist later, what should I ask for?",
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    ['what topics do you cover?', 'help'],
    // A carer named as who is asking, not one to be seen.
    ["hi, I'm a practice nurse, what can you do?", 'help'],
  ])('"%s" is still %s', isSmallTalk);

  it('a sign beside radio procedure is still triaged', () => {
    expect(ask("CQ CQ, this is G0XYZ, I suddenly can't feel my left arm, over")).toMatchObject({
      kind: 'urgent',
    });
  });
});

describe('guards for learning writer-12: privacy asked as a question, back to the beginning with a question tag', () => {
  it.each([
    ['are you saving my messages and sharing them?', 'disclaimer'],
    ['do you store my questions or sell them?', 'disclaimer'],
    ['take it back to the start would you', 'restart'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'do you sell vitamin D?',
    'do you keep magnesium in stock?',
    'go back to the beginning of the article',
    'go back to the start of the video',
  ])('"%s" is not small talk', isNotSmallTalk);
});
