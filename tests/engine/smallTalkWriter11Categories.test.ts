import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-11's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions, danger signs and tasks for other apps. Each
// category's small talk was missed before it was learned; the look-alikes are guards, kept as they were.
const engine = shippedEngine();
const { ask, isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe("a ship's-log register: a log heading, a time stamp, the weather and who is speaking pad small talk", () => {
  it.each([
    ['1400 hours. Sea calm, visibility good, barometer steady. Skipper speaking. Hello bot.', 'greeting'],
    ["Ship's log, 0630 hrs: made contact with the robot.", 'greeting'],
    ['0200 hrs, weather foul, wind NE force 6. Thanks for the help.', 'thanks'],
    ['Log entry: session concluded.', 'goodbye'],
    // What it is for and knows, asked as a briefing.
    ['Report your capabilities and your areas of expertise.', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'Log: cramp in my left calf since 0400 hrs, what helps?',
    'wind and cramps at night, is that magnesium?',
    'does sea salt have enough magnesium?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("a sailor's farewell: fair winds, the watch ended, going below", () => {
  it.each([
    ['fair winds and following seas, bot', 'goodbye'],
    ['end of watch, fair winds all', 'goodbye'],
    ['going below decks now, fair winds and following seas', 'goodbye'],
    ['Log closed, end of the watch. Fair winds', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it('a question after the watch is a question', () => {
    isNotSmallTalk('after the night watch I always get calf cramps, why?');
  });
});

describe('an aside about a third party beside small talk: what they say, think or want to know pads it', () => {
  it.each([
    ["hello! my neighbour says you're really clever", 'greeting'],
    ["Hello! my pharmacist reckons you're handy", 'greeting'],
    ['cheers, the barman was right about this thing', 'thanks'],
    ["Are you a real nurse? Back in Cork we like to know who we're dealing with", 'disclaimer'],
    // Asking for a colleague of the trade, not announcing a question.
    ['Is this real medical advice or just a bot? Asking for a fellow chef', 'disclaimer'],
    ['are you a person? asking for a fellow teacher', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'hi, my physio said magnesium helps cramps, is that true?',
    'hi, my doctor says my vitamin D is low, what should I take?',
    // Beside what someone else said, a question that points back asks about it, not about the bot.
    'my GP told me to get a blood test first. What will it show?',
    // An amount someone else gave is a dose to ask about.
    'hi, the label says 1000 IU',
  ])('"%s" is not small talk', isNotSmallTalk);

  it('an alternative after a question goes on asking it, beside an aside', () => {
    isSmallTalk('In my street we ask first. Are you a nurse, or a bot?', 'disclaimer');
  });
});

describe('where the person sits as they write, and an apology for their English or typing', () => {
  it.each([
    ['good evening! sat at the bar with a cider', 'greeting'],
    ['hello, sat in the car park with a coffee', 'greeting'],
    ['hello, perched on the roof with one hand free', 'greeting'],
    ['morning, one hand on the pram so excuse typos', 'greeting'],
    ['sorry for my bad English, what can you do?', 'help'],
    ['Hello! Excuse my bad grammar, what can you do?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'sitting at my desk all day gives me cramps, why?',
    'hi, sat on the sofa and my calf cramped, what do I do?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("the stage's register: thou and thy, a vocative, a person or mere clockwork, a director's call to go again", () => {
  it.each([
    ['Speak plainly, spirit: art thou a machine?', 'disclaimer'],
    ['Tell me true: art thou a person?', 'disclaimer'],
    ['Tell me true, are you made of flesh and blood?', 'disclaimer'],
    ['Art thou a machine, or flesh and blood?', 'disclaimer'],
    ['Is there a person behind this, or mere clockwork?', 'disclaimer'],
    ['Say plainly, oracle, what canst thou do?', 'help'],
    ['once more with feeling, start again', 'restart'],
    ['once more with feeling please, reset', 'restart'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'does art class count as exercise for leg cramps?',
    'I take two magnesium tablets, is that too much?',
    'every time we run the dance again from the top my calf cramps, why?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('thanks in Wolof and Italian, and a word glossed in English', () => {
  it.each([
    ['jerejef bot', 'thanks'],
    ['grazie mille!', 'thanks'],
    ['Jerejef - it means thanks in Wolof', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['grazie, and is calcium safe with my thyroid tablets?', 'how do you say thank you in Wolof?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('praise told as what the bot saved, or how handy it is', () => {
  it.each([
    ['brilliant, you rescued my evening', 'thanks'],
    ["brilliant, you've saved my day", 'thanks'],
    ['Oh thank you! You have saved my rehearsal', 'thanks'],
    ['this is really handy', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it('whether it saved something, asked, is the disclaimer; whether a thing is handy for cramps is a question', () => {
    isSmallTalk('have you saved my messages?', 'disclaimer');
    isNotSmallTalk('is a heat pad handy for cramps?');
  });
});

describe('whether what is typed is kept or passed on, told as a wish, is the disclaimer', () => {
  it.each([
    ["hello. I don't want my health stuff shared", 'disclaimer'],
    ["thanks. I'd rather my health details were kept private", 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it("a wish about one's body is no privacy", () => {
    isNotSmallTalk("I don't want my cramps to come back, what helps?");
  });
});

describe("what calls the person away, in the personas' trades: the next load, the curtain", () => {
  it.each([
    ['signing off, the next load is called', 'goodbye'],
    ['right, bye, the curtain is up', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it('a question about the flight is a question', () => {
    isNotSmallTalk('my flight is boarding soon, will flying give me cramps?');
  });
});

describe('starting over after a slip: a mistake made, the thread lost, the conversation named', () => {
  it.each([
    ['Hello, how are you? I made a mistake, can we restart the conversation from the top please?', 'restart'],
    [
      'I lost my bearings, sorry. Could we start the whole conversation again from the very beginning please?',
      'restart',
    ],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'made a mistake with my dose, what now?',
    // Still: a question only the model reads as starting over, beside other clauses, asks something.
    "I'm done with fish oil, can I get everything from my meals?",
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('an aside about the person is an aside, whatever the small-talk model reads in it', () => {
  it.each([
    ['start again please, my son kept typing hello', 'restart'],
    ['reset please, my grandson was typing hi to you', 'restart'],
  ])('"%s" is %s', isSmallTalk);
});

describe('look-alikes: setting up another app, lyrics and code are tasks for it', () => {
  it.each([
    'set my status to gone fishing, see you monday',
    'set an out of office saying thanks and goodbye',
    'thanks a million, now finish the lyrics',
    'hello world in javascript please',
  ])('"%s" is not small talk', isNotSmallTalk);

  it('"I set" tells what the person did', () => {
    isSmallTalk('hi, I set this up for my dad', 'greeting');
  });
});

describe("look-alikes: the topics of a syllabus or an exam, and how to talk with one's GP or pharmacist", () => {
  it.each([
    'what topics are on the music syllabus this term',
    'which topics are in the history exam this year',
    'how should I talk to my pharmacist about this',
    'how should I talk to my GP about this',
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    ['what topics are in this app?', 'help'],
    ['what subjects do you cover?', 'help'],
  ])('"%s" is still %s', isSmallTalk);

  it('a sign beside small talk is still triaged', () => {
    expect(ask("hi, sat in the garden and suddenly can't feel my left arm")).toMatchObject({
      kind: 'urgent',
    });
  });
});
