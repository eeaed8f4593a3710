/**
 * The categories learned from sealed batch 59 (Solomon Islands Pijin, Cape Breton and Labrador, Hutterite and
 * Pennsylvania Dutch speakers, Louisiana Creole, Glaswegians and Doric speakers, Ulster and Kerry, lobster
 * fishermen, people on warfarin, Tasmanians and outback Australians, Chatham and Stewart Islanders), each tested in
 * wording written for it, not the batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe("a creole written in English-looking words, without English's small words, is a message the bot cannot read", () => {
  it.each([
    'Mama blong mi hem garem bigfala pein long hed distaem, hem no save wokabaot gud, hem toktok olsem krangge, wanem nao mi save duim fo hem?',
    'Pikinini blong mi hem kasem fiva tri dei nao, distaem hem no save wekap gud, hem slip nomoa, olsem wanem?',
  ])('"%s" gets the unreadable reply', (text) => {
    expect(safetyScreen().unreadable(text)?.message).toMatch(/I can only read English/);
  });

  it.each([
    // Telegraphic English drops the small words, but its words read as English.
    'Kidney op 10 days ago. Home now. Right calf swollen sore warm. Left fine. Walk ok? Magnesium ok?',
    'Gym 6 days. Heavy squats. Feel good. Magnesium supplement needed or food enough for recovery?',
    // English typed fast, with few small words and many typos, uses different ones.
    'cramp in foot last nite lasted 1min wentaway wen i strecht no swelin no numbnes whatfood',
  ])('"%s" is read', (text) => {
    expect(safetyScreen().unreadable(text)).toBeNull();
  });
});

describe('urine told as normal is neither too little nor dark', () => {
  it.each([
    'not too bad really, pee looks normal, just achy legs after the gym',
    'legs sore after the half marathon, not terrible, urine is fine and clear, which drink is best?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('on a statin, aching with the urine told as fine is seen within days', () => {
    expect(
      ruleOf('my mate is on atorvastatin, legs weak and sore, not bad pain, urine is fine, should he stop?'),
    ).toBe('statin-muscle-pain');
  });

  it('urine that has stopped is still an emergency', () => {
    expect(levelOf('not peed since yesterday and my thighs are agony after the spin class')).toBe(
      'emergency',
    );
  });
});

describe('calf pain on walking that goes while the person stands or leans somewhere is rest relief', () => {
  it.each([
    'I smoke. Walking to the shop my calves cramp up after about 15 minutes and I stand at the wall till it goes',
    'diabetic here, my calf cramps after about 10 minutes on the treadmill and I have to stop till it goes, then fine',
  ])('"%s" is the artery pattern: the time says when it starts, not how long it lasts', (text) => {
    expect(ruleOf(text)).toBe('walking-calf-pain');
  });

  it('a cramp that lasts and does not go with rest still is urgent', () => {
    expect(ruleOf('calf cramp for 40 minutes now and it will not let go even when I rest')).toBe(
      'cramp-over-ten-minutes',
    );
  });
});

describe('German cramp words', () => {
  it.each([
    'for a month now I get Beinkrämpfe almost every night, they wake me up, what am I missing?',
    'seit Wochen jede Nacht Wadenkrämpfe, every night for six weeks, is it magnesium?',
  ])('"%s" is frequent cramps', (text) => {
    expect(ruleOf(text)).toBe('frequent-cramps');
  });
});
