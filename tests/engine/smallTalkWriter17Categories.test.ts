import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-17's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Each
// category's small talk was missed before it was learned; the look-alikes are guards. The languages are read by the
// framing kinds "…-in-other-languages" (knowledge/content.yaml), not by cues, so the small-talk model is unchanged.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('small talk in Luxembourgish, with French and German mixed in', () => {
  it.each([
    ['moien, bot! ass een do?', 'greeting'],
    ['gudde mëtteg, wéi geet et?', 'greeting'],
    ['salut, ça va?', 'greeting'],
    ['merci beaucoup, très utile', 'thanks'],
    ['wat kann ech dech froen?', 'help'],
    ["qu'est-ce que je peux te demander?", 'help'],
    ['nach eng kéier vu vir ufänken, wann ech gelift', 'restart'],
    ['recommençons du début', 'restart'],
    ['nochmals von vorne bitte', 'restart'],
    ['wien huet dëse bot gemaach?', 'disclaimer'],
    ['qui vous a fait?', 'disclaimer'],
    ['äddi, bis geschwënn', 'goodbye'],
    ['à plus tard!', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'merci! est-ce que le magnésium aide contre les crampes?',
    'moien, how much magnesium is too much?',
    'how do you say thank you in Luxembourgish?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk in Romansh and Swiss German', () => {
  it.each([
    ['bun di! co vai?', 'greeting'],
    ['allegra, bot', 'greeting'],
    ['es ti in robot?', 'disclaimer'],
    ['a revair', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['allegra, is zinc good for cramps?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk in Fiji Hindi and Fijian', () => {
  it.each([
    ['ram ram bhai', 'greeting'],
    ['kaise ho bhaiya?', 'greeting'],
    ['bahut dhanyavaad bhai', 'thanks'],
    ['vinaka, bahut accha', 'thanks'],
    ['tum kya kare sakta?', 'help'],
    ['hum kya puchhe sakta?', 'help'],
    ['sab chhodo, phir se shuru', 'restart'],
    ['pehle wala bhool jao', 'restart'],
    ['tum machine hai?', 'disclaimer'],
    ['kon banaya is app ko?', 'disclaimer'],
    ['phir milega bhai', 'goodbye'],
    ['acha, hum jaata', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['ram ram, is potassium good for cramps?', 'acha, what is the best source of iron?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('small talk in Hawaiian and Pidgin', () => {
  it.each([
    ['mahalo plenty, brah', 'thanks'],
    ['it was choke good', 'thanks'],
    ['a hui hou, bot', 'goodbye'],
    ['how dis app work?', 'help'],
    ['who wen make dis app?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['mahalo, how much vitamin D should I take?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('"now then", the Yorkshire greeting, said on its own', () => {
  it.each([['now then, bot', 'greeting']])('"%s" is %s', isSmallTalk);
});

describe('small talk beside waiting for a jab or an appointment', () => {
  it.each([
    ['hi, waiting for my jab, nurse is running late', 'greeting'],
    ['thank you! the clinic is running late', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'hi, waiting for my jab, can I take magnesium the same day?',
    'nurse is running late, how long does a B12 injection take to work?',
    'my period is running late, could that be low iron?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk beside why the typing is rough, or a break', () => {
  it.each([
    ['hiya, mucky hands so sorry for the spelling', 'greeting'],
    ['hi there, on my lunch break, greasy thumbs so excuse typos', 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['my fingers are numb and cold, is that low B12?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('asking what the bot does, beside where the link was found', () => {
  it.each([['what does this do? found the link in an email', 'help']])('"%s" is %s', isSmallTalk);

  it.each(['found the link to an article on magnesium, is it true it helps cramps?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('starting over told as what to forget', () => {
  it.each([
    ['forget what I typed, start over', 'restart'],
    ['ignore everything I wrote, greasy fingers', 'restart'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['forget what I said about zinc, is calcium better for cramps?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('a question weighing two ways, once the model has learned "morning or afternoon" from a greeting', () => {
  it.each([
    'is it better to stretch in the morning or at night?',
    'which is healthier for breakfast, porridge or toast?',
    'morning! is it better to take it with food?',
  ])('"%s" is not small talk', isNotSmallTalk);
});
