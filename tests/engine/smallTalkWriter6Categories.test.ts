import { shippedEngine } from '../support/testKit';

// Issue 11's categories read from writer-6's misses and from what learning writer-6 turned into small talk, each in
// wording written here (not taken from any measured set), with look-alikes that must stay what they are.
const engine = shippedEngine();
const ask = (text: string) => engine.answer({ text });

describe('how a person says they feel is a complaint, never small talk (framing.feelingWords)', () => {
  it.each([
    // "out", "off" and "all in" read as leaving, "under the weather" as starting over, before.
    'kinda washed out today',
    'feeling a bit off today',
    "I'm shattered",
    "I'm all in",
    'under the weather',
    "I'm off colour today",
    'bit worn out lately',
    'done in after the night shift',
    'proper run down this week',
  ])('"%s" is not small talk', (text) => {
    expect(ask(text).kind).not.toBe('help');
  });

  it.each([
    ["cheers, I'm off", 'goodbye'],
    ["right, I'm off now, bye", 'goodbye'],
  ])('leaving is still leaving: "%s" is %s', (text, intent) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent });
  });
});

describe('a question the model reads as help or the disclaimer may be about something else', () => {
  it.each([
    // Whether a thing helps: "help" after a subject that is not the bot.
    'do warm baths actually help you sleep better',
    'would a glass of milk help you nod off',
    // Advice on a worry told before the question (framing.worryWords), the question not naming the bot.
    "I'm anxious about the op next week, what do I do",
    "I'm nervous about the long drive tomorrow, what should I do?",
    // Whether a thing is checked or qualified, naming neither the bot nor what it says or keeps (framing.botThings).
    'are sports drinks approved by doctors?',
    'is a pharmacist qualified to give advice on pills?',
  ])('"%s" is not small talk', (text) => {
    expect(ask(text).kind).not.toBe('help');
  });

  it.each([
    ['can you help me with something', 'help'],
    ['does this bot help with questions about food', 'help'],
    ["I'm a bit nervous, never used a chatbot before, what can you do?", 'help'],
    ['are your answers checked by anyone?', 'disclaimer'],
    ['is my data kept anywhere?', 'disclaimer'],
    ['can I trust the info here?', 'disclaimer'],
  ])('about the bot: "%s" is %s', (text, intent) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent });
  });
});

describe("writer-6's categories as cue vocabulary, in other wording", () => {
  it.each([
    // Welsh and Northern English, Dutch, German, Scandinavian, Turkish and Arabic greetings, thanks and farewells.
    ['bore da!', 'greeting'],
    ['eh up', 'greeting'],
    ['merhaba', 'greeting'],
    ["diolch, that's great", 'thanks'],
    ['tack!', 'thanks'],
    ['bedankt', 'thanks'],
    ['doei', 'goodbye'],
    ['gule gule', 'goodbye'],
    ['night all', 'goodbye'],
    ['gotta dash', 'goodbye'],
    // Thanks told as praise or a debt.
    ["you're the best", 'thanks'],
    ['I owe you one', 'thanks'],
    // How to use the chat itself.
    ['what are the buttons for?', 'help'],
    ['should I use keywords?', 'help'],
    // Whether a person or a machine answers; what is kept of what is said.
    ['is there someone behind this or is it automatic?', 'disclaimer'],
    ['are you a real human', 'disclaimer'],
    ['do you keep recordings of what I say?', 'disclaimer'],
    // An endearment for the bot is a name (framing.addressWords).
    ['bye then, pal', 'goodbye'],
    ['thanks, friend', 'thanks'],
  ])('"%s" is %s', (text, intent) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent });
  });

  it.each([
    'how do I reset the buttons on my car radio',
    "what happens to my muscles when I'm low on magnesium",
    'what happens to my body if I stop eating meat',
    'merhaba, is vitamin D safe in pregnancy?',
    'my friend gets cramps every night',
    'sweet dreams are made of this song lyrics',
  ])('"%s" is not small talk', (text) => {
    expect(ask(text).kind).not.toBe('help');
  });
});
