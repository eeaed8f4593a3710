import { shippedEngine } from '../support/testKit';

const engine = shippedEngine();
const ask = (text: string) => engine.answer({ text });

describe('small talk worded unlike any listed phrase', () => {
  it.each([
    ['heyyy, anybody there?', 'greeting'],
    ['bonjour', 'greeting'],
    ['cheers for explaining all that', 'thanks'],
    ['gracias amigo', 'thanks'],
    ['not sure what to ask, any examples?', 'help'],
    ['wipe the slate, new topic please', 'restart'],
    ['forget what I said earlier', 'restart'],
    ['ok gotta go now', 'goodbye'],
    ['logging off, take care', 'goodbye'],
    ['can I actually rely on what you tell me', 'disclaimer'],
  ])('"%s" is %s', (text, intent) => {
    expect(ask(text)).toMatchObject({ kind: 'help', intent });
  });

  it.each([
    'hi, how much magnesium do i need',
    'thanks, and what foods have potassium?',
    'what if I take more than that?',
    'is the vitamin d blood test accurate',
    'can you help with my leg cramps at night',
  ])('"%s" is a question, not small talk', (text) => {
    expect(ask(text).kind).not.toBe('help');
  });

  it.each(['how do I reset my router password', 'translate good morning into spanish', 'what is bitcoin'])(
    'reads "%s" as another topic, not as small talk',
    (text) => {
      expect(ask(text)).toMatchObject({ kind: 'fallback' });
    },
  );
});
