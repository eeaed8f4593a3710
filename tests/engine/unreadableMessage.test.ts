/**
 * A message mostly in words the bot cannot read (another language or script) that nothing answers: the screen
 * cannot tell whether it describes a danger sign, so the reply says the bot reads English and when to get care,
 * never a plain "Sorry, I can't answer" (knowledge/safety.yaml `unreadable`). Written for batch 56, whose red flags
 * in Arabic, Macedonian, Slovene, Romanian and Kriol got that plain decline; the wording here is not the batch's.
 */
import { renderedReply, shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();

describe('a message the bot cannot read', () => {
  it.each([
    'Дедо ми одеднаш не може да зборува и му падна лицето на едната страна',
    'أختي وقعت على الأرض وجسمها يرتجف ولا ترد علينا',
    'Otrok je pogoltnil veliko tablet železa in zdaj bruha',
    'Ο πατέρας μου δεν μπορεί να κουνήσει το πόδι του από το πρωί',
  ])('gets when to get care, with the emergency number, not a plain decline: "%s"', (text) => {
    const result = engine.answer({ text, locale: 'en-GB' });
    expect(result).toMatchObject({ kind: 'fallback', reason: 'unreadable' });
    const reply = renderedReply(engine, kb, text, 'en-GB');
    expect(reply.text).toContain('I can only read English');
    expect(reply.text).toContain('Call 999 now');
  });

  it('an English question the base cannot answer still gets the plain decline', () => {
    expect(engine.answer({ text: 'where can I buy cheap trainers near the station' })).toMatchObject({
      kind: 'fallback',
      reason: 'no-match',
    });
  });

  it('English typed badly is still read as English', () => {
    const result = engine.answer({ text: 'wat iz teh bst vitmin for crmps' });
    expect(result).not.toMatchObject({ reason: 'unreadable' });
  });

  it('a red flag in a language the screen was taught is still triaged', () => {
    expect(
      engine.answer({ text: 'Mon père ne sent plus ses jambes depuis ce matin et il ne peut plus marcher' }),
    ).toMatchObject({
      kind: 'urgent',
    });
  });

  it('a greeting in another language is still small talk, and one or two foreign words are not judged', () => {
    expect(engine.answer({ text: 'Bonjour' })).toMatchObject({ kind: 'help' });
    expect(engine.answer({ text: 'Dobar dan' })).not.toMatchObject({ reason: 'unreadable' });
  });
});
