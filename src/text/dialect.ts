/**
 * Scots, Irish, Northern English, Caribbean, Australian and New Zealand English spellings, and the one-letter
 * texting spellings ("r", "n", "u"), read as the standard English words they are, shared by matching and triage
 * like the contraction table beside it: "ah cannae get a breath" is "i can not get a breath", "nae numbness" is
 * "no numbness", "ma feet get cauld" is "my feet get cold", "mi nuh have" is "i not have", "my lips r pins n
 * needles" is "my lips are pins and needles", "all arvo" is "all afternoon", and texting shorthand for times
 * ("tired all wk", "since yday") is the words it shortens.
 *
 * Conservative by design. A spelling is read unconditionally only when it is not itself an everyday English word
 * (SUBTLEX-US counts, src/text/englishWords.ts: "cannae", "cauld", "mooth" occur fewer than 50 times) or when it
 * already means the same in English slang ("ye", "yer", "naw"). A spelling that is also an English word
 * ("ma" the mother, "ah" the exclamation, "o" the letter and the Pidgin particle, "aw" the sigh, "ken" the name,
 * "da" the Danish locale, "di" and "mi" common enough elsewhere) is read only where its neighbours show the dialect
 * word ("fur" before a determiner is "for", "cried" after "is" or "it" is "called"). Never read: "fit" (Scots "foot", but also a seizure), "wee" (small, and urine), "een" (eyes, but also
 * "evening"), "wean" (a child, but also to wean), "no" for "not" ("he's no wakin", but "there's no feeling" is a
 * sign), "an" for "and" (also the article), "me" for "my" (English "me" is far commoner), "nah", "fi" and "wid"
 * (Caribbean "will not", "for", "with", but everyday English words or Scots "would"), and dropped-g forms
 * ("strugglin", "mornin"): a blanket "-in" → "-ing" would turn "statin" into "stating", and both matchers already
 * read a word one letter off a word they know (the safety screen's reads it as the "-ing" word exactly where the
 * "-in" form is no English word: src/safety/createWordMatcher.ts).
 */

/** Read wherever they stand: none is an everyday English word with another meaning. */
export const DIALECT_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    // "-nae" / "-na" verbs (Scots), "divvent" (Geordie): the verb and "not".
    cannae: ['can', 'not'],
    canna: ['can', 'not'],
    dinnae: ['do', 'not'],
    dinna: ['do', 'not'],
    divvent: ['do', 'not'],
    divvint: ['do', 'not'],
    didnae: ['did', 'not'],
    didna: ['did', 'not'],
    doesnae: ['does', 'not'],
    disnae: ['does', 'not'],
    doesna: ['does', 'not'],
    isnae: ['is', 'not'],
    isna: ['is', 'not'],
    wasnae: ['was', 'not'],
    wasna: ['was', 'not'],
    wisnae: ['was', 'not'],
    arenae: ['are', 'not'],
    werenae: ['were', 'not'],
    wouldnae: ['would', 'not'],
    wouldna: ['would', 'not'],
    widnae: ['would', 'not'],
    couldnae: ['could', 'not'],
    couldna: ['could', 'not'],
    coudnae: ['could', 'not'],
    shouldnae: ['should', 'not'],
    shouldna: ['should', 'not'],
    willnae: ['will', 'not'],
    winnae: ['will', 'not'],
    wullnae: ['will', 'not'],
    havenae: ['have', 'not'],
    huvnae: ['have', 'not'],
    hasnae: ['has', 'not'],
    hadnae: ['had', 'not'],
    mustnae: ['must', 'not'],
    // "nae" is the determiner "no" ("nae numbness") and the adverb ("nae bad"): "no" reads as a negation for both.
    nae: ['no'],
    naw: ['no'],
    nowt: ['nothing'],
    owt: ['anything'],
    summat: ['something'],
    // Respellings.
    tae: ['to'],
    intae: ['into'],
    ontae: ['onto'],
    gonnae: ['going', 'to'],
    wantae: ['want', 'to'],
    roon: ['round'],
    roond: ['round'],
    mooth: ['mouth'],
    noo: ['now'],
    cauld: ['cold'],
    baith: ['both'],
    heid: ['head'],
    jist: ['just'],
    mair: ['more'],
    feart: ['scared'],
    sair: ['sore'],
    awfy: ['awful'],
    broon: ['brown'],
    aboot: ['about'],
    oot: ['out'],
    doon: ['down'],
    ower: ['over'],
    frae: ['from'],
    hame: ['home'],
    efter: ['after'],
    dae: ['do'],
    wis: ['was'],
    wid: ['would'],
    ony: ['any'],
    onybody: ['anybody'],
    onything: ['anything'],
    aff: ['off'],
    fae: ['from'],
    reet: ['right'],
    maist: ['most'],
    mebbe: ['maybe'],
    mibbe: ['maybe'],
    hoose: ['house'],
    yersel: ['yourself'],
    hae: ['have'],
    gie: ['give'],
    ye: ['you'],
    youse: ['you'],
    yous: ['you'],
    yer: ['your'],
    masel: ['myself'],
    maself: ['myself'],
    hissel: ['himself'],
    hersel: ['herself'],
    bairn: ['child'],
    bairns: ['children'],
    greetin: ['crying'],
    guid: ['good'],
    thon: ['that'],
    gey: ['very'],
    // Jamaican and other Caribbean English (none an everyday English word): "him cyaan lift him arm", "mi nuh have
    // no kidney problem", "cramp inna mi foot", "mi walk pon it".
    cyaan: ['can', 'not'],
    kyaan: ['can', 'not'],
    cyaah: ['can', 'not'],
    nuh: ['not'],
    mout: ['mouth'],
    pon: ['on'],
    inna: ['in'],
    dem: ['them'],
    seh: ['say'],
    yuh: ['you'],
    pickney: ['child'],
    nuttin: ['nothing'],
    tek: ['take'],
    likkle: ['little'],
    haffi: ['have', 'to'],
    affi: ['have', 'to'],
    ova: ['over'],
    mek: ['make'],
    waan: ['want'],
    weh: ['where'],
    gwaan: ['go', 'on'],
    deh: ['there'],
    unu: ['you'],
    cyah: ['can', 'not'],
    sumting: ['something'],
    nutten: ['nothing'],
    nuff: ['enough'],
    ketch: ['catch'],
    har: ['her'],
    fah: ['for'],
    bwoy: ['boy'],
    gyal: ['girl'],
    // Australian and New Zealand English (none an everyday English word): "on the roofs all arvo", "brekkie",
    // "living on the dunny", "a cuppa at smoko".
    arvo: ['afternoon'],
    brekkie: ['breakfast'],
    brekky: ['breakfast'],
    dunny: ['toilet'],
    smoko: ['break'],
    cuppa: ['cup', 'of', 'tea'],
    avo: ['avocado'],
    vego: ['vegetarian'],
    veggo: ['vegetarian'],
    footy: ['football'],
    rellie: ['relative'],
    rellies: ['relatives'],
    mozzie: ['mosquito'],
    mozzies: ['mosquitoes'],
    tradie: ['tradesman'],
    servo: ['petrol', 'station'],
    sunnies: ['sunglasses'],
    bikkie: ['biscuit'],
    bikkies: ['biscuits'],
    // Texting shorthand for times and spans (none an everyday English word): "tired all wk", "since yday",
    // "cramps every nite", "for 3 mths". "yr" is left alone: it is "your" as often as "year".
    wk: ['week'],
    wks: ['weeks'],
    wkend: ['weekend'],
    wknd: ['weekend'],
    yday: ['yesterday'],
    ystrdy: ['yesterday'],
    tmrw: ['tomorrow'],
    tmw: ['tomorrow'],
    tonite: ['tonight'],
    '2nite': ['tonight'],
    nite: ['night'],
    nites: ['nights'],
    '2day': ['today'],
    mth: ['month'],
    mths: ['months'],
    mnth: ['month'],
    mnths: ['months'],
    hrs: ['hours'],
    yrs: ['years'],
    b4: ['before'],
    rly: ['really'],
    abit: ['a', 'bit'],
    // Everyday enough in SUBTLEX-US, but in English slang too they mean the same: "dat", "wha", "wah", "tink".
    dat: ['that'],
    wha: ['what'],
    wah: ['what'],
    tink: ['think'],
  }),
);

type Neighbours = { previous: string | undefined; next: string | undefined };

/** Words before which "ah" is the pronoun "I" (a verb or auxiliary, as are the "-nae" verbs), not the exclamation. */
const AFTER_PRONOUN = new Set([
  'am',
  'have',
  'had',
  'was',
  'will',
  'would',
  'can',
  'could',
  'should',
  'do',
  'did',
  'dae',
  'get',
  'got',
  'keep',
  'kept',
  'feel',
  'felt',
  'think',
  'thought',
  'need',
  'just',
  'jist',
  'still',
  'woke',
  'wake',
  'went',
  'take',
  'took',
  'know',
  'ken',
  'hurt',
  'fell',
  'noticed',
  'started',
  'tried',
  'never',
  'always',
  'also',
  'really',
  'want',
  'cant',
  'dont',
  'didnt',
  'wasnt',
  'havent',
  // more verbs after the pronoun: "ah read that…", "ah heard…", "ah work outside", "ah reckon"
  'read',
  'heard',
  'saw',
  'seen',
  'work',
  'live',
  'drink',
  'eat',
  'mean',
  'reckon',
  'said',
  'told',
  'found',
  'wonder',
  'go',
  'walk',
  'sleep',
]);
/** Words after which "ah" is the pronoun: an inverted question ("dae ah need") or a clause opener ("if ah"). */
const BEFORE_PRONOUN = new Set([
  'can',
  'could',
  'should',
  'would',
  'will',
  'do',
  'dae',
  'did',
  'am',
  'shall',
  'may',
  'might',
  'must',
  'if',
  'when',
  'since',
  'until',
  'till',
  'before',
  'after',
  'because',
  'cause',
  'that',
  'where',
]);
/** Prepositions (standard and Caribbean) after which "di" and "de" are "the" and "mi" is "my". */
const BEFORE_ARTICLE = new Set([
  'in',
  'inna',
  'on',
  'pon',
  'to',
  'of',
  'at',
  'from',
  'for',
  'by',
  'with',
  'into',
  'round',
  'under',
  'over',
  'ova',
  // Caribbean "fi" (for) is never read itself, but shows the article after it ("fi de bones", "fi mi foot").
  'fi',
  'through',
  'about',
  'up',
  'down',
  'off',
  'all',
]);
/** After these "ma" is the mother ("my ma"), not "my". */
const POSSESSIVES = new Set(['my', 'ma', 'me', 'your', 'yer', 'his', 'her', 'our', 'oor', 'their', 'the']);
/** Before these "ma" is the mother doing something ("ma says", "ma has"), or not a possessive ("ma a salama"). */
const NOT_AFTER_MY = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'is',
  'was',
  'has',
  'had',
  'says',
  'said',
  'gets',
  'got',
  'takes',
  'took',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'keeps',
  'kept',
  'thinks',
  'told',
  'tells',
  'am',
]);
/** Heads that take "of" ("short o iron", "baith o them", "a bit o pain"): only after them is "o" read as "of". */
const TAKES_OF = new Set([
  'short',
  'lack',
  'bit',
  'lot',
  'lots',
  'loads',
  'load',
  'full',
  'out',
  'oot',
  'back',
  'top',
  'side',
  'front',
  'both',
  'baith',
  'all',
  'aw',
  'some',
  'none',
  'most',
  'cup',
  'kind',
  'sort',
  'couple',
  'pair',
  'plenty',
  'half',
  'because',
  'instead',
  'end',
  'middle',
  'bottom',
  'part',
  'one',
  'two',
  'three',
  'tired',
  'sick',
  'scared',
  'feart',
  'fear',
  'signs',
  'sign',
  'ball',
  'pins',
  'bottle',
  'packet',
  'box',
  'tub',
  'handful',
  'glass',
  'pint',
]);
/** "aw" before these is the sigh ("aw no", "aw man"), not "all". */
const AFTER_SIGH = new Set([
  'no',
  'naw',
  'man',
  'mate',
  'bless',
  'shame',
  'jeez',
  'god',
  'come',
  'well',
  'yeah',
  'yes',
  'aye',
  'ok',
  'okay',
  'sorry',
  'poor',
  'hell',
  'heck',
  'thanks',
  'thank',
  'that',
  'thats',
  'you',
  'ye',
]);
/** Before "ken" these (and the "-nae" verbs: "dinnae ken") make it the verb "know", not the name Ken. */
const KNOWERS = new Set(['i', 'ah', 'ye', 'you', 'ya', 'we', 'they', 'not', 'do', 'dae']);
/** After these "aye" is the adverb "always" ("ah'm aye tired", "he's aye had cramps"); elsewhere it is "yes". */
const BEFORE_ALWAYS = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'been',
  'i',
  'ah',
  'he',
  'she',
  'we',
  'they',
  'you',
  'ye',
  'it',
]);
/** After these "hale" is "whole" ("the hale bottle"), not "hale and hearty". */
const DETERMINERS = new Set(['the', 'a', 'ma', 'my', 'his', 'her', 'their', 'yer', 'your', 'oor', 'our']);
/** Before these "whit" is "what" ("whit dae ah take"), not "not a whit". */
const AFTER_WHAT = new Set([
  'is',
  'are',
  'was',
  'do',
  'dae',
  'does',
  'did',
  'should',
  'can',
  'could',
  'would',
  'will',
  'kind',
  'sort',
  'food',
  'foods',
  'vitamin',
  'vitamins',
  'causes',
  'else',
  'about',
  'aboot',
  'happens',
  'if',
]);
/** Before these Scots "fur" is "for" ("fur ma legs", "fur the cramp"), not an animal's fur. */
const AFTER_FOR = new Set([
  'the',
  'a',
  'ma',
  'my',
  'me',
  'him',
  'her',
  'them',
  'it',
  'us',
  'yer',
  'your',
  'his',
  'their',
  'oor',
  'our',
  'that',
  'this',
  'ages',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
]);
/** What follows "tween" when it is "between" ("tween the boat", "tween my toes", "tween two fingers"). */
const BETWEEN_WHAT = new Set([
  'the',
  'a',
  'an',
  'my',
  'ma',
  'his',
  'her',
  'their',
  'our',
  'your',
  'yer',
  'me',
  'him',
  'them',
  'us',
  'two',
  'meals',
]);
/** After these Scots "fur" is "for" ("a test fur", "good fur", "whit's it fur"). */
const BEFORE_FOR = new Set([
  'test',
  'tests',
  'check',
  'good',
  'bad',
  'safe',
  'time',
  'need',
  'ready',
  'it',
  'that',
]);
/** After these Scots "cried" is "called" ("whit's it cried", "that's cried"), not weeping. */
const BEFORE_CALLED = new Set(['is', 'it', 'that', 'thing']);
/** After these "da" is the father ("ma da"), not a word of another language. */
const FAMILY_OWNERS = new Set(['my', 'ma', 'me', 'your', 'yer', 'his', 'her', 'our', 'oor', 'their', 'the']);

/** A "-nae" verb ("cannae", "dinnae", "divvent"): a verb and "not". */
const isNegatedVerb = (word: string): boolean => DIALECT_WORDS.get(word)?.[1] === 'not';

/** A word of a message, not a number ("1000 u" is a unit). */
const isWord = (word: string | undefined): word is string => word !== undefined && !/\d/.test(word);

/** Caribbean "di" or "de" after a preposition, with a word after it, is "the" ("inna di yard"). */
const articleAfterPreposition = ({ previous, next }: Neighbours): readonly string[] | undefined =>
  previous !== undefined && next !== undefined && BEFORE_ARTICLE.has(previous) ? ['the'] : undefined;

/** Spellings read only in context: each returns the standard words, or undefined to leave the word as written. */
/** Subjects that "cyan" (can't) follows in Caribbean English: the pronouns, with "e" (he, she) and "dem" (they). */
const CARIBBEAN_SUBJECTS = new Set([
  'i',
  'me',
  'mi',
  'e',
  'he',
  'she',
  'it',
  'we',
  'wi',
  'dem',
  'they',
  'you',
  'yuh',
  'u',
]);

/** Scots "fur" or "fir" is "for" before a determiner or a time, or after a word that takes "for" ("good fur"). */
const scotsFor = ({ previous, next }: Neighbours): readonly string[] | undefined =>
  (next !== undefined && AFTER_FOR.has(next)) || (previous !== undefined && BEFORE_FOR.has(previous))
    ? ['for']
    : undefined;

const IN_CONTEXT: ReadonlyMap<string, (around: Neighbours) => readonly string[] | undefined> = new Map([
  [
    'ah',
    ({ previous, next }) =>
      (next !== undefined && (AFTER_PRONOUN.has(next) || isNegatedVerb(next))) ||
      (previous !== undefined && BEFORE_PRONOUN.has(previous))
        ? ['i']
        : undefined,
  ],
  [
    'ma',
    ({ previous, next }) =>
      next === undefined || NOT_AFTER_MY.has(next) || (previous !== undefined && POSSESSIVES.has(previous))
        ? undefined
        : ['my'],
  ],
  [
    // "two o'clock" is a time.
    'o',
    ({ previous, next }) =>
      next !== undefined && next !== 'clock' && previous !== undefined && TAKES_OF.has(previous)
        ? ['of']
        : undefined,
  ],
  [
    'aw',
    ({ previous, next }) =>
      previous !== undefined && next !== undefined && !AFTER_SIGH.has(next) ? ['all'] : undefined,
  ],
  // "wi fi" is the wireless network.
  ['wi', ({ next }) => (next !== undefined && next !== 'fi' ? ['with'] : undefined)],
  [
    'ken',
    ({ previous }) =>
      previous !== undefined && (KNOWERS.has(previous) || isNegatedVerb(previous)) ? ['know'] : undefined,
  ],
  ['aye', ({ previous }) => (previous !== undefined && BEFORE_ALWAYS.has(previous) ? ['always'] : ['yes'])],
  ['hale', ({ previous }) => (previous !== undefined && DETERMINERS.has(previous) ? ['whole'] : undefined)],
  ['whit', ({ next }) => (next !== undefined && AFTER_WHAT.has(next) ? ['what'] : undefined)],
  ['fur', scotsFor],
  // Scots "fir" is "for" where "fur" would be ("fir hours", "fir the potassium"), not the tree.
  ['fir', scotsFor],
  // Scots "pish" after a possessive is urine ("his pish is dark broon"); elsewhere it is scorn ("that's pish").
  ['pish', ({ previous }) => (previous !== undefined && POSSESSIVES.has(previous) ? ['piss'] : undefined)],
  // "Flair" after "the" is Scots "floor" ("flat oot on the flair"); "a flair for" is a knack.
  ['flair', ({ previous }) => (previous === 'the' ? ['floor'] : undefined)],
  // "Tween" before a determiner or pronoun is "between" ("caught my arm tween the boat an the piling"); before a noun
  // it is a child of ten to twelve ("my tween daughter").
  ['tween', ({ next }) => (next !== undefined && BETWEEN_WHAT.has(next) ? ['between'] : undefined)],
  [
    'cried',
    ({ previous }) => (previous !== undefined && BEFORE_CALLED.has(previous) ? ['called'] : undefined),
  ],
  ['da', ({ previous }) => (previous !== undefined && FAMILY_OWNERS.has(previous) ? ['dad'] : undefined)],
  // Caribbean English "di" (the) and "mi" (my, or I before a verb), read only where a preposition stands before
  // them ("inna di shin", "pon mi leg") or, for "mi", a verb after it or a clause opener before it ("mi feel it",
  // "mi nuh have", "when mi walk").
  ['di', articleAfterPreposition],
  // "de" likewise ("inna de body", "through de change"): elsewhere it stays as written (a name's "de").
  ['de', articleAfterPreposition],
  [
    'mi',
    ({ previous, next }) =>
      (next !== undefined && (AFTER_PRONOUN.has(next) || isNegatedVerb(next) || next === 'nuh')) ||
      (previous !== undefined && BEFORE_PRONOUN.has(previous))
        ? ['i']
        : previous !== undefined && next !== undefined && BEFORE_ARTICLE.has(previous)
          ? ['my']
          : undefined,
  ],
  // "ain" without its apostrophe is "ain't" ("he ain healing", "e ain makin no sense"), but Scots "own" after a
  // possessive ("ma ain bed", "her ain leg").
  [
    'ain',
    ({ previous, next }) =>
      previous !== undefined && POSSESSIVES.has(previous)
        ? ['own']
        : next !== undefined
          ? ['is', 'not']
          : undefined,
  ],
  // Caribbean "cyan" (can't) right after its subject ("e cyan hardly breathe", "mi cyan walk"); elsewhere the colour
  // ("lips gone cyan").
  [
    'cyan',
    ({ previous }) =>
      previous !== undefined && CARIBBEAN_SUBJECTS.has(previous) ? ['can', 'not'] : undefined,
  ],
  // Texting spellings of one letter ("my lips r pins n needles", "r u ok"), read only between words, so a letter
  // alone, a list of letters at the edge of a message, a letter of an initialism ("U&E", "N&V") or a unit after a
  // number stays as written.
  ['r', ({ previous, next }) => (isWord(previous) && isWord(next) ? ['are'] : undefined)],
  ['n', ({ previous, next }) => (isWord(previous) && isWord(next) ? ['and'] : undefined)],
  [
    'u',
    ({ previous, next }) =>
      isWord(next) && (previous === undefined || isWord(previous)) ? ['you'] : undefined,
  ],
]);

/** The texting spellings of one letter ("r", "n", "u"). */
const TEXTING_LETTERS = new Set(['r', 'n', 'u']);
/**
 * A letter standing alone in an initialism, or with a plural "s" ("U&Es"): not a word ("a", "i", "is", "as") nor a
 * texting letter ("r u ok").
 */
const isInitialLetter = (word: string | undefined): boolean =>
  word !== undefined && /^[b-hj-z]s?$/.test(word) && !TEXTING_LETTERS.has(word[0] ?? '');
/**
 * A one-letter word inside an initialism written with "&" or "and" ("U&E", "u and e", "N&V", "U.A.E."): a letter
 * beside it, or "and" then a letter. There it stays a letter, so "a standard U&E" is not "a standard you e".
 */
const inInitialism = (words: readonly string[], index: number): boolean =>
  isInitialLetter(words[index + 1]) ||
  isInitialLetter(words[index - 1]) ||
  (words[index + 1] === 'and' && isInitialLetter(words[index + 2])) ||
  (words[index - 1] === 'and' && isInitialLetter(words[index - 2]));

/** A dialect spelling that needs no context, as its standard words; undefined for any other word. */
export function dialectWord(word: string): readonly string[] | undefined {
  return DIALECT_WORDS.get(word);
}

/**
 * The word at `index` of normalised `words` as the standard words it stands for, reading its neighbours where the
 * spelling is also an English word; undefined when it is no dialect spelling here.
 */
export function dialectWordAt(words: readonly string[], index: number): readonly string[] | undefined {
  const word = words[index];
  if (word === undefined) return undefined;
  const plain = DIALECT_WORDS.get(word);
  if (plain) return plain;
  if (TEXTING_LETTERS.has(word) && inInitialism(words, index)) return undefined;
  const inContext = IN_CONTEXT.get(word);
  // An empty neighbour is none: a caller may blank a punctuation mark so that "aw, …" is not "all".
  return inContext?.({ previous: words[index - 1] || undefined, next: words[index + 1] || undefined });
}

/** Normalised words with every dialect spelling read as standard English, nothing else changed. */
export function readDialect(words: readonly string[]): string[] {
  return words.flatMap((word, index) => dialectWordAt(words, index) ?? [word]);
}
