import type { ContentData } from '../knowledge/schema';
import type { IntentName } from './types';
import type { Language } from './compileLanguage';
import type { MatchConfig } from './config';
import { boundedEditDistance, expandWords, isEverydayWord, normalizeText } from '../text';

const NEAREST_CACHE_LIMIT = 10_000;

/**
 * The phrases of `table` found in `words`, longest first from left to right (each intent beside the phrase that said
 * it), and the words no phrase covers.
 */
function matchLongest(
  words: readonly string[],
  table: ReadonlyMap<string, IntentName>,
  longest: number,
): { found: IntentName[]; phrases: string[]; leftover: string[] } {
  const found: IntentName[] = [];
  const phrases: string[] = [];
  const leftover: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let length = Math.min(longest, words.length - i); length > 0; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      const intent = table.get(phrase);
      if (intent) {
        found.push(intent);
        phrases.push(phrase);
        matched = length;
        break;
      }
    }
    if (matched > 0) i += matched;
    else leftover.push(words[i++]);
  }
  return { found, phrases, leftover };
}

/** "hi, help" asks for help; "thanks, bye" says goodbye: the last non-greeting intent wins. */
const lastIntent = (found: readonly IntentName[]): IntentName =>
  [...found].reverse().find((intent) => intent !== 'greeting') ?? 'greeting';

/** "helloooo" and "thanksss" are "hello" and "thanks" said warmly: three or more of a letter count as one. */
const squeezeRepeats = (word: string) => word.replace(/(.)\1{2,}/g, '$1');

function trigramsOf(words: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const padded = `_${word}_`;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Small talk: greetings, thanks, "help", "start over", "disclaimer", goodbyes. A message is small talk only when
 * it is nothing but such phrases (and filler): "hi, does magnesium help cramps?" is a question, not a greeting.
 */
export class IntentDetector {
  private readonly phrases = new Map<string, IntentName>();
  private readonly longest: number;
  private readonly cues = new Map<string, IntentName>();
  private readonly longestCue: number;
  private readonly singleWordCues: ReadonlySet<string>;
  private readonly prototypes: ReadonlyArray<{ intent: IntentName; grams: ReadonlySet<string> }>;
  private readonly vocabulary: ReadonlySet<string>;
  /** The words of the cues and the hedges, which a word spelt by sound may be read as ("persn" is "person"). */
  private readonly cueVocabulary: ReadonlySet<string>;
  /** Words already looked up against the small-talk vocabulary (bounded). */
  private readonly nearest = new Map<string, string>();
  /** Words already looked up against the cue vocabulary (bounded). */
  private readonly nearestCue = new Map<string, string>();
  /** "even", "actually": a hedge inside a cue pads it ("what are you even good for" is "what are you good for"). */
  private readonly hedges: ReadonlySet<string>;
  /**
   * Words that never change what small talk means: fillers, and stop words other than question and quantity
   * words ("thank you, that's really helpful" is thanks; "ok, and how much is too much?" is a question, though
   * "thanks very much" is thanks: "much" is also a filler).
   */
  private readonly padding: ReadonlySet<string>;
  /** Words that only pad small talk ("ok", "lol"): some are phrases too, said alone. */
  private readonly fillers: ReadonlySet<string>;
  private readonly backReferences: ReadonlySet<string>;

  constructor(
    intents: ContentData['intents'],
    language: Language,
    private readonly config: SmallTalkConfig,
  ) {
    this.padding = new Set([
      ...language.fillers,
      ...[...language.functionWords].filter((word) => !language.asking.has(word)),
    ]);
    this.fillers = language.fillers;
    this.backReferences = language.backReferences;
    this.hedges = language.hedges;
    // Each phrase and cue with a contraction also as the message with its apostrophe reads ("I'm done" is "i am
    // done", as "im done" is); other expansions ("yo" is also "you") are not taken.
    const forms = (text: string) => {
      const key = normalizeText(text);
      const words = key.split(' ');
      const expanded = expandWords(words);
      return expanded.length > words.length ? [key, expanded.join(' ')] : [key];
    };
    for (const [name, intent] of Object.entries(intents) as [IntentName, { phrases: string[] }][]) {
      for (const phrase of intent.phrases)
        for (const key of forms(phrase)) if (!this.phrases.has(key)) this.phrases.set(key, name);
    }
    this.longest = Math.max(...[...this.phrases.keys()].map((key) => key.split(' ').length));
    // A cue is read with its hedges left out, as the message is: "what do you actually do" is "what do you do".
    const unhedged = (key: string) => {
      const kept = key.split(' ').filter((word) => !this.hedges.has(word));
      return kept.length > 0 ? kept.join(' ') : key;
    };
    for (const [name, intent] of Object.entries(intents) as [IntentName, { cues?: string[] }][])
      for (const cue of intent.cues ?? [])
        for (const key of forms(cue).map(unhedged)) if (!this.cues.has(key)) this.cues.set(key, name);
    this.longestCue = Math.max(1, ...[...this.cues.keys()].map((key) => key.split(' ').length));
    this.singleWordCues = new Set([...this.cues.keys()].filter((key) => !key.includes(' ')));
    // Similarity is to the phrases as listed: "what is up" would make "what should I ask" a greeting.
    const listed = Object.entries(intents).flatMap(([name, intent]) =>
      (intent as { phrases: string[] }).phrases.map(
        (phrase) => [normalizeText(phrase), name as IntentName] as const,
      ),
    );
    this.prototypes = [...new Map(listed)].map(([phrase, intent]) => {
      const words = phrase.split(' ').filter((word) => !this.padding.has(word));
      return { intent, grams: trigramsOf(words.length > 0 ? words : phrase.split(' ')) };
    });
    this.vocabulary = new Set([...this.phrases.keys()].flatMap((key) => key.split(' ')));
    this.cueVocabulary = new Set([...[...this.cues.keys()].flatMap((key) => key.split(' ')), ...this.hedges]);
  }

  /** The intent of a listed phrase, said exactly (after normalising), else null. */
  phrase(text: string): IntentName | null {
    return this.phrases.get(normalizeText(text)) ?? null;
  }

  /** The intent of a listed cue, said exactly (after normalising), else null. */
  cue(text: string): IntentName | null {
    return this.cues.get(normalizeText(text)) ?? null;
  }

  /** The intent the whole message expresses, or null if it contains anything else. */
  detect(text: string): IntentName | null {
    const raw = normalizeText(text)
      .split(' ')
      .filter((word) => word.length > 0);
    // Small talk is short; a long message is a question even if it opens with "hi" or "thanks".
    if (raw.length === 0 || raw.length > this.config.smallTalkMaxWords) return null;
    // A word that is neither small talk nor filler (nor a typo of small talk) settles it: most messages are
    // questions, and they stop here at their first content word.
    const words: string[] = [];
    for (const word of raw) {
      const nearest = this.nearestWord(word);
      if (!this.vocabulary.has(nearest) && !this.padding.has(nearest)) return null;
      words.push(nearest);
    }
    const { found, phrases, leftover } = matchLongest(words, this.phrases, this.longest);
    if (found.length === 0 || leftover.some((word) => !this.padding.has(word))) return null;
    // A phrase that is also a filler ("ok", "lol") says its intent alone; beside another phrase it pads it: "can we
    // restart lol" starts over, "start over ok" too.
    const said = found.filter((_, i) => !this.fillers.has(phrases[i]));
    return lastIntent(said.length > 0 ? said : found);
  }

  /**
   * Small talk worded in a way no phrase lists ("which subjects do you cover", "who am I talking to?"): the
   * intent of the most similar phrase (Dice overlap of character trigrams of the content words), when it is at
   * least `minSimilarity` similar. Only for short messages that name nothing the knowledge base covers
   * (`isTopical`) and that point back to nothing ("what if I take more than that?" continues a conversation).
   * The exact phrases are tried first, in `detect`.
   */
  classify(
    text: string,
    minSimilarity: number,
    isTopical: (words: readonly string[]) => boolean,
  ): IntentName | null {
    const words = normalizeText(text)
      .split(' ')
      .filter((word) => word.length > 0)
      .map(squeezeRepeats);
    if (words.length === 0 || words.length > this.config.smallTalkClassifyMaxWords) return null;
    // Cues first: each names its intent's concept ("wipe", "signing off"); the words they do not cover must
    // name nothing the base covers. Hedges pad a cue ("what are you even good for"), and a word spelt by sound, one
    // letter from a cue's word, is read as it ("r u a real persn", "topiks"), as `detect` reads typos of phrases.
    const { found: votes, leftover } = matchLongest(
      words.map((word) => this.nearestCueWord(word)).filter((word) => !this.hedges.has(word)),
      this.cues,
      this.longestCue,
    );
    if (isTopical(leftover)) return null;
    // A cue names the intent only when little else is said ("how do I reset my router password" is about a router).
    const unexplained = leftover.filter((word) => !this.padding.has(word));
    if (votes.length > 0 && unexplained.length <= this.config.smallTalkCueSpareWords)
      return lastIntent(votes);
    // Without a cue, a message that points back continues the conversation ("what if I take more than that?").
    if (words.some((word) => this.backReferences.has(word))) return null;
    const content = words.filter((word) => !this.padding.has(word));
    const grams = trigramsOf(content.length > 0 ? content : words);
    let best: { similarity: number; intent: IntentName; grams: ReadonlySet<string> } | null = null;
    for (const prototype of this.prototypes) {
      const similarity = dice(grams, prototype.grams);
      if (!best || similarity > best.similarity) best = { similarity, ...prototype };
    }
    if (!best || best.similarity < minSimilarity) return null;
    // Every content word must resemble the phrase ("helo there" does, "what is bitcoin" does not): one strange
    // word makes it another topic.
    const phrase = best.grams;
    return content.every((word) => dice(trigramsOf([word]), phrase) >= minSimilarity / 2)
      ? best.intent
      : null;
  }

  /** Words of the small-talk phrases: a message made only of these is not about the knowledge base's topics. */
  isSmallTalkWord(word: string): boolean {
    return this.vocabulary.has(word) || this.singleWordCues.has(word) || this.padding.has(word);
  }

  /**
   * A word one edit from a word of the cues (`minTypoLength`+ letters; never an everyday English word, nor a word of
   * the phrases or padding), read as that word: "persn" is "person", "atomatic" is "automatic".
   */
  private nearestCueWord(word: string): string {
    const { minTypoLength } = this.config;
    if (word.length < minTypoLength || this.cueVocabulary.has(word) || this.vocabulary.has(word)) return word;
    if (this.padding.has(word) || isEverydayWord(word, this.config.commonWordMinCount)) return word;
    return this.oneEditFrom(word, this.cueVocabulary, this.nearestCue);
  }

  /**
   * "thnks" and "helo" are small talk too: a word one edit from a small-talk word (`minTypoLength`+ letters) counts
   * as it. An everyday English word is never a typo ("note" is not "nope", as the matcher's typo correction holds).
   */
  private nearestWord(word: string): string {
    const { minTypoLength } = this.config;
    if (word.length < minTypoLength || this.vocabulary.has(word) || this.padding.has(word)) return word;
    if (isEverydayWord(word, this.config.commonWordMinCount)) return word;
    return this.oneEditFrom(word, this.vocabulary, this.nearest);
  }

  /**
   * The first word of `vocabulary` (`minTypoLength`+ letters) one edit from `word`, else `word` itself; remembered in
   * `cache` (bounded).
   */
  private oneEditFrom(word: string, vocabulary: ReadonlySet<string>, cache: Map<string, string>): string {
    const { minTypoLength } = this.config;
    let nearest = cache.get(word);
    if (nearest === undefined) {
      nearest = word;
      for (const known of vocabulary)
        if (
          known.length >= minTypoLength &&
          Math.abs(known.length - word.length) <= 1 &&
          boundedEditDistance(word, known, 1) <= 1
        ) {
          nearest = known;
          break;
        }
      if (cache.size >= NEAREST_CACHE_LIMIT) cache.clear();
      cache.set(word, nearest);
    }
    return nearest;
  }
}

/** The numbers small talk uses (src/engine/config.ts). */
export type SmallTalkConfig = Pick<
  MatchConfig,
  | 'smallTalkMaxWords'
  | 'smallTalkClassifyMaxWords'
  | 'smallTalkCueSpareWords'
  | 'minTypoLength'
  | 'commonWordMinCount'
>;
