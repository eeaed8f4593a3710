import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-13's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions, danger signs, the ER as a place and tasks
// for other apps. Each category's small talk was missed before it was learned; the look-alikes are guards.
const engine = shippedEngine();
const { ask, isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('a hesitation "er" is no ER, and "I mean," asks no meaning', () => {
  it.each([
    ['um, er, hello there', 'greeting'],
    ['er, hello?', 'greeting'],
    ['Good evening, folks at home... er, sorry, I mean, chatbot!', 'greeting'],
    ['good morning, viewers... er, I mean, bot', 'greeting'],
    ['Sorry, typo. I mean, are your replies checked by anyone?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'should I go to the ER with a cramp that will not stop?',
    'went to the er last night with a cramp, er, should I go back?',
    'I mean, what causes cramps at night?',
    'what do you mean by a charley horse?',
  ])('"%s" is not small talk', isNotSmallTalk);

  it('the ER as a place still finds when a cramp is an emergency', () => {
    for (const text of ['should i go to the er for a leg cramp', 'when should I go to ER with a cramp'])
      expect(ask(text)).toMatchObject({ kind: 'answer', entry: { id: 'urgent-leg-cramp-signs' } });
  });

  it('a danger sign after a hesitation is still triaged', () => {
    expect(ask("er, I suddenly can't feel my left arm and my face is drooping")).toMatchObject({
      kind: 'urgent',
    });
  });
});

describe('greetings in Cockney, Scouse, Singlish and Newfoundland English', () => {
  it.each([
    ['alright mate', 'greeting'],
    ['alright mucker', 'greeting'],
    ['alright la', 'greeting'],
    ['how ya doin, mucker', 'greeting'],
    ['whaddya at, boy?', 'greeting'],
    ["whaddya at b'y, how ya doin", 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it('"alright" after a question still answers it', () => {
    isNotSmallTalk('my calf still cramps at night, is that alright?');
  });
});

describe('greetings, thanks and farewells in Korean, Flemish and West Frisian, and the gloss after them', () => {
  it.each([
    ['annyeonghaseyo chatbot-nim', 'greeting'],
    ['안녕하세요!', 'greeting'],
    ['goeie moarn, bot', 'greeting'],
    ['gomapseumnida!', 'thanks'],
    ['Gamsahamnida, bot', 'thanks'],
    ['감사합니다', 'thanks'],
    ['daag bot!', 'goodbye'],
    ['tot de volgende keer!', 'goodbye'],
    ['oant letter!', 'goodbye'],
    ['annyeonghi gaseyo', 'goodbye'],
    ['Oant sjen, bot (Frisian for bye)', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);
});

describe('how a word is said in another language asks a translation', () => {
  it.each([
    'how do you say hello in Tagalog',
    'how do you say hello in Frisian?',
    'how to say hello in Flemish',
    'how would I say hello in Scouse',
    'how do you say hello in Cockney',
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    // Kept before this category too.
    'how do you say thanks in Frisian?',
    'how would you say goodbye in Welsh',
    'how do I say no to my GP about statins',
  ])('"%s" is still not small talk', isNotSmallTalk);
});

describe("a persona's patter pads small talk: bingo calls, a quiz host's round, a rhyme's padding", () => {
  it.each([
    ['Eyes down for a full house, hi there', 'greeting'],
    ['hello bot, in prose or in rhyme', 'greeting'],
    ['hi, in rhyme or in verse', 'greeting'],
    ['Round two: what can you do? Go on.', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it('"off you go" after a question was read already', () => {
    isSmallTalk('Round two: what can you do? Off you go.', 'help');
  });

  it('a question after a bingo call is a question', () => {
    isNotSmallTalk('legs eleven, and both of them cramp at night, why?');
  });
});

describe('praise told as a treasure, sung or scored, and thanks put formally', () => {
  it.each([
    ["you've been an absolute treasure, ta", 'thanks'],
    ['I will sing your praises like a choir', 'thanks'],
    ['that is a full house from us', 'thanks'],
    ['top job', 'thanks'],
    ['Your answers were noted with gratitude.', 'thanks'],
    ['The assistance is received with appreciation.', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it('praise before a question still asks it', () => {
    isNotSmallTalk("you're a gem, but my calf cramps every night, why?");
  });
});

describe('what the bot is and who made it, asked in verse, in slang or in Dutch', () => {
  it.each([
    ['are you alive or are you wires?', 'disclaimer'],
    ['who made this thing?', 'disclaimer'],
    ['straight answer please: who built ya?', 'disclaimer'],
    ['ben je een robot?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it('trusting a dose is a question about the dose', () => {
    isNotSmallTalk('can I trust the magnesium dose you gave me?');
  });
});

describe('what the bot can do, asked formally, in slang, as leave to ask more or about where it runs', () => {
  it.each([
    ['Could you please set out the range of the questions with which you can help?', 'help'],
    ['Kindly describe the scope of the matters on which you can advise.', 'help'],
    ['Would you kindly outline your remit?', 'help'],
    ['giz a rundown of what you can do', 'help'],
    ['gis a summary of what you can do', 'help'],
    ['wot are you good for exactly?', 'help'],
    ["what's your schtick, bot?", 'help'],
    ['does it work the same on a tablet as on a phone?', 'help'],
    ['is it just about minerals or can I ask about anything else?', 'help'],
    ['is it only about vitamins or can I ask about other things as well', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'is magnesium good for cramps or can I ask about zinc too?',
    'does magnesium work the same as calcium?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("look-alikes: starting over on the paperwork of one's trade is a task for it", () => {
  it.each([
    'delete the old invoice and start a new one',
    'start over on the timesheet',
    'reset the receipts and start fresh',
    'scrap that receipt and start again',
  ])('"%s" is not small talk', isNotSmallTalk);

  it('starting over here still starts over', () => {
    isSmallTalk('scrap that and start again please', 'restart');
  });
});

describe('a medicine or diet the vocabulary names asks about it, however the small-talk model reads the rest', () => {
  // A guard for learning writer-13 (its "what can you …" help moved such questions over the model's 0.7).
  it.each([
    'what about statins, same deal?',
    'What minerals do you lose if you take water pills?',
    'what do you lose on laxatives?',
    'what do I lose on diuretics',
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    ['hi, I am vegan, just saying hello', 'greeting'],
    ['hello, vegetarian here', 'greeting'],
    ['do you have a medical licence?', 'disclaimer'],
    ['I need to give Dad his evening meds now, bye for now', 'goodbye'],
  ])('"%s" is still %s', isSmallTalk);
});
