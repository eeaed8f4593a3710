import type { ContentData } from '../knowledge/schema';
import type { IntentName } from './types';
import { ENGLISH_STOP_WORDS } from './stopWords';
import { boundedEditDistance, normalizeText } from '../text';

/**
 * Function words never change what small talk means ("thank you, that's really helpful"). Question and
 * quantity words do: "ok, and how much is too much?" is a question, not an acknowledgement.
 */
const QUESTION_WORDS = new Set([
  'how',
  'what',
  'why',
  'when',
  'where',
  'which',
  'who',
  'much',
  'many',
  'too',
]);
const STOP_WORDS: ReadonlySet<string> = new Set(
  ENGLISH_STOP_WORDS.filter((word) => !QUESTION_WORDS.has(word)),
);

const NEAREST_CACHE_LIMIT = 10_000;

/** Longer messages are never small talk. */
const MAX_SMALL_TALK_WORDS = 10;

/** Words that pad small talk without changing it: "ok thanks", "hi there, help please". */
const FILLER = new Set([
  'ok',
  'okay',
  'so',
  'well',
  'please',
  'pls',
  'there',
  'again',
  'bot',
  'oh',
  'and',
  'just',
  'very',
  'much',
  'a',
  'lot',
  'you',
  'great',
  'cool',
  'nice',
  'can',
  'could',
  'we',
  'i',
  'lets',
  'let',
  'us',
  'me',
  'to',
  'now',
  'for',
  'the',
  'all',
  'mate',
  'buddy',
  'pal',
  'dude',
  'guys',
  'folks',
  'really',
  'about',
]);

/**
 * Small talk: greetings, thanks, "help", "start over", "disclaimer", goodbyes. A message is small talk only when
 * it is nothing but such phrases (and filler): "hi, does magnesium help cramps?" is a question, not a greeting.
 */
export class IntentDetector {
  private readonly phrases = new Map<string, IntentName>();
  private readonly longest: number;
  private readonly vocabulary: ReadonlySet<string>;
  /** Words already looked up against the small-talk vocabulary (bounded). */
  private readonly nearest = new Map<string, string>();

  constructor(intents: ContentData['intents']) {
    for (const [name, intent] of Object.entries(intents) as [IntentName, { phrases: string[] }][]) {
      for (const phrase of intent.phrases) {
        const key = normalizeText(phrase);
        if (!this.phrases.has(key)) this.phrases.set(key, name);
      }
    }
    this.longest = Math.max(...[...this.phrases.keys()].map((key) => key.split(' ').length));
    this.vocabulary = new Set([...this.phrases.keys()].flatMap((key) => key.split(' ')));
  }

  /** The intent the whole message expresses, or null if it contains anything else. */
  detect(text: string): IntentName | null {
    const raw = normalizeText(text)
      .split(' ')
      .filter((word) => word.length > 0);
    // Small talk is short; a long message is a question even if it opens with "hi" or "thanks".
    if (raw.length === 0 || raw.length > MAX_SMALL_TALK_WORDS) return null;
    // A word that is neither small talk nor filler (nor a typo of small talk) settles it: most messages are
    // questions, and they stop here at their first content word.
    const words: string[] = [];
    for (const word of raw) {
      const nearest = this.nearestWord(word);
      if (!this.vocabulary.has(nearest) && !FILLER.has(nearest) && !STOP_WORDS.has(nearest)) return null;
      words.push(nearest);
    }
    const found: IntentName[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      for (let length = Math.min(this.longest, words.length - i); length > 0; length--) {
        const intent = this.phrases.get(words.slice(i, i + length).join(' '));
        if (intent) {
          found.push(intent);
          matched = length;
          break;
        }
      }
      if (matched > 0) i += matched;
      else if (FILLER.has(words[i]) || STOP_WORDS.has(words[i])) i++;
      else return null;
    }
    if (found.length === 0) return null;
    // "hi, help" asks for help; "thanks, bye" says goodbye: the last non-greeting intent wins.
    return [...found].reverse().find((intent) => intent !== 'greeting') ?? 'greeting';
  }

  /** "thnks" and "helo" are small talk too: a word one edit from a small-talk word (4+ letters) counts as it. */
  private nearestWord(word: string): string {
    if (word.length < 4 || this.vocabulary.has(word) || FILLER.has(word) || STOP_WORDS.has(word)) return word;
    let nearest = this.nearest.get(word);
    if (nearest === undefined) {
      nearest = word;
      for (const known of this.vocabulary)
        if (
          known.length >= 4 &&
          Math.abs(known.length - word.length) <= 1 &&
          boundedEditDistance(word, known, 1) <= 1
        ) {
          nearest = known;
          break;
        }
      if (this.nearest.size >= NEAREST_CACHE_LIMIT) this.nearest.clear();
      this.nearest.set(word, nearest);
    }
    return nearest;
  }
}
