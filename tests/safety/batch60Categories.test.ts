/**
 * The categories learned from sealed batch 60 (Guyanese Creolese, Bahamians, Krio and English, Malawians, West
 * Texans, Cumbrians and Lancashire folk, West Country farmhands, oil rig workers, people sleeping rough, Chamorro
 * families), each tested in wording written for it, not the batch's, with guards for what must stay as it is.
 */
import { normalizeText } from '../../src/text';
import { levelOf, ruleOf } from './loadSafetyData';

describe('a supposition opened with "say", whoever it is about', () => {
  it.each([
    "say me nan's calf went red and hot after her flight, would that be a clot or just cramp?",
    'say our lad took twenty of his iron tablets, what would happen?',
    "say yer husband had a fit at the table, who d'you ring first?",
    'say the baby swallowed a vitamin d capsule, is that dangerous?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'I have to say her calf is red, hot and swollen since the long flight yesterday',
    'she say her calf is hot and red and swollen since the long bus ride',
    'he say all the calf is swollen and hot since the flight, only the one leg',
  ])('"say" in a report keeps the sign: "%s"', (text) => {
    expect(levelOf(text)).toBe('urgent');
  });
});

describe('a stroke or heart attack sworn to or laughed off', () => {
  it.each([
    "the boss is on the warpath, I swear I'm about to have a heart attack. anyway, does magnesium help stress?",
    'this queue is endless, gonna have a stroke lmao, what vitamins help energy',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('the signs told beside it are still read', () => {
    expect(
      ruleOf("I swear I'm having a stroke lol, one side of my face has dropped and my arm is numb"),
    ).toBe('stroke-signs');
  });
});

describe('an overdose asked of what is to come, after food', () => {
  it.each([
    'polished off a whole tub of cashews on the drive, am I going to overdose on magnesium?',
    'my daughter drank a whole carton of milk, is she gonna overdose on calcium?',
  ])('"%s" is no alarm', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('tablets counted before the question keep the overdose', () => {
    expect(ruleOf('swallowed 25 magnesium tablets an hour ago, will I overdose?')).toBe('overdose');
  });
});

describe('a count of tablets told as the second thing taken', () => {
  it.each([
    'he ate a yoghurt and 14 of my potassium pills',
    'she took her inhaler and 40 paracetamol',
    'had a cuppa and 12 iron tablets by mistake',
  ])('"%s" is an overdose', (text) => {
    expect(ruleOf(text)).toBe('overdose');
  });

  it.each([
    'had leg cramps and 8 tablets of magnesium over the week did nothing',
    'I took my statin and 6 other tablets this morning like every day',
  ])('a cramp told first, or the rest of a regimen, is none: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a face or mouth moved to one side, with any verb', () => {
  it.each([
    'all of a sudden my wife’s mouth slipped to one side',
    'grandad’s face has gone one side since lunch and he looks confused',
  ])('"%s" is a stroke', (text) => {
    expect(ruleOf(text)).toBe('stroke-signs');
  });

  it('a face that hurts when the head turns is no droop', () => {
    expect(levelOf('my face aches when I turn to one side, is that low vitamin D?')).toBe('none');
  });
});

describe('speech lost told as not being able', () => {
  it.each([
    'my uncle is not able to speak clearly since an hour ago',
    'out of nowhere she suddenly could not speak at the dinner table',
    'he no able talk good since this morning',
  ])('"%s" is a stroke', (text) => {
    expect(ruleOf(text)).toBe('stroke-signs');
  });

  it.each([
    "can't talk long, on my break, which magnesium is best?",
    'my son is two and not able to talk much yet, does he need vitamin d?',
  ])('a busy person or a small child is none: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('the open vowels of West African spellings', () => {
  it('are read as the Latin vowels they are written for', () => {
    expect(normalizeText('Ɛ tɔn wan saed')).toBe('e ton wan saed');
  });
});
