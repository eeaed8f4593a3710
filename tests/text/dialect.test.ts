import { commonEnglishWords, expandWords, normalizeText, readDialect, tokenize } from '../../src/text';
import { DIALECT_WORDS } from '../../src/text/dialect';

/** A message as triage reads its words: normalised, then contractions and dialect spellings expanded. */
const read = (raw: string): string => expandWords(tokenize(normalizeText(raw))).join(' ');

// Sentences written for this test (Scots, Irish and Northern English forms), none taken from a labelled batch.
describe('Australian and New Zealand English words are read as the standard words', () => {
  it.each([
    ['my legs cramp every arvo on the job', 'my legs cramp every afternoon on the job'],
    ['brekkie is just a cuppa', 'breakfast is just a cup of tea'],
    ['been living on the dunny since the tablets', 'been living on the toilet since the tablets'],
    ['im vego, do i need b12', 'i am vegetarian do i need b12'],
  ])('"%s" → "%s"', (raw, expected) => {
    expect(read(raw)).toBe(expected);
  });
});

describe('texting shorthand for times and spans is read as the words it shortens', () => {
  it.each([
    ['tired all wk. b12 or iron?', 'tired all week b12 or iron'],
    ['calf cramps every nite for 3 mths', 'calf cramps every night for 3 months'],
    ['been dizzy since yday, worse 2day', 'been dizzy since yesterday worse today'],
    ['had it b4, abit achy 2nite', 'had it before a bit achy tonight'],
    ['took 4 tabs in 2 hrs, rly sick', 'took 4 tabs in 2 hours really sick'],
  ])('"%s" → "%s"', (raw, expected) => {
    expect(read(raw)).toBe(expected);
  });
});

describe('dialect spellings are read as the standard English words they stand for', () => {
  it.each([
    // "-nae" verbs and "nae" the determiner
    ['Ah cannae get a breath in', 'i can not get a breath in'],
    ['nae numbness, nae weakness', 'no numbness no weakness'],
    ['ah dinnae ken', 'i do not know'],
    ['she disnae ken why', 'she does not know why'],
    ['it wisnae sore an it isnae red', 'it was not sore an it is not red'],
    ['ye wouldnae believe it', 'you would not believe it'],
    // Geordie and Northern forms
    ['Ah divvent feel reet', 'i do not feel right'],
    ['the doctor said nowt aboot it', 'the doctor said nothing about it'],
    // respellings
    ['Ma feet get cauld, baith o them', 'my feet get cold both of them'],
    ["ma mooth's tingly roon the edges", 'my mouth tingly round the edges'],
    ['Dae ah jist take mair?', 'do i just take more'],
    ["ah'm feart tae go oot", 'i am scared to go out'],
    ['took the hale bottle o tablets', 'took the whole bottle of tablets'],
    ['whit dae ah need', 'what do i need'],
    ['ma da has a sair heid', 'my dad has a sore head'],
    ["it's aw swollen", 'it is all swollen'],
    // "aye": "always" after a verb or a pronoun, "yes" elsewhere
    ["Ah'm aye tired", 'i am always tired'],
    ['aye it still hurts', 'yes it still hurts'],
  ])('"%s" reads "%s"', (raw, expected) => {
    expect(read(raw)).toBe(expected);
  });

  it.each([
    // "ah" the exclamation, "ma" the mother, "o" the letter, the time and the Pidgin particle, "aw" the sigh
    ['ah well never mind', 'ah well never mind'],
    ['my ma says she is fine', 'my ma says she is fine'],
    ['ma a salama', 'ma a salama'],
    ["at two o'clock", 'at two o clock'],
    ['good evening o', 'good evening o'],
    ['blood type o', 'blood type o'],
    ['aw no not again', 'aw no not again'],
    ['no wi fi here', 'no wi fi here'],
    // "Ken" the name, "fit" (a seizure, or Scots "foot"), "wee" (small, or urine), a statin, "hale and hearty"
    ['ken says he is fit', 'ken says he is fit'],
    ['a wee fit', 'a wee fit'],
    ['is a statin safe', 'is a statin safe'],
    ['he was hale and hearty', 'he was hale and hearty'],
  ])(
    '"%s" stays "%s": the spelling is also an English word and its neighbours do not show the dialect',
    (raw, expected) => {
      expect(read(raw)).toBe(expected);
    },
  );

  it('matching reads the dialect but leaves bare contractions to its synonyms', () => {
    expect(readDialect(tokenize('ah cant feel ma feet they are cauld'))).toEqual([
      'i',
      'cant',
      'feel',
      'my',
      'feet',
      'they',
      'are',
      'cold',
    ]);
  });

  it('reads a spelling wherever it stands only when it is no everyday English word of another meaning', () => {
    // "ye", "youse", "naw", "dat", "wha", "wah" and "tink" are heard often in English too, where they mean the same
    // ("you", "no", "that", "what", "think").
    const sameInEnglish = new Set(['ye', 'youse', 'naw', 'dat', 'wha', 'wah', 'tink']);
    const everyday = commonEnglishWords(50);
    const clashes = [...DIALECT_WORDS.keys()].filter(
      (word) => everyday.has(word) && !sameInEnglish.has(word),
    );
    expect(clashes).toEqual([]);
  });

  it('reads Caribbean "di" and "mi" only where their neighbours show them', () => {
    expect(readDialect(tokenize('mi feel it when mi walk pon mi leg inna di yard'))).toEqual([
      'i',
      'feel',
      'it',
      'when',
      'i',
      'walk',
      'on',
      'my',
      'leg',
      'in',
      'the',
      'yard',
    ]);
    // At the start, before a noun, neither is read: "mi son" stays as written, as does a name or an initialism.
    expect(readDialect(tokenize('mi son saw di'))).toEqual(['mi', 'son', 'saw', 'di']);
  });

  // Written for this test, none taken from a labelled set.
  it.each([
    ['wah calcium do fi de bones', 'what calcium do fi the bones'],
    ['pain fi mi foot', 'pain fi my foot'],
    ['mi waan know weh fi get b12', 'mi want know where fi get b12'],
    ['it mek mi foot ketch cramp through de night', 'it make mi foot catch cramp through the night'],
    ['dat nuff fi de day?', 'that enough fi the day'],
    // "de" at the start, or not after a preposition, stays as written (a name's "de")
    ['de la cruz clinic', 'de la cruz clinic'],
  ])('Caribbean "%s" reads "%s"', (raw, expected) => {
    expect(read(raw)).toBe(expected);
  });
});
