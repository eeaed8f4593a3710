import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-8's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions, complaints, danger signs and other requests.
const engine = shippedEngine();
const { ask, isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('Malay and Indonesian small talk, as cue vocabulary', () => {
  it.each([
    ['selamat petang', 'greeting'],
    ['apa kabar?', 'greeting'],
    ['makasih ya', 'thanks'],
    ['terima kasih, sampai jumpa', 'goodbye'],
    ['mulakan semula', 'restart'],
    ['kamu dokter?', 'disclaimer'],
    ['bot ni boleh buat apa?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'selamat pagi, is magnesium ok with metformin?',
    'terima kasih, tapi how much vitamin D does a teenager need?',
    'tolong, my legs cramp every night',
    'doktor said my B12 is low, what should I eat',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('Scots and Geordie greetings, thanks and endearments', () => {
  it.each([
    ['awright, you there?', 'greeting'],
    ['hoos it gaun', 'greeting'],
    ['ta hen', 'thanks'],
    ["that's canny, ta pet", 'thanks'],
    // The "alright" of thanks is still thanks.
    ['alright, thanks', 'thanks'],
    ['alright', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'is hen of the woods mushroom good for vitamin D?',
    'canny sleep with these cramps',
    'my pet dog has cramps',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('praise of the bot by name is thanks', () => {
  it.each([
    ['clever bot!', 'thanks'],
    ['smart bot', 'thanks'],
    ['good robot', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['is there a good bot for tracking my vitamins?', 'which is a good bot for diet plans'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe('where the person writes from, or has just come in from, beside a greeting (framing.kinds whereabouts)', () => {
  it.each([
    ['morning from a very wet Cornwall', 'greeting'],
    ['hiya from a rainy bus stop', 'greeting'],
    ['just in from the school gates', 'greeting'],
    ['evening from the night ferry', 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it('never a part of the body, nor a sign beside it', () => {
    expect(ask('hi, between my toes is itchy and numb').kind).not.toBe('help');
    expect(ask('hello from my bed, my calf is swollen and hot')).toMatchObject({ kind: 'urgent' });
    expect(ask('just back from a run and my calf is cramping')).toMatchObject({ kind: 'answer' });
    expect(ask('hello from Lagos, how much vitamin D do I need?')).toMatchObject({ kind: 'answer' });
  });
});

describe('who made the bot, whether it can be trusted, where its content comes from, whether it is automatic', () => {
  it.each([
    ['who programmed you?', 'disclaimer'],
    ['who developed this chatbot', 'disclaimer'],
    ['can u be trusted tho', 'disclaimer'],
    ['what is the provenance of this information', 'disclaimer'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'can vitamin D tablets from Amazon be trusted?',
    'who built the first vitamin D test',
    'is an automatic blood pressure cuff accurate',
    'how were the vitamin D guidelines generated',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("starting over with the reason told: a slip of one's own, or asking for someone else now", () => {
  it.each([
    ['clear it all please, my bad', 'restart'],
    ['reset please, asking on behalf of my neighbour now', 'restart'],
    // Laughter ("lol") pads small talk: it is thanks only alone.
    ['start over lol', 'restart'],
    ['bye lol', 'goodbye'],
    ['lol', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it('a slip or a person that tells of a dose or a sign is still read as one', () => {
    expect(ask('I messed up my vitamin D dose, took two by mistake').kind).not.toBe('help');
    expect(ask("asking for my dad, his feet are numb and he can't feel the floor").kind).not.toBe('help');
    expect(ask('for my mum: how much calcium does she need?').kind).not.toBe('help');
  });
});

describe('leaving for what the person must get back to (framing.kinds duty)', () => {
  it.each([['class is starting, laters', 'goodbye']])('"%s" is %s', isSmallTalk);

  it('a question beside it is answered', () => {
    isNotSmallTalk('my shift starts at 6, when should I take magnesium?');
  });
});

describe('a thought dropped mid-message (framing.kinds second-thought)', () => {
  it.each([
    ['thanks so much!! hold on i had another- nah nvm thats it, thanks', 'thanks'],
    ['thank you so much!! oh wait i had one more thing- no sorry thats it, thank you', 'thanks'],
  ])('"%s" is %s', isSmallTalk);

  it('a thought that goes on to a cramp is a question', () => {
    isNotSmallTalk('thanks, wait, I had another cramp last night, is that normal?');
  });
});

describe('the scope guessed first, then what else is asked; the nature of the answers offered as an alternative', () => {
  it.each([
    ['just cramps or do you do other stuff as well?', 'help'],
    ['is it only cramps or do you handle other things too', 'help'],
    ['are you giving medical advice or just general info', 'disclaimer'],
    ['is this real medical advice or just general information?', 'disclaimer'],
    // Unchanged: the scope asked the other way round.
    ['can you do recipes or just vitamins?', 'help'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['just magnesium or do you need potassium too?', "is it just cramps or do you think it's a clot?"])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe("a farewell in predictive text's spelling or a teenager's word, said and never asked", () => {
  it.each([
    ['buy for now!', 'goodbye'],
    ['good by!', 'goodbye'],
    ['deuces', 'goodbye'],
    // "let's see" tries the bot out; it is no "see you".
    ["ok let's see", 'greeting'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'is the big tub a good buy?',
    'is that a good buy?',
    'peace of mind about my B12 levels',
    'where can I buy magnesium',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('thanks that turn ("but") to a question ask it', () => {
  it.each([
    "cheers but I'm 80, still ok?",
    "thanks but I'm vegan, still fine?",
    "thanks for that but I'm on dialysis, is that still alright?",
    "thank you, but is it safe if I'm on warfarin?",
  ])('"%s" is not small talk', isNotSmallTalk);

  it('thanks that turn to nothing asked, or to a question for the bot, are still small talk', () => {
    isSmallTalk('thanks, but no thanks', 'thanks');
    isSmallTalk('thanks! but what else can you do?', 'help');
  });
});
