/**
 * How the engine reads small talk (greetings, "what can you do", thanks, goodbyes, "start over", questions about the
 * bot): the phrase lists and cues of knowledge/content.yaml read clause by clause with the framing around them
 * (src/engine/SmallTalkFraming.ts) before matching, and the learned small-talk model only where the base had no
 * answer. Built once per engine; `answerEngineSteps` asks it at those two points and beside asides about the person.
 */
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { SafetyScreen } from '../safety/types';
import { expandWords, normalizeText, readSpokenFillers, tokenize } from '../text';
import type { Steps } from '../util/runSteps';
import type { Analysis, Analyzer } from './Analyzer';
import type { MatchConfig } from './config';
import type { IntentDetector } from './IntentDetector';
import type { Language } from './compileLanguage';
import { SmallTalkFraming } from './SmallTalkFraming';
import type { SmallTalkModel } from './SmallTalkModel';
import type { AnswerResult, IntentName } from './types';

export interface SmallTalkReader {
  /**
   * Small talk the lists recognise before any matching: in framing first ("hi, student nurse here, got a few
   * questions"; clause by clause), then the phrases among padding, then cues and similar phrases. `otherTopic` is
   * true when the message asks leave to ask about another topic ("hi, can I ask about my mortgage?").
   */
  beforeMatching(
    text: string,
    note: (step: string) => void,
  ): { intent: IntentName | null; otherTopic: boolean };
  /**
   * Small talk the learned model recognises where the base had no answer for the message (see smallTalkIn).
   * `followsUp` is true when the message was read in a conversation's context (after an answer).
   */
  afterMatching(text: string, result: AnswerResult, followsUp?: boolean): IntentName | null;
  /** Small talk said beside asides about the person (see smallTalkBesideAsides). */
  besideAsides(text: string, note: (step: string) => void): IntentName | null;
}

export interface SmallTalkReaderDeps {
  config: MatchConfig;
  language: Language;
  analyzer: Analyzer;
  intents: IntentDetector;
  safety: SafetyScreen;
  smallTalk: SmallTalkModel;
}

/** The bare verbs of a feeling ("feeling okay" is no complaint), the words that say it is fine, and their denials. */
const FEEL_VERBS = new Set(['feel', 'feels', 'feeling', 'felt']);
const FINE = new Set(['ok', 'okay', 'fine', 'good', 'great', 'better', 'well', 'grand', 'alright']);
const NOT_FINE = new Set(['not', 'never', 'no']);
/** The person as the subject of a verb: "what I write here" tells what they do, not a task for the bot. */
const PERSON = new Set(['i', 'we']);
/**
 * How a word is said, spelt or written in another language ("how do you say hello in Korean", "how would I spell
 * thank you in Dutch"): a translation, a task, whatever greeting or thanks it names.
 */
const ASKS_HOW_A_WORD_IS_SAID =
  /\bhow (?:do|does|would|can|could|should|to)(?: you| u| i| we| one| people| they)? (?:say|spell|write|pronounce|type)\b/;
/**
 * How a word is written, asked for a clue, a card or a letter ("is 'thankyou' one word or two?", "how many letters in
 * goodbye?", "is cheerio hyphenated?", "how is ta-ra spelt?"): a question about the word, never small talk, whatever
 * greeting or thanks it names.
 */
const ASKS_HOW_A_WORD_IS_WRITTEN =
  /\b(?:(?:one|1|a single) word or (?:two|2)|(?:two|2) words or (?:one|1)|hyphen(?:ated|ate|s)?|how many letters|letters? long|(?:is|are|it|that|they) (?:it |that |they )?(?:spelt|spelled|written|capitali[sz]ed|abbreviated)|(?:spelt|spelled|written) (?:as )?(?:one|two|1|2|a single) words?|capital letter)\b/;
/** Two written forms of a word weighed, each in quotation marks: "is it 'thank you' or 'thankyou' in a letter?". */
const WEIGHS_TWO_SPELLINGS = /["'‘“][^"'‘’“”]+["'’”]\s+or\s+["'‘“][^"'‘’“”]+["'’”]/u;

/** Whether `text` asks how a word is written (see ASKS_HOW_A_WORD_IS_WRITTEN, WEIGHS_TWO_SPELLINGS). */
function asksHowAWordIsWritten(text: string): boolean {
  return (
    WEIGHS_TWO_SPELLINGS.test(text) ||
    ASKS_HOW_A_WORD_IS_WRITTEN.test(tokenize(normalizeText(text)).join(' '))
  );
}
/**
 * How old the bot or anyone is ("how old are you", "how old is this bot"): a question of age, no greeting, however
 * much of "how are you" the model hears in it.
 */
const ASKS_AN_AGE = /\bhow old (?:are|r|is|was|were)\b/;
/**
 * The bot's favourite anything ("what's your favourite colour?", "what is your fave film"): chit-chat about its
 * tastes, never what it does or who made it, however much of "what are you for" the model hears in it.
 */
const ASKS_A_FAVOURITE = /\b(?:your|ur|yr) (?:favourite|favorite|fave|fav|favourit|favorit)\b/;
/** "what helps with", "what's good for", "anything for": asking for a remedy, never for what the bot does. */
const WHAT_HELPS = /\b(?:what|anything|something) (?:helps?|is good|works?|is best) (?:with|for|against)\b/;
/**
 * A setting of another app or device ("can you help me turn off Teams notifications?", "where's dark mode in the
 * settings?"): a request for help with another app, never small talk, whatever "can you help me" the model hears.
 */
const ASKS_ABOUT_ANOTHER_APPS_SETTING = /\b(?:notifications?|bluetooth|dark mode|ringtone|ringer|settings)\b/;
/**
 * A clue, anagram or rhyme for a word, as crossword setters ask ("need a cryptic clue for hello", "an anagram of
 * thanks"): a task about the word, never small talk, whatever greeting or starting over the word names. "A clue for
 * you" is play with the bot, not a word asked about.
 */
const ASKS_FOR_A_CLUE =
  /\b(?:a|the|cryptic|crossword|good|clever|new|another) clue (?:for|to) (?!(?:you|u|me|us)\b)\w+|\b(?:anagram|synonym|rhyme) (?:for|of) \w+/;
/**
 * A recipe asked for ("best pumpkin pie recipe for Thanksgiving?", "an easy stuffing recipe"): a request for a dish,
 * never small talk, whatever thanks the holiday's name or a greeting sounds like. Thanks for a recipe given ("thanks
 * for the recipe", "cheers for that recipe tip") stays thanks, and recipes named as a kind of thing the bot might do
 * ("can you do recipes or just nutrition?") ask what it does.
 */
const ASKS_FOR_A_RECIPE = /\brecipe\b/;
const THANKS_FOR_A_RECIPE =
  /\b(?:for|about|of|loved|love|liked|like|enjoyed) (?:the|that|this|your|those|these|all the|a) (?:\w+ ){0,2}recipes?\b/;
/**
 * Whether it will rain, snow or be sunny ("is it going to rain in York later", "will it snow tonight"): a weather
 * question, no small talk, whatever leaving the model hears beside it ("I've got washing out").
 */
const ASKS_THE_WEATHER =
  /\b(?:is|will|does) it (?:going to |gonna )?(?:be )?(?:rain|raining|snow|snowing|sunny|windy|stormy|frosty|hail|hailing|dry|wet)\b/;
/**
 * Which of two ways is better ("is it better to run in the morning or evening?", "which is healthier, tea or
 * coffee?"): a question weighing choices, never a greeting, thanks, goodbye or starting over, whatever the model hears
 * in "morning or evening".
 */
const ASKS_WHICH_IS_BETTER =
  /\b(?:is it|would it be|which(?: one)? is|which s) (?:better|best|healthier|safer|worse)\b/;
/**
 * How one thing compares with another, asked at the start of a clause ("is that quicker than taking tablets?", "are
 * gummies better than capsules?"): a question, never thanks, however much of "that was quicker than my sleight of
 * hand" (praise) the model hears in it. "let's see if you're any better than the last bot" asks nothing.
 */
const ASKS_HOW_IT_COMPARES =
  /^(?:is|are|was|were|would|will) (?:\S+ )?\S+ (?:even |much |way |far |any )?(?:\S+er|more \S+|less \S+) than\b/;
/**
 * A case put as a question at the start of a clause ("what if I take more than that?", "what happens if I stop?"): it
 * asks what follows, never a greeting, thanks, goodbye or starting over, however much of "rarer than you'd think"
 * (thanks) the model hears in "more than that".
 */
const ASKS_WHAT_IF = /^(?:and |so |but |ok |okay )?what (?:if|happens if|would happen if|happens when)\b/;
/** Where a message's clauses break, for a clause said in the intents' own phrases ("…, bye"). */
const SENTENCE_PUNCTUATION = /[.,!?;:…]+/;

/**
 * The second person of the stage's Early Modern English, as drama teachers and role-players write it: "art thou flesh
 * and blood?", "what dost thou know?", "tell me thy purpose". Read as today's English for small talk only ("are you",
 * "do you", "your"); "art" and "wilt" only beside "thou" (art class, plants wilt).
 */
const EARLY_MODERN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bart\s+thou\b/giu, 'are you'],
  [/\bthou\s+art\b/giu, 'you are'],
  [/\bwilt\s+thou\b/giu, 'will you'],
  [/\bthou\s+wilt\b/giu, 'you will'],
  [/\b(?:thou|thee)\b/giu, 'you'],
  [/\b(?:thy|thine)\b/giu, 'your'],
  [/\b(?:dost|doest)\b/giu, 'do'],
  [/\bdoth\b/giu, 'does'],
  [/\bhast\b/giu, 'have'],
  [/\bhath\b/giu, 'has'],
  [/\bcanst\b/giu, 'can'],
  [/\bwouldst\b/giu, 'would'],
  [/\bcouldst\b/giu, 'could'],
  [/\bshouldst\b/giu, 'should'],
  [/\bshalt\b/giu, 'shall'],
  [/\bknowest\b/giu, 'know'],
];

/**
 * A yes-or-no question closed by "or not" ("IS THIS MEDICAL ADVICE OR NOT", Singlish "you there or not?"): the "or
 * not" asks nothing more. Read without it for small talk only ("does magnesium work or not" still names magnesium).
 */
const CLOSING_OR_NOT = /[\s,]+or\s+not(?:\s+(?:ah|lah|la|leh|lor))?\s*([?!.]*)\s*$/iu;

/** `text` without a closing "or not" (see CLOSING_OR_NOT), or `text` itself. */
function withoutClosingOrNot(text: string): string {
  const stripped = text.replace(CLOSING_OR_NOT, '$1');
  return stripped.trim().length > 0 ? stripped : text;
}

/** Every word the replacements above start from ("art" and "wilt" only ever beside "thou"): most messages have none. */
const EARLY_MODERN_WORD =
  /\b(?:thou|thee|thy|thine|dost|doest|doth|hast|hath|canst|wouldst|couldst|shouldst|shalt|knowest)\b/iu;

/**
 * `text` with the stage's "thou", "thy", "art thou", "dost thou" in today's English ("you", "your", "are you"), and
 * what people type as they speak read as said: a hesitation "er" (never the ER), "I mean,", "b'y" (src/text), and a
 * closing "or not" left out.
 */
export function inTodaysEnglish(written: string): string {
  const text = readSpokenFillers(withoutClosingOrNot(written));
  if (!EARLY_MODERN_WORD.test(text)) return text;
  let today = text;
  for (const [older, now] of EARLY_MODERN) today = today.replace(older, now);
  return today;
}

/**
 * A message typed a letter at a time, as on a large keyboard or under a screen magnifier ("h e l l o", "w h a t c a
 * n y o u d o"; the gaps between words are lost with the other whitespace): its letters joined ("whatcanyoudo"), or
 * null for any other message.
 */
export function joinSpacedLetters(text: string): string | null {
  const tokens = text.trim().split(/\s+/u);
  const letters = tokens.filter((token) => /^\p{L}$/u.test(token));
  const spelled = tokens.every((token) => /^(?:\p{L}|\p{P}+)$/u.test(token));
  return spelled && letters.length >= 4 ? letters.join('').toLowerCase() : null;
}

/** Built in small steps, like the rest of the engine (one per entry for the topic words). */
export function* smallTalkReaderSteps(kb: KnowledgeBase, deps: SmallTalkReaderDeps): Steps<SmallTalkReader> {
  const { config, language, analyzer, intents, safety, smallTalk } = deps;
  const smallTalkFunctionWords = new Set([...language.stopWords, ...language.asking, ...language.fillers]);
  // Words the base's questions are about (not small-talk words): one of them makes a message a question.
  const topicWords = new Set<string>();
  for (const entry of kb.entries) {
    for (const text of [entry.title, ...entry.alternates, ...entry.tags])
      for (const word of tokenize(normalizeText(text)))
        if (!intents.isSmallTalkWord(word)) topicWords.add(word);
    yield;
  }
  const isTopical = (words: readonly string[]) => {
    if (words.some((word) => topicWords.has(word))) return true;
    const analysis = analyzer.analyze(words.join(' '));
    return (
      analysis.nutrients.length > 0 ||
      analysis.facets.length > 0 ||
      analysis.namesSubjectWord ||
      analysis.uncovered.length > 0
    );
  };
  /** Whether an analysis names what the base covers: a nutrient or a subject word (not an uncovered topic). */
  const namesBaseContentIn = (analysis: Analysis): boolean =>
    analysis.nutrients.length > 0 || analysis.namesSubjectWord;
  const namesBaseContent = (text: string): boolean => namesBaseContentIn(analyzer.analyze(text));
  // What the vocabulary's categories name (knowledge/vocabulary.yaml: medicines such as "water pills" and "statins",
  // diets such as "vegan", "weight loss surgery"), as the analyzer reads them, every word of a concept ("seizure drugs",
  // not "drugs" alone): a message naming one asks about it ("what about water pills, same deal?"), however the
  // small-talk model reads its other words.
  const vocabularyConcepts = kb.vocabulary.categories
    .map((category) => analyzer.analyze(category.concept).terms)
    .filter((terms) => terms.length > 0);
  /** Whether `text` names what the base covers or every word of a vocabulary concept, from one analysis. */
  const namesBaseContentOrVocabulary = (text: string): boolean => {
    const analysis = analyzer.analyze(text);
    if (namesBaseContentIn(analysis)) return true;
    const terms = new Set(analysis.terms);
    return vocabularyConcepts.some((concept) => concept.every((term) => terms.has(term)));
  };
  // How a person says they feel in body (framing.feelingWords: "kinda washed out today", "I'm shattered", "under the
  // weather"): a complaint, never small talk read by the cues or the small-talk model ("off", "out" and "all in" read
  // as leaving, "washed" as a clean slate). A sign the safety screen reads gets the safety net before the model reads
  // anything; its namesSymptom is not asked here, as it takes "tight lines" (an angler's goodbye) for a symptom.
  // A feeling told as fine ("feeling okay, just looking around", "feel much better now") is no complaint; told as
  // not fine ("not feeling great") it is.
  const feelingPhrases = kb.content.framing.feelingWords.map((phrase) => normalizeText(phrase));
  const saysHowOneFeels = (text: string): boolean => {
    const words = expandWords(tokenize(normalizeText(text)));
    const padded = ` ${words.join(' ')} `;
    return feelingPhrases.some((phrase) => {
      if (!padded.includes(` ${phrase} `)) return false;
      if (!FEEL_VERBS.has(phrase)) return true;
      return words.some(
        (word, i) =>
          word === phrase &&
          (NOT_FINE.has(words[i - 1] ?? '') || !words.slice(i + 1, i + 4).some((next) => FINE.has(next))),
      );
    });
  };
  // Terms that name only the subject: the topic words of the framing, the subject words; nutrients are "#id".
  const framingTopicWords = new Set(kb.content.framing.topicWords);
  const taskWords = new Set(kb.content.framing.taskWords.map((word) => normalizeText(word)));
  // Starting over on, or leaving, a thing of another app, device or reading (framing.otherThings: "reset my password",
  // "back to the start of the article, what is VDD", "log off my computer") is a task for it, not starting over or
  // leaving here. A thing the intent's own cues name is the chat's ("closing the app" is leaving here), and a clause
  // that says the intent in its own phrases says it here ("logging off my laptop now, bye").
  const otherThings = new Set(kb.content.framing.otherThings.map((word) => normalizeText(word)));
  const anotherThing = new Map<IntentName, ReadonlySet<string>>(
    (['restart', 'goodbye'] as const).map((name) => {
      const own = new Set(kb.content.intents[name].cues.flatMap((cue) => normalizeText(cue).split(' ')));
      return [name, new Set([...otherThings].filter((word) => !own.has(word)))];
    }),
  );
  const actsOnAnotherThing = (text: string, intent: IntentName | null): boolean => {
    const things = intent && anotherThing.get(intent);
    return (
      !!things &&
      expandWords(tokenize(normalizeText(text))).some((word) => things.has(word)) &&
      !text.split(SENTENCE_PUNCTUATION).some((clause) => intents.detect(clause) === intent)
    );
  };
  // The words of each intent's phrases and cues: a question naming the chat they name ("can we start the
  // conversation from the beginning?") says the intent.
  const ownWords = new Map<IntentName, ReadonlySet<string>>(
    (Object.entries(kb.content.intents) as Array<[IntentName, { phrases: string[]; cues: string[] }]>).map(
      ([name, intent]) => [
        name,
        new Set([...intent.phrases, ...intent.cues].flatMap((text) => normalizeText(text).split(' '))),
      ],
    ),
  );
  // Each intent's phrases and cues without their spaces ("whatcanyoudo"), to read a message typed a letter at a time.
  const spelledPhrases = new Map<string, string>();
  for (const intent of Object.values(kb.content.intents))
    for (const phrase of [...intent.phrases, ...intent.cues]) {
      const normalized = normalizeText(phrase);
      spelledPhrases.set(normalized.replace(/ /g, ''), normalized);
    }
  const subjectTerms = new Set(
    [...framingTopicWords, ...kb.subjectWords].flatMap((word) => analyzer.analyze(word).terms),
  );
  const framing = new SmallTalkFraming(
    kb.content.framing,
    language,
    {
      namesContent: (words) => {
        const analysis = analyzer.analyze(words.join(' '));
        return analysis.nutrients.length > 0 || analysis.namesSubjectWord || analysis.uncovered.length > 0;
      },
      // "student nurse", "carer for my dad", "driver with dodgy knees", "who sits all day"; not "runner with numb
      // toes" nor "who gets dizzy": a symptom or an onset the screen reads, or a red flag. A body part, a routine
      // or a duration alone is a situation ("back on track", "all day").
      namesSign: (words) => {
        const text = words.join(' ');
        return safety.namesSymptom(text) || safety.triage(text) !== null;
      },
      namesSite: (words) => (safety.features(words.join(' ')).site ?? []).length > 0,
      namesBaseContent: (words) => namesBaseContent(words.join(' ')),
      namesTopic: (words) => isTopical(words),
      namesOnlySubject: (words) => {
        const analysis = analyzer.analyze(words.join(' '));
        return (
          (analysis.terms.length > 0 || words.some((word) => framingTopicWords.has(word))) &&
          analysis.uncovered.length === 0 &&
          analysis.terms.every((term) => term.startsWith('#') || subjectTerms.has(term))
        );
      },
    },
    {
      exact: (clause) => intents.phrase(clause),
      phrases: (clause) => intents.detect(clause),
      cues: (clause) =>
        saysHowOneFeels(clause) ? null : intents.classify(clause, config.smallTalkSimilarity, isTopical),
      cue: (text) => intents.cue(text),
      ownWords: (intent) => ownWords.get(intent) ?? new Set(),
    },
    config,
  );
  // Whether someone else is a real person or doctor ("is Siri a real person?", "is my chiropractor a real doctor?")
  // asks about them, whatever help or disclaimer the cues or the model read.
  const asksWhetherSomeoneElseIsReal = (text: string, intent: IntentName | null): boolean =>
    (intent === 'disclaimer' || intent === 'help') && framing.asksWhetherSomeoneElseIsReal(text);
  yield;

  /**
   * Small talk no phrase or cue lists ("sup bot", "who made you?"), recognised by the small-talk model: only when
   * the base had no answer for the message (declined, or unsure enough to ask) and the model is confident.
   */
  function smallTalkIn(text: string, result: AnswerResult, followsUp = false): IntentName | null {
    // After an answer, a message the base half-matched in that context ("any vegan options?" after the B12 foods)
    // continues the conversation: the options offered are about it.
    const unanswered =
      (result.kind === 'fallback' && result.reason === 'no-match') ||
      (result.kind === 'clarify' && !result.notice && !result.soon && !followsUp);
    // "thanks for the tip but I'm diabetic, is that still ok?" turns to a question: it asks it.
    if (!unanswered || framing.turnsToAQuestion(text)) return null;
    // A setting of another app, or a clue for a word, asked anywhere in the message ("need a cryptic clue for hello,
    // something clever"), is a request, whatever small talk the model hears in a clause of it.
    const joined = normalizeText(text);
    if (ASKS_ABOUT_ANOTHER_APPS_SETTING.test(joined) || ASKS_FOR_A_CLUE.test(joined)) return null;
    // A recipe asked for, anywhere in the message, is a request ("best pumpkin pie recipe for Thanksgiving?").
    if (ASKS_FOR_A_RECIPE.test(joined) && !THANKS_FOR_A_RECIPE.test(joined)) return null;
    // The whole message, or each clause the framing does not explain ("hi, nurse here, forget all before"), or, when
    // nothing in the base came close (no options to offer), a request for help closing an introduction ("hi, im 3
    // months post-op, what kind of things can you answer?"): a clause after content the base half-matched ("GP says
    // my B12 is borderline, what is that") asks about that content, and the base offers its options for it.
    const declined = result.kind === 'fallback';
    const intent =
      (tokenize(normalizeText(text)).length <= config.smallTalkModelWords ? learnedIntent(text) : null) ??
      framing.read(text, learnedIntent) ??
      (declined && framing.closesWithHelp(text, learnedIntent) ? 'help' : null);
    // "I'm going to the doctor tomorrow, what tests should I ask for?" asks advice for the visit.
    if (intent === 'help' && framing.asksAdviceForACarer(text)) return null;
    // Thanks, a greeting, a goodbye or starting over followed by a question of its own about a topic, with no turn
    // ("but") before it, asks that question: "thanks, that helped. do sports drinks count for electrolytes?".
    if (
      intent !== null &&
      intent !== 'help' &&
      intent !== 'disclaimer' &&
      framing.closesOnAQuestion(text, learnedIntent)
    )
      return null;
    return actsOnAnotherThing(text, intent) ||
      asksWhetherSomeoneElseIsReal(text, intent) ||
      (intent !== null && asksHowAWordIsWritten(text))
      ? null
      : intent;
  }

  /**
   * Small talk said beside asides about the person (src/engine/SmallTalkFraming.ts `isAside`): "Hello! I look after
   * my mum, she has type 2 diabetes. Just saying hi for now", "gotta go, kid's crying".
   */
  function smallTalkBesideAsides(text: string, note: (step: string) => void): IntentName | null {
    const intent = framing.read(text, learnedIntent, { asides: true });
    // "my phone keeps saying storage full, how do i clear it" asks to clear the phone, not the chat.
    if (
      !intent ||
      framing.turnsToAQuestion(text) ||
      actsOnAnotherThing(text, intent) ||
      asksWhetherSomeoneElseIsReal(text, intent) ||
      asksHowAWordIsWritten(text)
    )
      return null;
    note(`small talk beside an aside about the person: ${intent}`);
    return intent;
  }

  /** The small-talk model's intent for `text` when it is confident, else null. */
  function learnedIntent(text: string): IntentName | null {
    // A task for the bot to do ("translate hello into Spanish", "can you order pizza", "summarise the notes from this
    // morning") is a request, whatever small talk it names; a task word after "I" or "we" tells what the person does
    // ("does my boss see what I write here").
    const words = tokenize(normalizeText(text));
    if (words.some((word, i) => taskWords.has(word) && !PERSON.has(words[i - 1] ?? ''))) return null;
    const joined = words.join(' ');
    if (
      ASKS_HOW_A_WORD_IS_SAID.test(joined) ||
      ASKS_AN_AGE.test(joined) ||
      ASKS_THE_WEATHER.test(joined) ||
      ASKS_A_FAVOURITE.test(joined)
    )
      return null;
    // A message that names what the base covers (a nutrient, a subject word, a medicine or diet of its vocabulary)
    // asks about it ("what about water pills, same deal?"), however the model reads its other words.
    if (namesBaseContentOrVocabulary(text)) return null;
    // Nor one that asks what helps with something ("what helps with hot flushes", a topic the base does not cover):
    // a remedy is asked for, never what the bot does.
    if (WHAT_HELPS.test(joined)) return null;
    // Nor one that says how the person feels: "kinda washed out today" is a complaint, not a goodbye.
    if (saysHowOneFeels(text)) return null;
    const guess = smallTalk.classify(text, smallTalkFunctionWords);
    if (guess.label === 'none' || guess.probability < config.smallTalkModelMin) return null;
    // Weighing two ways, or one thing against another, or putting a case ("what if I take more than that?"), is a
    // question, unless it weighs the bot ("can I rely on this or is it better I ask my GP?").
    const comparesOrSupposes = text.split(SENTENCE_PUNCTUATION).some((clause) => {
      const words = tokenize(normalizeText(clause)).join(' ');
      return ASKS_HOW_IT_COMPARES.test(words) || ASKS_WHAT_IF.test(words);
    });
    if (
      (ASKS_WHICH_IS_BETTER.test(joined) || comparesOrSupposes) &&
      guess.label !== 'help' &&
      guess.label !== 'disclaimer'
    )
      return null;
    // Nor a task its cues give another thing ("log off my computer"), whatever the model reads in it.
    if (
      actsOnAnotherThing(text, guess.label) ||
      actsOnAnotherThing(text, intents.classify(text, config.smallTalkSimilarity, isTopical))
    )
      return null;
    // "does chamomile tea help you sleep", "I'm nervous about the drive, what should I do?" and "are gummies tested
    // like drugs are?" ask about something other than the bot.
    if (framing.asksAboutSomethingElse(text, guess.label)) return null;
    // A question about the bot ("what can you do?", "is this advice?") says little else: when words no example has
    // outnumber the known ones, it is about another topic ("what is bitcoin"). Greetings and thanks may carry
    // words of their own ("hello love", "much obliged").
    const aboutTheBot = guess.label === 'help' || guess.label === 'disclaimer';
    return aboutTheBot && guess.unknownWords > guess.knownWords ? null : guess.label;
  }

  return {
    beforeMatching(written, record) {
      // Read "h e l l o" as "hello" when its letters spell a phrase or cue; anything else is read as written, with
      // the stage's "thou" and "thy" as "you" and "your".
      const text = spelledPhrases.get(joinSpacedLetters(written) ?? '') ?? inTodaysEnglish(written);
      const framed = framing.read(text);
      if (framed) record('small talk read clause by clause (src/engine/SmallTalkFraming.ts)');
      const said = framed ? null : intents.detect(text);
      // "hi, can I ask about my mortgage?" asks about another topic: matched (and declined), never a greeting.
      const otherTopic = !said && !framed && framing.asksAboutAnotherTopic(text);
      if (otherTopic) record('asks leave to ask about another topic: not small talk');
      const intent =
        framed ??
        said ??
        (otherTopic || saysHowOneFeels(text)
          ? null
          : intents.classify(text, config.smallTalkSimilarity, isTopical));
      // Small talk that turns to a question ("thanks, but is that still ok?") asks it, and help beside a visit to the
      // GP ("I'm going to the nurse on Monday, what should I ask for?") asks advice for it.
      // "is Siri a real person?" asks about Siri, not the bot; "is 'thankyou' one word or two?" asks about the word.
      const asks =
        intent !== null &&
        (actsOnAnotherThing(text, intent) ||
          framing.turnsToAQuestion(text) ||
          (intent === 'help' && framing.asksAdviceForACarer(text)) ||
          asksWhetherSomeoneElseIsReal(text, intent) ||
          asksHowAWordIsWritten(text));
      return { intent: asks ? null : intent, otherTopic };
    },
    afterMatching: (text, result, followsUp) => smallTalkIn(inTodaysEnglish(text), result, followsUp),
    besideAsides: (text, note) => smallTalkBesideAsides(inTodaysEnglish(text), note),
  };
}
