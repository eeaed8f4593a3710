import type { ContentData } from '../knowledge/schema';
import { expandWords, normalizeText, parseNumber } from '../text';
import type { Language } from './compileLanguage';
import type { MatchConfig } from './config';
import type { IntentName } from './types';

type FramingData = ContentData['framing'];
type FramingKindData = FramingData['kinds'][number];

/**
 * The slots of a framing pattern: `{who}`, a few words about the asker or what they will do ("student nurse",
 * "note that down"); `{what}`, something the bot might be asked to do ("write recipes"); `{topic}`, the base's subject;
 * `{place}`, where or when the person writes from, as `{who}` but never a part of the body ("the lambing shed",
 * "loads"; not "my toes"); `{said}`, what someone else says, thinks or wants, a clause of its own ("you're just a
 * computer", "it was easy", "like to know who we talk to") naming nothing the base covers, no sign and no amount.
 */
type SlotName = 'who' | 'what' | 'topic' | 'place' | 'said';

/** What the framing needs to know about the words a slot holds (from the engine's analyser). */
export interface SlotReader {
  /** Whether the words name a nutrient, a subject word or an uncovered topic: a question's content, not framing. */
  namesContent(words: readonly string[]): boolean;
  /** Whether the words name a sign the safety screen reads ("numb toes"): the person may be telling of symptoms. */
  namesSign(words: readonly string[]): boolean;
  /** Whether the words name a part of the body the safety screen reads ("my toes", "the calf"). */
  namesSite(words: readonly string[]): boolean;
  /** Whether the words name only the base's subject: nutrients, subject words and `framing.topicWords`. */
  namesOnlySubject(words: readonly string[]): boolean;
  /** Whether the words name what the base covers: a nutrient or a subject word (not an uncovered topic). */
  namesBaseContent(words: readonly string[]): boolean;
  /** Whether the words name anything the base's questions are about ("supplements", "medicines", "sleep"). */
  namesTopic(words: readonly string[]): boolean;
}

/** Small talk a clause says by itself (src/engine/IntentDetector.ts): its exact phrases, then its cues. */
export interface ClauseIntent {
  /** A listed phrase said exactly ("new question" starts over). */
  exact(clause: string): IntentName | null;
  /** The listed phrases among padding ("ok thanks then"). */
  phrases(clause: string): IntentName | null;
  /** Only for a whole clause: a cue beside a word of its own is a phrase no list holds ("cheers for that"). */
  cues(clause: string): IntentName | null;
  /** A listed cue said exactly ("chatbot" asks whether it is a bot). */
  cue(text: string): IntentName | null;
  /** The words of an intent's phrases and cues ("conversation" of restart's "new conversation"). */
  ownWords(intent: IntentName): ReadonlySet<string>;
}

interface CompiledPattern {
  regex: RegExp;
  slots: SlotName[];
  /**
   * The words a segment must start with for the pattern to fit it, or null when it may start with any (a slot or an
   * optional word first): most segments of a question start with none, so most patterns are never run on them.
   */
  first: ReadonlySet<string> | null;
  /** The words a segment must end with for the pattern to fit it, or null when it may end with any (a slot last). */
  last: ReadonlySet<string> | null;
}

interface CompiledKind {
  intent?: IntentName;
  statement: boolean;
  patterns: CompiledPattern[];
  cores: ReadonlyArray<readonly string[]>;
  words: ReadonlySet<string>;
  /** The words a bag of the kind's words can open with: a core's first word or one of `words`. */
  opens: ReadonlySet<string>;
  about: boolean;
  aside: boolean;
  signsOff: boolean;
  explains: boolean;
}

interface KindForOpening {
  kind: CompiledKind;
  patterns: readonly CompiledPattern[];
}

/**
 * What a segment of a clause says: an intent, or nothing (framing that only pads: "have a good day"); `aside` when it
 * tells about someone else ("my pharmacist was right").
 */
type Reading = { intent: IntentName | null; aside?: boolean };

/** Words that end a small-talk clause's tail and start its topic: "can I ask something about vitamins". */
const ABOUT = new Set(['about', 'on', 'regarding', 're', 'concerning']);
/** The verb of "does chamomile tea help you sleep": a question whether something helps. */
const HELPS = new Set(['help', 'helps', 'helped', 'helping']);
/** Words that open a yes/no question about whether something helps: "does", "would", "can" ("would a bath help?"). */
const YES_NO_OPENERS = new Set([
  'is',
  'are',
  'does',
  'do',
  'did',
  'can',
  'could',
  'should',
  'will',
  'would',
  'might',
  'may',
]);
/**
 * A slot holds at most this many words: a role or a situation ("pregnant mum of two"), what the person will do
 * ("pass that on to my mum"), not a story.
 */
const MAX_SLOT_WORDS = 6;
/** What someone else said holds a short sentence ("we like to know who we talk to"), not a story. */
const MAX_SAID_WORDS = 8;
/** An aside beside small talk is a sentence about the person ("I look after my husband who has Parkinson's"), not a story. */
const MAX_ASIDE_WORDS = 16;
/** A letter's signer is a name with titles and initials ("Lt. Col. (Ret.) F. Abbott", "Nana Rose, aged 84"), not a story. */
const MAX_SIGNER_WORDS = 8;
/** Words that turn from thanks or a greeting to what the person asks next: "thanks for that, but is it ok if I'm diabetic?" */
const TURNS = new Set(['but', 'though', 'however', 'although', 'tapi']);
/**
 * Words before the person someone talks with or sees ("with my GP", "to the pharmacist", "seeing the nurse"), and the
 * words between.
 */
const WITH_SOMEONE = new Set(['with', 'to', 'see', 'seeing', 'visit', 'visiting']);
const DETERMINERS = new Set(['my', 'your', 'ur', 'the', 'a', 'an', 'our', 'his', 'her', 'their']);
/** Verbs of telling or asking someone something ("how do I tell him to just ask?", "how should I talk to her?"). */
const TELLING = new Set([
  'tell',
  'ask',
  'remind',
  'convince',
  'persuade',
  'warn',
  'talk',
  'speak',
  'say',
  'explain',
]);
/** Someone else, pointed at: "him", "her", "them" (the bot is "you"). */
const SOMEONE_ELSE = new Set(['him', 'her', 'them']);

/**
 * Whether `words` tell or ask someone else something ("how do I tell him to just ask?", "how do I talk to her about
 * it?", "what do I say to them"): advice on talking with them, never what the bot does.
 */
function tellsSomeoneElse(words: readonly string[]): boolean {
  return words.some(
    (word, i) =>
      TELLING.has(word) &&
      (SOMEONE_ELSE.has(words[i + 1] ?? '') ||
        (words[i + 1] === 'to' && SOMEONE_ELSE.has(words[i + 2] ?? ''))),
  );
}
/** Words for what something covers: "what topics are on the syllabus". */
const COVERED = new Set(['topics', 'topic', 'subjects', 'subject', 'themes', 'theme']);
/** What the topics are on or in: "topics on the syllabus", "subjects in the exam". */
const COVERED_BY = new Set(['on', 'in', 'of', 'for', 'from']);
/** Back-references a question about the bot cannot hold: "what can you tell me about it?" asks about what came before. */
const POINTS_BACK = new Set(['it', 'its', 'them', 'they', 'those', 'these', 'that']);
/**
 * What "it" is asked to be when it points back at nothing but the chat: "is it a human behind this chat?", "is it a
 * real person or a bot?".
 */
const WHAT_IT_IS = new Set([
  'human',
  'person',
  'bot',
  'robot',
  'machine',
  'computer',
  'program',
  'programme',
  'ai',
  'someone',
  'somebody',
]);
/** Whoever may be at the other end, asked after in a greeting: "anyone there?", "is somebody about?". */
const ANYONE = new Set(['anyone', 'anybody', 'someone', 'somebody']);
/** The openers of a question whether someone is something: "is Siri a real person?", "are they real doctors?". */
const IS = new Set(['is', 'are', 'was', 'were']);
/** What may stand before a name in such a question: "is my chiropractor …", "is the lady on the radio …". */
const SUBJECT_DETERMINERS = new Set(['my', 'the', 'his', 'her', 'our', 'their']);
/** How such a question qualifies what someone is: "a real person", "a qualified doctor", "an actual human". */
const QUALIFIERS = new Set([
  'a',
  'an',
  'real',
  'actual',
  'proper',
  'genuine',
  'qualified',
  'licensed',
  'registered',
  'trained',
  'certified',
  'medical',
  'live',
  'living',
]);
/** What someone is asked to be: a person, or one who gives care ("is my chiropractor a real doctor?"). */
const SOMEONE_REAL = new Set([
  'person',
  'people',
  'human',
  'humans',
  'man',
  'woman',
  'lady',
  'guy',
  'bloke',
  'doctor',
  'doctors',
  'doc',
  'nurse',
  'nurses',
  'gp',
  'physician',
  'medic',
  'professional',
  'expert',
]);
/**
 * What a question whether something is a person points at when it asks about the bot or who is behind it ("is this a
 * real person?", "is there a real person reading this?", "is the AI a doctor?", "is anyone real here?", "is any human
 * reviewing these?").
 */
const THE_BOT_OR_ITS_SIDE = new Set([
  'it',
  'that',
  'there',
  'these',
  'those',
  'here',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'any',
  'some',
  'every',
  'each',
  'no',
  'all',
  'robot',
  'ai',
  'assistant',
  'computer',
  'machine',
  'program',
  'programme',
  'system',
  'service',
  'app',
  'thing',
]);

/**
 * Clause breaks: sentence punctuation, commas, colons, brackets and dashes between words, and "and", "so" or "then"
 * before a new subject ("forget my questions and we start again", "thanks so I will try that"): a clause written
 * without its comma. A colon or a full stop between digits is a clock time or a number, inside its clause ("next boat
 * don't leave till 10:15 so I got a minute", "back at 9.30").
 */
const CLAUSE_BREAK =
  /((?:[!?;,()\n…]|(?<!\d)[.:]|[.:](?!\d))+|\s[-–—]+\s|[–—]+|\s(?:and|so|then)\s(?=(?:we|i|you|let's|lets|let us)\s))/i;

/** "a|an" is either word; "word?" may be left out; "{who}", "{what}", "{topic}", "{place}" and "{said}" are slots. */
function compilePattern(pattern: string): CompiledPattern {
  const slots: SlotName[] = [];
  // Before what someone said, a slot holds the fewest words that fit: in "in Brittany we like to know who we talk to"
  // the place is "Brittany", not "Brittany we like to know who".
  const lazy = pattern.includes('{said}') ? '?' : '';
  const tokens = pattern.trim().split(/\s+/);
  const parts = tokens.map((token) => {
    const slot = /^\{(who|what|topic|place|said)\}$/.exec(token);
    if (slot) {
      slots.push(slot[1] as SlotName);
      return slot[1] === 'said'
        ? `((?:\\S+ ){1,${MAX_SAID_WORDS}})`
        : `((?:\\S+ ){1,${MAX_SLOT_WORDS}}${lazy})`;
    }
    const optional = token.endsWith('?');
    const words = (optional ? token.slice(0, -1) : token).split('|').map((word) => normalizeText(word));
    const alternatives = `(?:${words.join('|')}) `;
    return optional ? `(?:${alternatives})?` : alternatives;
  });
  return {
    regex: new RegExp(`^${parts.join('')}$`),
    slots,
    first: edgeWords(tokens, (words) => words[0]),
    last: edgeWords([...tokens].reverse(), (words) => words.at(-1)),
  };
}

/**
 * The words a segment fitting a pattern can have at one edge, reading `tokens` from that edge: the alternatives of
 * its optional words up to and including the first word it requires ("hi? there|all" opens with "hi", "there" or
 * "all"); null when a slot may stand at the edge ("{who} here"). `pick` takes the edge word of an alternative that
 * is several words once normalised.
 */
function edgeWords(
  tokens: readonly string[],
  pick: (words: string[]) => string | undefined,
): ReadonlySet<string> | null {
  const edge = new Set<string>();
  for (const token of tokens) {
    if (/^\{\w+\}$/.test(token)) return null;
    const optional = token.endsWith('?');
    for (const word of (optional ? token.slice(0, -1) : token).split('|'))
      edge.add(pick(normalizeText(word).split(' ')) ?? '');
    if (!optional) return edge;
  }
  // Every word optional: a segment (never empty) still has one of them at the edge.
  return edge;
}

/** What is said to someone by name ("hello robot", "thanks computer", "bye chatbot", "start over, robot"). */
const SAID_TO_SOMEONE: ReadonlySet<IntentName> = new Set(['greeting', 'thanks', 'goodbye', 'restart']);

/** Whether `after` (the words after "it") ask what it is: "a human", "a real person", "someone real". */
function asksWhatItIs(after: readonly string[]): boolean {
  const at = ['a', 'an'].includes(after[0] ?? '') ? 1 : 0;
  const next = after[at] === 'real' || after[at] === 'actual' ? at + 1 : at;
  return WHAT_IT_IS.has(after[next] ?? '');
}

const asReading = (intent: IntentName | null): Reading | null => (intent ? { intent } : null);

const lastIntent = (votes: readonly IntentName[]): IntentName =>
  [...votes].reverse().find((intent) => intent !== 'greeting') ?? 'greeting';

/**
 * Framing: what people say around small talk that asks the knowledge base nothing: who they are ("student nurse
 * here"), that questions are coming ("got a few quick questions", "can I ask something about vitamins?"), how to
 * answer ("go easy on me"), praise ("you explained that well"), a pleasantry ("have a lovely evening"), what they
 * will do with the answer ("I'll note that down"), and whether the bot does more than its subject ("can u do
 * recipes or just vitamins?"). A message whose every clause is small talk or framing is small talk, and says the
 * last intent voted ("hi, nurse here, got a few questions" asks for help). One clause of anything else, and it is
 * not: "hi, new mum here, is magnesium safe while breastfeeding?" is a question. The kinds and their words are data
 * (knowledge/content.yaml `framing`).
 */
export class SmallTalkFraming {
  private readonly kinds: readonly CompiledKind[];
  /**
   * The kinds that may read a segment opening with a word, in file order, each with only its patterns that may open
   * with it; `anyOpening` for a word no pattern's first words nor bag names (only patterns that open with a slot).
   */
  private readonly byOpening: ReadonlyMap<string, readonly KindForOpening[]>;
  private readonly anyOpening: readonly KindForOpening[];
  /** Words that make a slot a clause of its own ("the pain is here"), or a question ("how much here"). */
  private readonly notInSlot: ReadonlySet<string>;
  /** The words of help's announcing cores ("question", "q", "queries"): "sorry, quick q" announces a question. */
  private readonly announcing: ReadonlySet<string>;
  private readonly questionWords: ReadonlySet<string>;
  private readonly questionOpeners: ReadonlySet<string>;
  /** "is this good", "are you …": a question opener before one of these asks something. */
  private readonly subjects: ReadonlySet<string>;
  private readonly joiners: ReadonlySet<string>;
  private readonly botWords: ReadonlySet<string>;
  private readonly addressWords: ReadonlySet<string>;
  /** The address words that name the bot ("robot", "chatbot", "Alexa"), not those that go with a name ("the", "ok"). */
  private readonly names: ReadonlySet<string>;
  private readonly requestWords: ReadonlySet<string>;
  /** Tasks for the bot or another app (`taskWords`): a clause opening with one is an order ("set my status to …"). */
  private readonly taskWords: ReadonlySet<string>;
  private readonly personWords: ReadonlySet<string>;
  private readonly worryWords: ReadonlySet<string>;
  /** The bot, and what it says or keeps: `botWords`, the names in `addressWords`, `botThings`. */
  private readonly botOrItsWords: ReadonlySet<string>;
  /** What the bot says or keeps (`botThings`): "the conversation", "this chat", "my data". */
  private readonly botThings: ReadonlySet<string>;
  /** Things of the person's other apps and reading (`otherThings`): "the syllabus", "my exam", "the article". */
  private readonly otherThings: ReadonlySet<string>;
  /** People the person sees for care (`carers`): "my GP", "the pharmacist". */
  private readonly carers: ReadonlySet<string>;
  private readonly questionStart: RegExp;

  constructor(
    data: FramingData,
    language: Language,
    private readonly slots: SlotReader,
    private readonly clauseIntent: ClauseIntent,
    private readonly config: Pick<MatchConfig, 'smallTalkFramingWords'>,
  ) {
    this.kinds = data.kinds.map((kind: FramingKindData) => {
      const cores = kind.cores.map((core) => normalizeText(core).split(' '));
      return {
        intent: kind.intent,
        statement: kind.statement,
        patterns: kind.patterns.map(compilePattern),
        cores,
        words: new Set(kind.words),
        opens: new Set([...kind.words, ...cores.map((core) => core[0] ?? '')]),
        about: kind.about,
        aside: kind.aside,
        signsOff: kind.signsOff,
        explains: kind.explains,
      };
    });
    const forOpening = (word: string | null): KindForOpening[] =>
      this.kinds
        .map((kind) => ({
          kind,
          patterns: kind.patterns.filter(
            (pattern) => pattern.first === null || (word !== null && pattern.first.has(word)),
          ),
        }))
        .filter(({ kind, patterns }) => patterns.length > 0 || (word !== null && kind.opens.has(word)));
    const openings = new Set(
      this.kinds.flatMap((kind) => [
        ...kind.opens,
        ...kind.patterns.flatMap((pattern) => [...(pattern.first ?? [])]),
      ]),
    );
    this.byOpening = new Map([...openings].map((word) => [word, forOpening(word)]));
    this.anyOpening = forOpening(null);
    this.questionWords = language.questionWords;
    this.questionOpeners = language.questionOpeners;
    this.subjects = new Set([...language.backReferences, ...data.questionSubjects]);
    // A slot is a role or a situation, not a clause ("the pain is") nor the announcement after it ("got questions").
    const announcing = data.kinds.filter((kind) => kind.intent === 'help').flatMap((kind) => kind.cores);
    this.notInSlot = new Set([...language.asking, ...announcing, ...data.clauseVerbs]);
    this.announcing = new Set(announcing.flatMap((core) => normalizeText(core).split(' ')));
    this.joiners = language.joiners;
    this.botWords = new Set(data.botWords);
    this.addressWords = new Set(data.addressWords.map((word) => normalizeText(word)));
    this.requestWords = new Set(data.requestWords.map((word) => normalizeText(word)));
    this.taskWords = new Set(data.taskWords.map((word) => normalizeText(word)));
    this.personWords = new Set(data.personWords.map((word) => normalizeText(word)));
    this.worryWords = new Set(data.worryWords.map((word) => normalizeText(word)));
    const fillers = new Set(['the', 'my', 'dear', 'mr', 'mister', 'little', 'old', 'ok', 'okay', 'oh']);
    this.names = new Set([...this.addressWords].filter((word) => !fillers.has(word)));
    this.botThings = new Set(data.botThings.map((word) => normalizeText(word)));
    this.otherThings = new Set(data.otherThings.map((word) => normalizeText(word)));
    this.carers = new Set(data.carers.map((word) => normalizeText(word)));
    this.botOrItsWords = new Set(
      [...data.botWords, ...this.names, ...this.botThings].map((word) => normalizeText(word)),
    );
    this.questionStart = language.questionStart;
  }

  /**
   * The small talk `text` says when it is nothing but small talk and framing, else null. `learned` reads a whole
   * clause that nothing else explains (the small-talk model, once the base had no answer for the message).
   */
  read(
    text: string,
    learned?: (clause: string) => IntentName | null,
    options: { asides?: boolean } = {},
  ): IntentName | null {
    const clauses = this.withoutSigner(this.clausesOf(text));
    const total = clauses.reduce((sum, clause) => sum + clause.words.length, 0);
    if (clauses.length === 0 || total > this.config.smallTalkFramingWords) return null;
    const votes: IntentName[] = [];
    let asides = 0;
    // Clauses of a kind that tells about someone else ("chap at the bar says you're just a computer").
    let told = 0;
    let asksOfTheBot = true;
    for (const [index, clause] of clauses.entries()) {
      // A clause that only addresses the bot ("bye, robot", "thanks, bot") says nothing beside the others.
      if (clauses.length > 1 && this.addresses(clause.words)) continue;
      const later = clauses.slice(index + 1);
      // The model reads a clause as written, and only a clause of several: the whole message it has read already.
      // Read for its asides, an aside about the person is one whatever the model reads in it ("reset pls, my son was
      // typing rubbish"), as is the reason the person gives for asking ("everything goes through the one provider, so
      // I do wonder").
      const aside = options.asides === true && clauses.length > 1 && this.isAside(clause, later[0]);
      const readAlone = learned && clauses.length > 1 && !aside ? () => learned(clause.text) : undefined;
      const readings = this.segment(clause.words, clause.asked, readAlone);
      if (readings === null) {
        if (aside) {
          asides += 1;
          continue;
        }
        return null;
      }
      for (const reading of readings) if (reading.intent) votes.push(reading.intent);
      if (readings.some((reading) => reading.aside)) told += 1;
      const intents = new Set(readings.map((reading) => reading.intent));
      // An alternative after a question ("are you a person, or a program?") goes on asking what the question asked.
      // A question announced ("sorry, quick q") asks nothing yet: the question after it decides ("sorry quick q, are
      // you a person? my daughter says you're a robot").
      if (intents.has('help') || intents.has('disclaimer')) {
        if (!this.announcesAQuestion(clause, later))
          asksOfTheBot &&= clause.words[0] === 'or' || this.asksOfTheBot(clause.words);
      }
      // A question that reads as a greeting or thanks ("any good?", "how much", "is that ok?") asks something, unless
      // it asks it of the bot or whoever is at the other end ("are you there?", "you awake?", "anyone there?").
      else if (this.isQuestion(clause) && (intents.has('greeting') || intents.has('thanks')))
        asksOfTheBot &&=
          this.asksOfTheBot(clause.words) ||
          (intents.has('greeting') && clause.words.some((word) => ANYONE.has(word)));
      // A question beside other clauses that only the small-talk model reads as starting over or leaving asks
      // something ("I'm done with supplements, can I get everything from food?"); "can I start again?" says so in
      // its phrases or cues, and "can we start the conversation from the beginning?" names the chat that starting
      // over's cues name ("new conversation").
      else if (this.asks(clause) && (intents.has('restart') || intents.has('goodbye'))) {
        const said = this.clauseIntent.phrases(clause.text) ?? this.clauseIntent.cues(clause.text);
        const startsTheChatOver = intents.has('restart') && this.namesTheChat(clause.words, 'restart');
        if ((said === null || !intents.has(said)) && !startsTheChatOver) return null;
      }
    }
    // Beside an aside, or what someone else said, a question is about the bot only when it names the bot and points
    // back at nothing: "my husband has Parkinson's. what can you tell me about it?", "tennis elbow from the drill,
    // what helps" and "my doctor told me to get a blood test, what will it show?" ask about the aside.
    if ((asides > 0 || told > 0) && !asksOfTheBot) return null;
    // Read for its asides, a message with none was read already (and "thanks, but what about iron?" asks about iron).
    if (options.asides && asides === 0) return null;
    return votes.length > 0 ? lastIntent(votes) : null;
  }

  /**
   * `clauses` without the writer's name after a letter's closing ("Could you kindly explain …? Yours truly, Gerald
   * Finch", "Kind regards, Lt. Col. (Ret.) F. Abbott"): the clauses after one of a kind that signs off (`signsOff`),
   * when together they are a few words that ask nothing and name nothing the base covers nor a sign ("Regards, is
   * magnesium safe?" asks it).
   */
  private withoutSigner<Clause extends { words: string[]; asked: boolean }>(clauses: Clause[]): Clause[] {
    for (let closing = 0; closing < clauses.length - 1; closing++) {
      if (!this.signsOff(clauses[closing].words)) continue;
      const signer = clauses.slice(closing + 1);
      const words = signer.flatMap((clause) => clause.words);
      if (
        words.length <= MAX_SIGNER_WORDS &&
        !signer.some((clause) => clause.asked) &&
        // A letter alone is an initial ("P. Q. Oldfield"), never "q" for a question.
        !words.some(
          (word) => word.length > 1 && (this.questionWords.has(word) || this.notInSlot.has(word)),
        ) &&
        !this.slots.namesContent(words) &&
        !this.slots.namesSign(words)
      )
        return clauses.slice(0, closing + 1);
    }
    return clauses;
  }

  /** Whether `words` close a letter: a clause of a kind that signs off ("Yours truly", "Kind regards"). */
  private signsOff(words: readonly string[]): boolean {
    return this.isOfKind(words, (kind) => kind.signsOff);
  }

  /** Whether `words` say the clause before them is why the person asks ("so I do wonder", "hence the question"). */
  private explains(words: readonly string[]): boolean {
    return this.isOfKind(words, (kind) => kind.explains);
  }

  /** Whether `words` are a whole clause of a kind `which` picks. */
  private isOfKind(words: readonly string[], which: (kind: CompiledKind) => boolean): boolean {
    const padded = `${words.join(' ')} `;
    return this.kinds.some(
      (kind) =>
        which(kind) &&
        (kind.patterns.some((pattern) => this.matches(pattern, padded)) || this.fitsBag(kind, words)),
    );
  }

  /**
   * Whether a clause only announces a question that a later clause asks: "sorry, quick q" before "are you a person?".
   * It is not asked itself and names a word of help's announcing cores ("question", "q", "queries").
   */
  private announcesAQuestion(
    clause: { words: readonly string[]; asked: boolean },
    later: ReadonlyArray<{ words: readonly string[]; asked: boolean }>,
  ): boolean {
    return (
      !this.asks(clause) &&
      clause.words.some((word) => this.announcing.has(word)) &&
      later.some((next) => this.isQuestion(next))
    );
  }

  private isQuestion(clause: { words: readonly string[]; asked: boolean }): boolean {
    return clause.asked || this.questionStart.test(clause.words.join(' '));
  }

  /**
   * Whether `words` name a thing of the chat (`botThings`) that the phrases or cues of `intent` name: "the
   * conversation" of restart's "new conversation", not "food" nor "you".
   */
  private namesTheChat(words: readonly string[], intent: IntentName): boolean {
    const own = this.clauseIntent.ownWords(intent);
    return words.some((word) => this.botThings.has(word) && own.has(word));
  }

  /** Whether a clause is asked: "?", a question word first, or "can I", "is this" ("have to run" is no question). */
  private asks({ words, asked }: { words: readonly string[]; asked: boolean }): boolean {
    return (
      asked ||
      this.questionWords.has(words[0]) ||
      (this.questionOpeners.has(words[0]) && this.subjects.has(words[1] ?? ''))
    );
  }

  /**
   * Whether a question asks about the bot, not about what was said beside it: it names the bot (`botWords`), points
   * back at nothing ("is that ok for everyone?") and what it is "about" is only the base's subject ("what would make
   * you worry about your calf" asks advice).
   */
  private asksOfTheBot(words: readonly string[]): boolean {
    const about = words.findIndex((word) => ABOUT.has(word));
    return (
      words.some((word) => this.botWords.has(word)) &&
      !words.some(
        (word, i) => POINTS_BACK.has(word) && !(word === 'it' && asksWhatItIs(words.slice(i + 1))),
      ) &&
      (about < 0 || about === words.length - 1 || this.slots.namesOnlySubject(words.slice(about + 1)))
    );
  }

  /**
   * Whether a clause is an aside about the person beside small talk ("I look after my husband who has Parkinson's",
   * "my shift starts soon", "she has type 2 diabetes"): a statement about someone (`framing.personWords`; "melatonin
   * for jet lag" names a topic), short, asking nothing and requesting nothing
   * (`framing.requestWords`; nor opening with a task, an order to another app: "set my status to gone fishing"),
   * naming nothing the base covers (a nutrient, a subject word) and no sign the safety screen reads. A condition the
   * base does not cover may be named: it says who is asking, not what. Or, with the same bounds, the reason the person
   * asks, told of anything when the clause after it says so (`next` of a kind that `explains`: "everything on the
   * island goes through the one provider, so I do wonder").
   */
  private isAside(
    clause: { text: string; words: string[]; asked: boolean },
    next?: { words: readonly string[] },
  ): boolean {
    const { words } = clause;
    return (
      !this.isQuestion(clause) &&
      words.length <= MAX_ASIDE_WORDS &&
      (words.some((word) => this.personWords.has(word)) ||
        (next !== undefined && this.explains(next.words))) &&
      !words.some((word) => this.requestWords.has(word)) &&
      !this.taskWords.has(words[0] ?? '') &&
      !this.slots.namesBaseContent(words) &&
      !this.slots.namesSign(words)
    );
  }

  /**
   * Whether a message the small-talk model reads as help or the disclaimer asks about something other than the bot:
   * - whether a thing helps: "help" after a subject that is not the bot ("does chamomile tea help you sleep", "would
   *   a warm bath help"; "can you help me" names the bot);
   * - advice on a worry the person told before it: a statement of worry (`worryWords`) not about the bot, then a
   *   question that does not name the bot or points back ("I'm nervous about the long drive tomorrow, what should I
   *   do?"; "I'm new to this, what do I do?" and "I'm anxious about my health, what can this help with?" are about
   *   the bot);
   * - whether a thing is checked, approved or to be trusted, naming what the base's questions are about and neither
   *   the bot nor what it says or keeps (`botThings`): "are vitamin gummies tested like drugs are?" asks about
   *   gummies; "are your answers checked?" and "is my data stored?" ask about the bot;
   * - an alternative to what was said before: "instead", not "instead of …" ("then what can I use instead?" after the
   *   answer on quinine asks for another remedy; "can I rely on you instead of my GP" asks about the bot);
   * - the topics of another thing (`otherThings`, not one help's own words name): "what topics are on the drama
   *   syllabus this year?", "which subjects come up in the final exam?"; "what topics are in this app?" and "what
   *   topics are on your list?" ask about the bot;
   * - how to talk with someone the person sees for care (`carers`): "how do you start a conversation with your GP
   *   about supplements?", "how should I talk to my pharmacist about this?"; or with anyone else pointed at ("how do I
   *   tell him to just ask?", `tellsSomeoneElse`).
   */
  asksAboutSomethingElse(text: string, intent: IntentName): boolean {
    const clauses = this.clausesOf(text);
    const words = clauses.flatMap((clause) => clause.words);
    if (intent === 'help') {
      if (words.some((word, i) => word === 'instead' && words[i + 1] !== 'of')) return true;
      if (this.namesTopicsOfAnotherThing(words)) return true;
      if (this.talksWithACarer(words) || tellsSomeoneElse(words)) return true;
      const verb = words.findIndex((word) => HELPS.has(word));
      if (
        verb > 1 &&
        YES_NO_OPENERS.has(words[0]) &&
        !words.slice(1, verb).some((word) => this.botWords.has(word))
      )
        return true;
      const last = clauses.at(-1);
      if (
        last !== undefined &&
        clauses.length > 1 &&
        this.isQuestion(last) &&
        !this.asksOfTheBot(last.words) &&
        clauses
          .slice(0, -1)
          .some(
            (clause) =>
              !this.isQuestion(clause) &&
              clause.words.some((word) => this.worryWords.has(word)) &&
              !clause.words.some((word) => this.botOrItsWords.has(word)),
          )
      )
        return true;
    }
    return (
      intent === 'disclaimer' &&
      !words.some((word) => this.botOrItsWords.has(word)) &&
      this.slots.namesTopic(words)
    );
  }

  /**
   * Whether a clause asks whether someone or something other than the bot is a real person, a human or a doctor: "is
   * Siri a real person?", "is my chiropractor a real doctor?", "is Santa real?". Its subject is a name or a short noun
   * ("the lady on the radio" is too long to tell), naming neither the bot nor what it says (`botWords`, `botThings`),
   * nor pointing at it or at whoever is behind it ("is this a real person?", "is there a real person reading this?",
   * "is the AI a doctor?" ask about the bot).
   */
  asksWhetherSomeoneElseIsReal(text: string): boolean {
    const pointsAtTheBot = (word: string) =>
      this.botWords.has(word) || this.botThings.has(word) || THE_BOT_OR_ITS_SIDE.has(word);
    return this.clausesOf(text).some(({ words }) => {
      if (!IS.has(words[0] ?? '')) return false;
      const start = SUBJECT_DETERMINERS.has(words[1] ?? '') ? 2 : 1;
      for (let end = start + 1; end <= start + 2 && end < words.length; end++) {
        const subject = words.slice(start, end);
        if (
          subject.some((word) => pointsAtTheBot(word) || this.questionWords.has(word) || QUALIFIERS.has(word))
        )
          return false;
        // What they are asked to be closes the clause, or is weighed against something ("… a human or a robot?").
        let at = end;
        while (QUALIFIERS.has(words[at] ?? '')) at += 1;
        const closes = (i: number) => i === words.length - 1 || words[i + 1] === 'or';
        if (SOMEONE_REAL.has(words[at] ?? '') && closes(at)) return true;
        if (words[end] === 'real' && closes(end)) return true;
      }
      return false;
    });
  }

  /**
   * Whether a message read as help names talking with, or going to, someone the person sees for care: "I'm going to
   * the doctor tomorrow, what tests should I ask for?" asks advice for the visit, whichever clause the model read.
   */
  asksAdviceForACarer(text: string): boolean {
    return this.talksWithACarer(this.clausesOf(text).flatMap((clause) => clause.words));
  }

  /**
   * Whether `words` name talking with or seeing someone the person sees for care: "with your GP", "to the
   * pharmacist", "seeing the nurse".
   */
  private talksWithACarer(words: readonly string[]): boolean {
    return words.some((word, i) => {
      if (!WITH_SOMEONE.has(word)) return false;
      let next = i + 1;
      while (DETERMINERS.has(words[next] ?? '')) next += 1;
      return this.carers.has(words[next] ?? '');
    });
  }

  /**
   * Whether `words` ask what another thing covers: a word for topics, then within a few words "on", "in", "of" or
   * "for" and a thing of another app or reading that help's own phrases and cues do not name, with nothing of the
   * bot's between ("topics on the drama syllabus"; not "topics in this app", "subjects on your list").
   */
  private namesTopicsOfAnotherThing(words: readonly string[]): boolean {
    const own = this.clauseIntent.ownWords('help');
    return words.some((word, i) => {
      if (!COVERED.has(word)) return false;
      const by = words.findIndex((next, j) => j > i && j <= i + 3 && COVERED_BY.has(next));
      if (by < 0) return false;
      for (const thing of words.slice(by + 1, by + 5)) {
        if (this.botOrItsWords.has(thing)) return false;
        if (this.otherThings.has(thing) && !own.has(thing)) return true;
      }
      return false;
    });
  }

  /**
   * Whether the message turns ("but", "though") to a question that does not ask the bot (`asksOfTheBot`): "thanks for
   * the banana tip but I'm diabetic, is that still ok?" and "cheers but I'm 80, still fine?" ask it, whatever small
   * talk stands before; "thanks, but what else can you do?" asks the bot, and "thanks, but no thanks" asks nothing.
   */
  turnsToAQuestion(text: string): boolean {
    const clauses = this.clausesOf(text);
    const turn = clauses.findIndex((clause) => clause.words.some((word) => TURNS.has(word)));
    return (
      turn >= 0 &&
      clauses.slice(turn).some((clause) => this.isQuestion(clause) && !this.asksOfTheBot(clause.words))
    );
  }

  /**
   * Whether the message closes on a question of its own about a topic, with no turn ("but") before it: "thanks, that
   * helped. do sports drinks count for electrolytes?". The last clause is asked, not of the bot (`asksOfTheBot`), names
   * a topic (`namesTopic`), and no list, framing kind nor `learned` (the small-talk model) reads it as small talk.
   * "thanks! you still there?", "hi, what can you do?", "hello?? is this thing even on?" and "morning! is someone at the
   * other side?" ask small talk.
   */
  closesOnAQuestion(text: string, learned?: (clause: string) => IntentName | null): boolean {
    const clauses = this.clausesOf(text);
    const last = clauses.at(-1);
    if (last === undefined || clauses.length < 2) return false;
    // Whether anyone is at the other end ("Goeiemorgen! Is there someone at the other side?") asks after the bot.
    if (
      !this.isQuestion(last) ||
      this.asksOfTheBot(last.words) ||
      last.words.some((word) => ANYONE.has(word))
    )
      return false;
    if (!this.slots.namesTopic(last.words)) return false;
    return this.segment(last.words, last.asked) === null && (learned?.(last.text) ?? null) === null;
  }

  /** Whether `words` only address the bot ("robot", "dear bot"): a name, not something said. */
  private addresses(words: readonly string[]): boolean {
    return words.every((word) => this.addressWords.has(word));
  }

  /**
   * `words` without the address words at either edge ("hey chatbot" is "hey", "dear robot thanks" is "thanks"), when
   * one of those is a name that is a cue by itself ("chatbot", "robot") and something is left; else null.
   */
  private withoutName(words: readonly string[]): string[] | null {
    let start = 0;
    let end = words.length;
    while (start < end && this.addressWords.has(words[start])) start += 1;
    while (end > start && this.addressWords.has(words[end - 1])) end -= 1;
    const cut = [...words.slice(0, start), ...words.slice(end)];
    const cued = cut.some((word) => this.names.has(word) && this.clauseIntent.cue(word) !== null);
    return start < end && cued ? words.slice(start, end) : null;
  }

  /**
   * Whether the message closes on a request for help after clauses that only tell about the person ("hi, im 3
   * months post-op from a sleeve, what kind of things can you answer?", "I am not very good with computers. What
   * can you tell me about?"): the last clause names the bot (`botWords`) and, read alone (by `learned`, the
   * small-talk model, then the listed phrases), asks for help, and no earlier clause asks anything ("my dog is
   * limping, what should I do" asks advice, not help). The caller reads it only when the base had no answer.
   */
  closesWithHelp(text: string, learned?: (clause: string) => IntentName | null): boolean {
    const clauses = this.clausesOf(text);
    const last = clauses.at(-1);
    if (last === undefined || clauses.length < 2) return false;
    const asks = (clause: { words: string[]; asked: boolean }): boolean =>
      clause.asked || this.questionWords.has(clause.words[0] ?? '');
    // Help asked after what the base covers asks about it ("the article says low vitamin D lowers calcium. how
    // this happen?"), as one that points back does ("which minerals does it pull out of you") or asks about
    // something else ("what would make you worry about your calf").
    return (
      !clauses.slice(0, -1).some(asks) &&
      !clauses.some((clause) => this.slots.namesBaseContent(clause.words)) &&
      this.asksOfTheBot(last.words) &&
      (learned?.(last.text) ?? this.clauseIntent.phrases(last.text)) === 'help'
    );
  }

  /**
   * Whether a clause asks leave to ask about something other than the base's subject ("hi, can I ask about my
   * mortgage?"): a request about another topic, never small talk, whatever greeting stands beside it.
   */
  asksAboutAnotherTopic(text: string): boolean {
    return this.clausesOf(text).some(({ words }) =>
      this.kinds.some((kind) => {
        const at = kind.about ? words.findIndex((word) => ABOUT.has(word)) : -1;
        return (
          at > 0 &&
          at < words.length - 1 &&
          this.isBagOf(kind, words.slice(0, at)) &&
          !this.slots.namesOnlySubject(words.slice(at + 1))
        );
      }),
    );
  }

  /** The clauses of `text` as written and as words, and whether each was asked ("?"). */
  private clausesOf(text: string): Array<{ text: string; words: string[]; asked: boolean }> {
    const pieces = text.split(CLAUSE_BREAK);
    const clauses: Array<{ text: string; words: string[]; asked: boolean }> = [];
    for (let i = 0; i < pieces.length; i += 2) {
      const words = expandWords(
        normalizeText(pieces[i])
          .split(' ')
          .filter((word) => word.length > 0),
      );
      if (words.length > 0)
        clauses.push({ text: pieces[i], words, asked: (pieces[i + 1] ?? '').includes('?') });
    }
    return clauses;
  }

  /**
   * The clause as consecutive segments, each small talk or framing ("hi nurse here got a few questions" has no
   * commas), longest segments first; joiners ("and", "so") may stand between them. Null when no split works.
   */
  private segment(
    words: readonly string[],
    asked: boolean,
    learned?: () => IntentName | null,
  ): Reading[] | null {
    // A name at the clause's edge that is also a cue ("chatbot", "robot") addresses the bot when the rest says what is
    // said to someone ("hey chatbot", "hello robot", "bye chatbot"): the name does not say its own intent. Unless the
    // whole clause says something without its cues ("good bot" is praise); "are you a robot" asks what it is.
    const named = this.withoutName(words);
    const addressed = named && !this.readSegment(words, false, asked) ? this.segment(named, asked) : null;
    if (addressed?.every((reading) => !reading.intent || SAID_TO_SOMEONE.has(reading.intent)))
      return addressed;
    const memo = new Map<number, Reading[] | null>();
    const from = (start: number): Reading[] | null => {
      if (start === words.length) return [];
      const known = memo.get(start);
      if (known !== undefined) return known;
      let found: Reading[] | null = null;
      if (this.joiners.has(words[start]) && start > 0) found = from(start + 1);
      for (let end = words.length; found === null && end > start; end--) {
        const whole = start === 0 && end === words.length;
        // Addressing the bot inside a clause ("cheers robot") pads it, as a clause of its own does.
        const reading =
          (!whole && this.addresses(words.slice(start, end)) ? { intent: null } : null) ??
          this.readSegment(words.slice(start, end), whole, asked && end === words.length) ??
          (whole && learned ? asReading(learned()) : null);
        if (reading === null) continue;
        const rest = from(end);
        if (rest !== null) found = [reading, ...rest];
      }
      memo.set(start, found);
      return found;
    };
    return from(0);
  }

  /**
   * A listed phrase said exactly first ("new question" starts over); then the framing kinds, before the phrases
   * among padding, which read function words as padding ("you've been a great help" is praise, not a request for
   * help; "have a good night" after thanks is a pleasantry, not a goodbye); last, for a whole clause, the cues.
   */
  private readSegment(words: readonly string[], wholeClause: boolean, asked: boolean): Reading | null {
    const text = words.join(' ');
    const question = this.asks({ words, asked });
    const exact = this.clauseIntent.exact(text);
    if (exact) return { intent: exact };
    // The patterns read the segment with a trailing space: made once, not once per pattern (about 46 of them).
    const padded = `${text} `;
    const opening = words[0] ?? '';
    const closing = words.at(-1) ?? '';
    // Only the kinds and patterns that may open with the segment's first word (most open with few words).
    const kind = (this.byOpening.get(opening) ?? this.anyOpening).find(
      (candidate) =>
        !(candidate.kind.statement && question) &&
        (candidate.patterns.some(
          (pattern) => (pattern.last === null || pattern.last.has(closing)) && this.matches(pattern, padded),
        ) ||
          this.fitsBag(candidate.kind, words)),
    )?.kind;
    if (kind) return { intent: kind.intent ?? null, ...(kind.aside ? { aside: true } : {}) };
    const said = this.clauseIntent.phrases(text);
    if (said) return { intent: said };
    const cued = wholeClause ? this.clauseIntent.cues(text) : null;
    return cued ? { intent: cued } : null;
  }

  /** Whether `padded` (a segment's words joined by spaces, with a space after the last) fits `pattern`. */
  private matches(pattern: CompiledPattern, padded: string): boolean {
    const found = pattern.regex.exec(padded);
    if (!found) return false;
    return pattern.slots.every((slot, i) => {
      const held = (found[i + 1] ?? '').trim().split(' ');
      if (slot === 'topic') return this.slots.namesOnlySubject(held);
      // What someone else said is a clause: its verbs and question words are its own ("who we talk to"). It names
      // no amount ("the pack says 25 mcg", "the pack says two tablets but my doctor said one" tell of a dose to ask
      // about).
      if (slot === 'said')
        return (
          !held.some((word) => /\d/.test(word) || parseNumber(word) !== undefined) &&
          !this.slots.namesContent(held) &&
          !this.slots.namesSign(held)
        );
      if (held.some((word) => this.notInSlot.has(word)) || this.slots.namesContent(held)) return false;
      if (slot === 'place' && this.slots.namesSite(held)) return false;
      return slot === 'what' || !this.slots.namesSign(held);
    });
  }

  /** A core ("questions") with only the kind's words beside it, and for `about` kinds an optional "about {topic}". */
  private fitsBag(kind: CompiledKind, words: readonly string[]): boolean {
    if (!kind.opens.has(words[0] ?? '')) return false;
    const at = kind.about ? words.findIndex((word) => ABOUT.has(word)) : -1;
    if (at <= 0) return this.isBagOf(kind, words);
    return this.isBagOf(kind, words.slice(0, at)) && this.slots.namesOnlySubject(words.slice(at + 1));
  }

  private isBagOf(kind: CompiledKind, words: readonly string[]): boolean {
    let hasCore = false;
    for (let i = 0; i < words.length;) {
      const core = kind.cores.find((candidate) => candidate.every((word, j) => words[i + j] === word));
      if (core) {
        hasCore = true;
        i += core.length;
      } else if (kind.words.has(words[i])) i += 1;
      else return false;
    }
    return hasCore;
  }
}
