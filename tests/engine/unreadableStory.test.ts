/**
 * A longer message mostly in words the bot cannot read gets "I can only read English" and when to get care, even
 * where matching found an answer on its few English words, the safety net guessed at a complaint, or a scope was read
 * from a word that only looks English ("tegen" as "teen"). Learned from sealed batch 61 (Dutch, Tok Pisin and Malay
 * stories answered with magnesium, declined or given the safety net); the wording here is not the batch's. A short
 * question keeps its answer.
 */
import { shippedEngine } from '../support/testKit';

const engine = shippedEngine();

describe('a longer story the bot cannot read', () => {
  it.each([
    // an answer matched on "gym", "cola", "magnesium", "cramp"
    'Mijn broer heeft gisteren de hele dag in de gym getraind, nu doen zijn armen heel erg pijn en zijn urine is bruin als cola, helpt magnesium tegen de cramp?',
    // a teenager read from "tegen"
    'Mijn zus heeft al dagen hoofdpijn en ze neemt paracetamol tegen de pijn maar het helpt niet, welke vitamine kan helpen?',
    // the safety net's guess
    'Saya selalu kejang kaki waktu malam sejak bulan lepas, doktor kata mungkin kurang magnesium, makanan apa yang ada magnesium?',
  ])('gets the unreadable reply: "%s"', (text) => {
    expect(engine.answer({ text, locale: 'en-GB' })).toMatchObject({
      kind: 'fallback',
      reason: 'unreadable',
    });
  });
});

describe('what keeps its answer', () => {
  it('a short question in mixed words', () => {
    expect(engine.answer({ text: 'calcium wala khana kaun sa hai bhai?' })).toMatchObject({
      kind: 'answer',
      entry: { id: 'calcium-foods' },
    });
  });

  it('a long question in English', () => {
    const result = engine.answer({
      text: 'My grandmother gets cramps in both calves most nights and her doctor says her potassium is fine, which foods are good sources of magnesium for her?',
    });
    expect(['answer', 'clarify']).toContain(result.kind);
  });
});
