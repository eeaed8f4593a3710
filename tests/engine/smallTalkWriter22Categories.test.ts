import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-22's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Each
// category has small talk that was missed before it was learned; the look-alikes beside it are guards. The last
// block is the look-alike writer-22 showed taken for small talk (a recipe for a holiday named like thanks).
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('small talk wholly in Cantonese or Portuguese, or both mixed, as Macanese write it', () => {
  it.each([
    ['oi, tem alguém aí? 喂', 'greeting'],
    ['喂喂, está alguém aí?', 'greeting'],
    ['你識做啲乜嘢? o que podes fazer?', 'help'],
    ['em que me podes ajudar?', 'help'],
    ['由頭嚟過 por favor', 'restart'],
    ['esquece tudo, 唔好理啱啱嗰個', 'restart'],
    ['你係咪機械人? és humano ou robô?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'oi, tem alguém aí? is magnesium ok at night?',
    'esquece isso, how much iron do I need?',
    'esquece isso, 唔好理頭先, qual é a dose de ferro?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('Manx and Noongar greetings, thanks and goodbyes', () => {
  it.each([
    ['moghrey mie', 'greeting'],
    ['kaya!', 'greeting'],
    ['gura mie mooar ayd', 'thanks'],
    ['gura mie eu', 'thanks'],
    ['slane lhiu', 'goodbye'],
    ['boorda wah', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['gura mie ayd, what about iron for tiredness?', 'kaya, does zinc help with cramps?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('small talk in Doric, as Aberdonians write it ("fit" what, "fa" who, "min" and "loon" as address)', () => {
  it.each([
    ['fit like the nicht, min?', 'greeting'],
    ["fit's the craic loon?", 'greeting'],
    ['fit can ye dae for me?', 'help'],
    ['fit sort o things can a speir aboot?', 'help'],
    ["fa's at the ither end o this?", 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'fit kind o stretches help wi cramp?',
    'fit vitamins help wi cramp?',
    "fa's at risk of low iron?",
    'how do I keep fit like my brother, does magnesium help?',
    'fit like, is magnesium good for sleep?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("small talk beside the writer's work: what is left to run and nothing to do, or the bake gone back to", () => {
  it.each([
    ["first time here, what do you cover? I've got one tray in and nothing else to do", 'help'],
    ["cheers, that's just what I was after, back to my pastries now", 'thanks'],
    ['Thanks, that is exactly what I was looking for, back to the ovens', 'thanks'],
    ['hey there, the film is running so I have got 25 minutes, hi', 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'hi, the wash is running so I have got 20 mins, can I take iron with coffee?',
    'the reel is running so I have got 20 mins, does potassium help cramps?',
    'back to my cramps question, is it the magnesium?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('thanks with praise of the answer set against something else', () => {
  it.each([
    [
      'Thanks. That reply was concise and well laid out, which is more than I can say for my last meeting.',
      'thanks',
    ],
    ['cheers, that was clear, which is more than I can say for the manual', 'thanks'],
    ['that summary was short and nicely laid out, which is more than my lawyer managed', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'Thanks, which is better for cramps, magnesium or potassium?',
    'cheers, which is better for cramps at night?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('help asked as "what all" for "a fella", as the way to ask, or closed with "please tell"', () => {
  it.each([
    ['what all can ye tell a fella like me?', 'help'],
    ['what all can you tell an old fisherman?', 'help'],
    ['how should one go about asking you things?', 'help'],
    ['is there a set format for asking questions?', 'help'],
    ['do I need to word my questions a certain way?', 'help'],
    ['how do I go about asking you a question? is there a set way to word it?', 'help'],
    ['hiya, what things can I ask about, please tell', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'what all vitamins help with cramps?',
    'is there a particular format for vitamin D, tablets or drops?',
    'is there a right way to take iron tablets?',
    'how should one go about asking a doctor for a B12 test?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('starting over told as rewinding, as starting anew, or with the train of thought lost', () => {
  it.each([
    ['rewind to page one 🙃 start over', 'restart'],
    ['spool it back to chapter one, start again', 'restart'],
    ['forget what I said and start anew, the oven beeped and so did my train of thought', 'restart'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['rewind to the part about potassium, how much is safe?', 'start anew with magnesium, what dose?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('whether the chat is recorded or transcribed, asked out of curiosity, and "who all" reads it', () => {
  it.each([
    ['Is this session being transcribed? Occupational curiosity.', 'disclaimer'],
    ['is this chat being minuted? idle curiosity', 'disclaimer'],
    ['who all is going to see what I type, some stranger from the mainland?', 'disclaimer'],
    ['who all reads what I write here, some clerk from the mainland?', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'who all should take vitamin D?',
    'who all should get a flu jab?',
    'some dingbatter off island told me potassium helps',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('a recipe asked for is not small talk, whatever thanks a holiday named in it sounds like (look-alike)', () => {
  it.each([
    'good stuffing recipe for thanksgiving dinner',
    'easiest cranberry sauce recipe for Thanksgiving?',
    'a recipe for low iron, which foods?',
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    ['thanks for the recipe tip!', 'thanks'],
    ['happy thanksgiving, thanks for all the help', 'thanks'],
  ])('"%s" is %s', isSmallTalk);
});
