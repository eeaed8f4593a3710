import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-19's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Each
// category's small talk was missed before it was learned, and the look-alikes beside it are guards; the last block is
// the look-alike writer-19 showed taken for small talk (asking how a small-talk word is written), each small talk
// before. The languages are read by the framing kinds "…-in-other-languages" (knowledge/content.yaml), not by cues, so
// the small-talk model is unchanged.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('small talk in Kwéyòl, the Creole of St Lucia and Dominica', () => {
  it.each([
    ['bonswè tout moun! sa ka maché?', 'greeting'],
    ['kouman zot yé?', 'greeting'],
    ['mèsi bokou, sa bèl menm', 'thanks'],
    ['ou fè an bon travay', 'thanks'],
    ['orevwa! a dèmen', 'goodbye'],
    ['bon, mwen ka pati. Bonnwit', 'goodbye'],
    ['Ki sa ou ka fè pou mwen?', 'help'],
    ['ou sa édé mwen souplé?', 'help'],
    ['annou koumansé ankò', 'restart'],
    ['oubliyé tout sa', 'restart'],
    ['ou sé an robo oben an moun?', 'disclaimer'],
    ["kimoun ki fè'w?", 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'Bonjou, ki manjé ki ni magnésium?',
    'mèsi! èskè B12 ka édé pou kwanp?',
    'how do you say mèsi bokou in English?',
    'kité sa, ki vitamin ki bon pou janm?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk in the English Creoles of Antigua, Montserrat and St Vincent', () => {
  it.each([
    ['Evenin evenin. Me deh ya up in Look Out, jus checkin if yuh workin tonight', 'greeting'],
    ['Good mawnin. Me deh ya in Barrouallie', 'greeting'],
    ['tenks plenty, it help me out fi real', 'thanks'],
    ['tanks a bunch, real nice', 'thanks'],
    ['mi soon come', 'goodbye'],
    ['wha yuh can do fi we?', 'help'],
    ['wha kinda tings yuh know bout?', 'help'],
    ['wha yuh good fah, eh?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'wha yuh could tek fi cramp?',
    'tenks, wha food have potassium?',
    'me foot gone numb, wha vitamin me need?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("small talk padded by the writer's scene: a slow line, a child or a pet, the farm, a place signed off from", () => {
  it.each([
    [
      'Hi all, anyone there? Writing from the ferry and the signal keeps cutting out so please be patient with me',
      'greeting',
    ],
    ['evening from the boat, finally got the wifi back at last', 'greeting'],
    ['hi! sorry, toddler bashing the keyboard. hi again', 'greeting'],
    ['Ta very much, sorted. Off out to the ewes now.', 'thanks'],
    ['g2g, the twins are yelling', 'goodbye'],
    ['cheerio, the little one is awake', 'goodbye'],
    ['bye all, the grandkids say bye too', 'goodbye'],
    ['Signing off from the bothy. All the very best.', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'the baby is awake all night with leg cramps, is that normal?',
    'my toddler says his legs hurt at night, is that growing pains?',
    'my wifi keeps dropping, what can I do?',
    'the signal is poor here, can I still ask about vitamin D?',
    'My son wants to know if dogs get cramps. Do they?',
    'the kids say their legs ache after football, should they take magnesium?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('what the bot does, asked precisely or sceptically', () => {
  it.each([
    ['Right, before I burn my entire coffee break on this: what exactly is your remit?', 'help'],
    ["what is this bot's remit, precisely?", 'help'],
    ['What are you actually for, besides regurgitating Wikipedia?', 'help'],
    ['is it just the vitamin stuff or more than that?', 'help'],
    ['do you only cover cramps or anything else besides?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'what is the remit of a dietitian?',
    'beyond bananas, what foods have potassium?',
    'do you only get cramps from low magnesium or more than that?',
    'what is the purpose of vitamin K?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('a question about the bot told with a reason or a time', () => {
  it.each([
    ['am I chatting to a real person at the moment?', 'disclaimer'],
    ['am I texting with a bot right now?', 'disclaimer'],
    [
      'does anyone else see what I type in this chat? the whole office shares one login, so I do wonder',
      'disclaimer',
    ],
    ["sorry, quick question, are you a real person? my nephew says you're software", 'disclaimer'],
    ['quick question: are you actually human? my grandson reckons you are not', 'disclaimer'],
    ['Can I take what you tell me as fact, or should I check with the pharmacist?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'am I talking to the right person about my B12 results?',
    'is my blood test result confidential? my GP sent it by email so I do wonder',
    'should I take magnesium as well or check with my GP first?',
    'quick question: is magnesium safe? my grandson reckons it is',
    'is vitamin D safe in pregnancy? my sister had problems so I do wonder',
    'is this chat private? my doctor said to ask about B12, so I do wonder',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('thanks in text-speak', () => {
  it.each([
    ['tx again', 'thanks'],
    ['ok tx m8', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['tx for low b12?', "what's the usual tx for night cramps?"])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('how a small-talk word is written, asked for a clue, a card or a letter', () => {
  it.each([
    'is it "thank you" or "thankyou" in a formal letter?',
    'how many letters in "hello"?',
    'is "thankyou" written as one word?',
    "should it be 'bye-bye' or 'bye bye' on the card?",
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    ['thanks, sorry for my spelling', 'thanks'],
    ['ta! eight letters for that: GRATEFUL', 'thanks'],
  ])('"%s" is still %s', isSmallTalk);
});

describe('once the model has learned from writer-19: the bot\'s favourite anything, and "that\'ll do" as thanks', () => {
  it.each(['what is your favourite film?', "so what's your fave song, bot?"])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );

  it.each([
    ['right, that will do for my notes', 'thanks'],
    ['what do you like talking about?', 'help'],
  ])('"%s" is %s', isSmallTalk);
});

describe('a case put as a question ("what if …"), once the model has learned from writer-19', () => {
  it.each(['thanks! what if I need more than that?', 'and what happens if I go over that?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('who runs, owns or pays for the bot, as shipped once writer-19 is learned from', () => {
  it.each([
    ['who funds this app?', 'disclaimer'],
    ['who maintains you?', 'disclaimer'],
    ['who pays for this service?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'who runs the NHS website?',
    'who runs the vitamin D clinic at the hospital?',
    'who owns the pharmacy on the high street?',
    'is there a cramp clinic nearby? who runs it?',
  ])('"%s" is not small talk', isNotSmallTalk);
});
