import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-15's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and questions that are not about the bot. Each
// category's small talk was missed before it was learned; the look-alikes and controls are guards.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('greetings, thanks and farewells in Buryat, Kalmyk and Russian (Cyrillic), the bot called "бот"', () => {
  it.each([
    ['сайн байна, бот', 'greeting'],
    ['мендвт, ты здесь?', 'greeting'],
    ['здравствуйте! есть кто?', 'greeting'],
    ['баярлаа, бот!', 'thanks'],
    ['большое спасибо, ты молодец', 'thanks'],
    ['баяртай, бот', 'goodbye'],
    ['всё, мне пора. до встречи', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'привет! как часто можно пить магний?',
    'спасибо. а сколько витамина D нужно в день?',
    'translate спасибо into English',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('what the bot can do, starting over and what it is, asked in Russian and Buryat', () => {
  it.each([
    ['а что вы умеете?', 'help'],
    ['чем ты можешь помочь?', 'help'],
    ['забудь всё, начнём заново', 'restart'],
    ['ты человек или бот?', 'disclaimer'],
    ['кто тебя создал?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);
});

describe('small talk in Upper Sorbian', () => {
  it.each([
    ['dobre ranje, bot', 'greeting'],
    ['wulki dźak!', 'thanks'],
    ['božemje, bot', 'goodbye'],
    ['sy ty čłowjek?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);
});

describe('small talk in Asturian, Spanish and German', () => {
  it.each([
    ['muches gracies, ho', 'thanks'],
    ['hasta llueu, bot', 'goodbye'],
    ['¿qué puedes hacer?', 'help'],
    ['was kannst du so?', 'help'],
    ['borra todo, bot', 'restart'],
    ['vergiss alles bitte', 'restart'],
    ['bot, ¿yes una persona o una máquina?', 'disclaimer'],
    ['wird alles gespeichert?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['gracies, ¿y el magnesiu val pa los calambres?', 'wie sagt man danke auf Asturisch?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('small talk in Chamorro, Palauan and Teochew', () => {
  it.each([
    ['håfa adai, bot!', 'greeting'],
    ['alii, bot', 'greeting'],
    ["si yu'os ma'åse', bot", 'thanks'],
    ['mesulang, bot', 'thanks'],
    ['mechikung, bot', 'goodbye'],
    ['kam sia, bot', 'thanks'],
    ['多謝, bot', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['håfa adai, is calcium good for night cramps?', 'kam sia, can B12 make my feet tingle?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('what the bot covers asked as its range, as what it is set up to answer, or as anything besides it', () => {
  it.each([
    ['curious what your range is', 'help'],
    ['what are you set up to help with?', 'help'],
    ['can you do stuff other than cramps?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['what else causes cramps besides low magnesium?', 'what is the normal range for vitamin D?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('starting over told as a new song', () => {
  it.each([['right, new song, new topic', 'restart']])('"%s" is %s', isSmallTalk);
});

describe('whether to trust the bot, asked for someone else, and who else sees what is typed', () => {
  it.each([
    ['my uncle wants to know if he can believe the bot', 'disclaimer'],
    ['can the library volunteers read what I type?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'my gran wants to know if she can take magnesium with her pills',
    'hi! my dad wants to know whether he needs a blood test',
    'can my GP see my vitamin D results online?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('a question about the bot closed with "or not"', () => {
  it.each([
    ['so is this medical advice or not?', 'disclaimer'],
    ['is this a substitute for my doctor or not?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['does calcium help cramps or not?', 'is it bad to stretch a cramp or not'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});
