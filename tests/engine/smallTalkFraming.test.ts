import { shippedEngine } from '../support/testKit';

// Small talk inside framing (src/engine/SmallTalkFraming.ts, knowledge/content.yaml `framing`): who is asking, that
// questions are coming, praise, a pleasantry, what the person will do with the answer, whether the bot does more
// than its subject. Worded here, not taken from any measured set.
const engine = shippedEngine();
const ask = (text: string) => engine.answer({ text });

describe('a greeting, a self-introduction and an announcement of questions', () => {
  it.each([
    'hi, dietitian in training here, got a few questions',
    "Hello! I'm a swimming coach and I've got some quick questions",
    "good evening, worried daughter here, a couple of questions if that's ok",
    "hey, I'm an office worker, have a few questions, go easy on me",
    'hiya, first time here, got a couple of things to ask',
    'morning, cyclist here with some questions',
    'hello there, my name is Priya, I have a few questions',
  ])('"%s" is asked what to ask', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'help' });
  });
});

describe('thanks with a pleasantry, praise, or what the person will do with the answer', () => {
  it.each([
    'thanks a lot, have a nice afternoon',
    "thank you, I'll jot that down",
    "many thanks, you've been a big help",
    "cheers, I'll pass that on to my mum",
    'thank you, that was really informative',
    'thanks! enjoy your weekend',
    'ty, well explained',
    'thanks for your help, it was really clear',
  ])('"%s" is thanks', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'thanks' });
  });
});

describe('a greeting with a role or a situation, and no question', () => {
  it.each([
    'good afternoon, delivery driver here with a long day ahead',
    "hello! I'm a nurse who works nights, just having a look",
    "hiya, I'm a bricklayer who kneels a lot",
    "hi, I'm recovering from a hip operation and trying to eat better",
    "evening all, I'm in rehab and looking to build my strength back up",
    'morning, just testing the bot out',
    'hey, postie here with bad knees',
  ])('"%s" is greeted', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'greeting' });
  });
});

describe('thanks with what the answer will do for the person', () => {
  it.each([
    "cheers, that'll help with my shopping list",
    'thanks very much, this will be really useful for my team',
    'ta, that should help my revision',
    'thank you! that is perfect for my class',
  ])('"%s" is thanks', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'thanks' });
  });
});

describe('a role or a situation beside a symptom or a question is not small talk', () => {
  it.each([
    'hi, lorry driver here with numb toes after long shifts',
    "I'm a carer who gets dizzy when standing up",
    "hi, I'm a baker who gets swollen ankles",
    'thanks, will that help my cramps?',
    'thanks, that will help my cramps',
    "I'm trying to lose weight, can you give me a diet plan?",
  ])('"%s" is not small talk', (text) => {
    expect(ask(text).kind).not.toBe('help');
  });

  it.each([
    ["hi, I'm in recovery, is it ok to take vitamin B1?", 'thiamin-cautions'],
    ["hello, I'm recovering from surgery, how much vitamin D do I need?", 'vitamin-d-daily-need'],
  ])('"%s" gets %s', (text, id) => {
    expect(ask(text)).toMatchObject({ kind: 'answer', entry: { id } });
  });
});

describe('starting over, in any word order', () => {
  it.each([
    'forget what we said before please',
    'we start again new please',
    'again we start from the beginning',
    'start over we please, forget before',
    'forget what we talked before and start from zero',
    'new beginning please, forget what I said earlier',
  ])('"%s" starts over', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'restart' });
  });
});

describe('whether the bot does something beyond its subject', () => {
  it.each([
    'can you give legal advice or only health info? what can you help with',
    'can u do workouts or just vitamins',
    'just minerals?',
    'do you only cover cramps?',
    'do u talk about other stuff or just supplements',
    'can you write recipes or only answer questions about nutrients?',
    'only vitamins and minerals?',
  ])('"%s" is told what the bot covers', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'help' });
  });
});

describe('a greeting and leave to ask about the subject', () => {
  it.each([
    'hi, can I ask you something about minerals?',
    'hello, may I ask a couple of things about vitamin B12?',
    'hey, is it ok if I ask about calcium?',
    'good afternoon, could I ask some questions about muscle cramps?',
    'hi there, mind if I ask a question about potassium?',
    'hello, would it be alright to ask about deficiencies?',
  ])('"%s" is told to go ahead', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'help' });
  });
});

describe('a real question inside the same framing is answered', () => {
  it.each([
    ['hi, new dad here, how much vitamin D does an adult need?', 'vitamin-d-daily-need'],
    ['hello, nurse here, what foods are high in magnesium?', 'magnesium-foods'],
    ['hey, cyclist here, why do my calves cramp at night?', 'night-leg-cramps'],
    ["good morning, I'm a vegetarian, where do I get vitamin B12?", 'vitamin-b12-foods'],
    ['thanks, and which foods have potassium?', 'potassium-foods'],
  ])('"%s" gets %s', (text, id) => {
    expect(ask(text)).toMatchObject({ kind: 'answer', entry: { id } });
  });
});

describe('look-alikes stay answers or declines', () => {
  it.each([
    'can you order my prescription',
    'can you only get vitamin B12 from meat?',
    'do you need calcium or just vitamin D for strong bones?',
    'can you get cramps from low potassium or only from low magnesium?',
    'hi, can I ask about my car insurance?',
    "I'm a teacher, can you mark my essays?",
    'forget magnesium, is potassium better for cramps?',
    "hi, I'm a runner with numb toes, got some questions",
    'is it only vitamins that cause cramps?',
    "I'll take vitamin D every day from now, is that ok?",
    'hello, diabetic here, does magnesium affect blood sugar?',
    'thanks, but what about iron?',
  ])('"%s" is not small talk', (text) => {
    expect(ask(text).kind).not.toBe('help');
  });
});

describe('a request for help that closes an introduction the base has no answer for', () => {
  it.each([
    'Morning! Retired teacher here, not very techy. What sort of things do you know about?',
    'hello, just had my gallbladder out last month, what kind of questions can you take?',
    "evening all, I'm new to all this online stuff. what can you help me with?",
  ])('"%s" is asked what to ask', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent: 'help' });
  });

  it('a question about another topic after an introduction is declined: "I\'m a plumber. What can you tell me about boilers?"', () => {
    expect(ask("I'm a plumber. What can you tell me about boilers?")).toMatchObject({ kind: 'fallback' });
  });

  it('advice asked about another topic does not address the bot: "my laptop keeps crashing, what should I do?"', () => {
    expect(ask('my laptop keeps crashing, what should I do?')).not.toMatchObject({ kind: 'help' });
  });

  it('a question after content the base half-matched asks about that content, not for help', () => {
    expect(ask('my GP says my potassium is a bit low, what happens now?')).not.toMatchObject({
      kind: 'help',
    });
  });

  it('own symptoms before "what can you do?" keep the safety net', () => {
    expect(ask('hi, my calf has been numb and tingling since yesterday. what can you do?')).toMatchObject({
      kind: 'fallback',
      reason: 'safety-net',
    });
  });
});

describe('a clause written without its comma: "and", "so" or "then" before a new subject', () => {
  it.each([
    ['please wipe all the things I asked you earlier and we begin again from the very start', 'restart'],
    ['kindly forget all my earlier messages and let us start the whole thing over', 'restart'],
    ['ignore everything I typed before and we go again from the top please', 'restart'],
    ['cheers for all the info today and I hope the rest of your evening is nice', 'thanks'],
  ])('"%s" is read clause by clause: %s', (text, intent) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent });
  });

  it.each([
    'I stopped my statin and I still get cramps every night',
    'my mum takes B12 and we want to know if she needs more',
    'thanks, and I was wondering which foods have potassium',
    'I feel fine so I wonder if I even need vitamin D tablets',
  ])('"%s" is still a question, not small talk', (text) => {
    expect(ask(text).kind).not.toBe('help');
  });
});

describe('a clause that only addresses the bot says nothing of its own', () => {
  it.each([
    ['see ya, bot', 'goodbye'],
    ['many thanks, chatbot', 'thanks'],
    ['good evening, dear robot', 'greeting'],
    ['hello there, AI', 'greeting'],
    ['night night, mr robot', 'goodbye'],
  ])('"%s" is %s', (text, intent) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent });
  });

  it('a name for the bot beside a question still asks it, and alone it is still a call for help', () => {
    expect(ask('thanks bot, are you a real doctor though?')).toMatchObject({
      kind: 'help',
      intent: 'disclaimer',
    });
    expect(ask('robot?')).toMatchObject({ kind: 'help', intent: 'help' });
    expect(ask('my robot hoover broke, ha. which foods have magnesium?')).toMatchObject({ kind: 'answer' });
  });
});
