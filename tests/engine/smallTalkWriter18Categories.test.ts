import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-18's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Each
// category's small talk was missed before it was learned, and the look-alikes beside it are guards; the last three
// blocks are the look-alikes writer-18 showed taken for small talk, each small talk before. The languages are read by
// the framing kinds "…-in-other-languages" (knowledge/content.yaml), not by cues, so the small-talk model is unchanged.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('small talk in Inuktitut, in Roman letters and in syllabics', () => {
  it.each([
    ['ullaakkut', 'greeting'],
    ['unnukkut, qanuippisi?', 'greeting'],
    ['ᐅᓪᓛᒃᑯᑦ', 'greeting'],
    ['ᖃᓄᐃᑉᐱᑦ?', 'greeting'],
    ['nakurmiik', 'thanks'],
    ['ᓇᑯᕐᒦᒃ', 'thanks'],
    ['tavvauvusi', 'goodbye'],
    ['ᑕᕝᕙᐅᕗᓯ', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'ullaakkut, how much vitamin D do I need in the dark months?',
    'nakurmiik! is seal liver high in vitamin D?',
    'how do you write qujannamiik in syllabics?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk in Rotuman, Yapese and Kosraean', () => {
  it.each([
    ["noa'ia 'e mauri", 'greeting'],
    ["noa'ia from Suva", 'greeting'],
    ['mogethin', 'greeting'],
    ['eku wo', 'greeting'],
    ["faiåkse'ea", 'thanks'],
    ['kammagar', 'thanks'],
    ['kulo ma lulap', 'thanks'],
    ['kefel', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['mogethin, does breadfruit have potassium?', 'what does kammagar mean in Yapese?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('small talk in Tokelauan, Cook Islands Maori and Nauruan', () => {
  it.each([
    ['meitaki ranuinui', 'thanks'],
    ['meitaki atupaka, that was clear', 'thanks'],
    ['fakafetai lele lahi', 'thanks'],
    ['tubwa kor, very clear', 'thanks'],
    ['e noho ra, time for bed', 'goodbye'],
    ['tofa ni, my taxi is here', 'goodbye'],
    ['tofa soifua', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'kia orana, is taro leaf high in calcium?',
    'meitaki! can I take magnesium with my blood pressure pills?',
    'how do you say meitaki maata in English?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('a microphone tested, and a performer’s patter, beside a greeting or thanks', () => {
  it.each([
    [
      'mic check, one two, one two! *taps the screen* sorry, occupational hazard, I run the library storytime. hello!',
      'greeting',
    ],
    [
      'abracadabra! hey presto! and now for my next illusion… hello from the street magician by the station',
      'greeting',
    ],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'testing testing, is magnesium good for cramps?',
    'how do I test my vitamin D at home?',
    'I do magic shows and my hands shake, which vitamin helps?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('praise of the answer by comparison', () => {
  it.each([
    [
      'that was clearer than the pamphlet from the chemist. cheers, thanks a lot, have a lovely evening, bot',
      'thanks',
    ],
  ])('"%s" is %s', isSmallTalk);

  it.each(['is magnesium glycinate better than citrate?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('a quiet spell at work, beside small talk', () => {
  it.each([
    [
      'good afternoon from the florist on the corner. quiet afternoon here, nobody has been in for ages, so hello!',
      'greeting',
    ],
    [
      'hello there. slow morning at the bookshop, no customers yet. what do you cover? give me the catalogue',
      'help',
    ],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'quiet day at the shop, should I take B12 with food?',
    'slow afternoon, my calves keep cramping while I stand, why?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('sleep coming at last, told on leaving at night', () => {
  it.each([
    [
      "ok, I think I'm finally getting sleepy. thanks again for all the answers, have a lovely night. bye bye, bot",
      'goodbye',
    ],
    ['off to bed', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'I feel sleepy all day, could it be low vitamin D?',
    'finally sleepy but my calves keep cramping, what should I do?',
    'getting sleepy after my magnesium, is that normal?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('a letter closed with a sign-off and the name in clauses of its own', () => {
  it.each([
    [
      'Would you be so kind as to tell me what subjects you can help with? Warmest regards, Mrs. P. Q. Oldfield (retired)',
      'help',
    ],
    [
      'I wish to thank you most sincerely for your patient answers this morning. Respectfully yours, Capt. R. J. Meeks',
      'thanks',
    ],
    [
      'I would be grateful to learn whether a real doctor checks what you say. With kind regards, Dr. (Mrs.) A. Venn',
      'disclaimer',
    ],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'Could you tell me whether vitamin D helps with cramps at night? Yours truly, Mrs. B. Hale',
    'Kind regards, is it safe to take calcium with my thyroid tablets?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('whether the bot is a person or a machine, the machine first or one pretending to be the other', () => {
  it.each([
    ['are you a robot or a woman?', 'disclaimer'],
    [
      'Be straight with me: are you a real woman pretending to be a chatbot? It is half past three am and I am wary',
      'disclaimer',
    ],
    ['It is gone 2 am and I am curious. who made you?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['are robots taking over pharmacy jobs?', 'is the pharmacist a real person or a machine?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('whether someone else is a real person or a doctor', () => {
  it.each([
    ['is this a real person?', 'disclaimer'],
    ['is there a real human on the other end?', 'disclaimer'],
    ['is the AI a real doctor?', 'disclaimer'],
  ])('"%s" is still %s: it asks about the bot', isSmallTalk);

  it.each([
    'is Alexa a real person?',
    'is my osteopath a real doctor?',
    'is Cortana a human or a program?',
    'is Father Christmas real?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('how one thing compares with another, asked', () => {
  it.each(['is that quicker than taking tablets?', 'thanks! are gummies better than capsules?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe("a device's storage or a browser's cache, cleared", () => {
  it.each([
    'my tablet says storage almost full, how do I clear it?',
    'chrome is so slow, how do I clear the cache',
    'my inbox is overflowing, how do I empty it',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('advice on what to tell someone else, once the model has learned from writer-18', () => {
  it.each([['how do I ask you something?', 'help']])('"%s" is still %s: it asks the bot', isSmallTalk);

  it.each([
    'my flatmate keeps messaging hi and then nothing, how do I tell her to just ask?',
    'what do I say to them when they just say hello?',
  ])('"%s" is not small talk', isNotSmallTalk);
});
