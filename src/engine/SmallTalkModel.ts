import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { ContentData } from '../knowledge/schema';
import { normalizeText } from '../text';
import { LogisticRegression } from './LogisticRegression';
import { DEFAULT_MODEL_CACHE_DIR, jsonCodec, loadOrTrainModel, modelKey } from './modelCache';
import type { IntentName } from './types';

type IntentData = ContentData['intents'][IntentName];

/** A small-talk label, or `none` for a question or any other request. */
export type SmallTalkLabel = IntentName | 'none';

export interface LabelledMessage {
  text: string;
  label: SmallTalkLabel;
}

export interface SmallTalkGuess {
  label: SmallTalkLabel;
  /** The model's probability for `label` (0..1). */
  probability: number;
  /** Words of four or more letters the model never saw in any example: "bitcoin" in "what is bitcoin". */
  unknownWords: number;
  /** Words of four or more letters the model has seen. */
  knownWords: number;
}

const LABELS: readonly SmallTalkLabel[] = [
  'none',
  'greeting',
  'thanks',
  'help',
  'restart',
  'disclaimer',
  'goodbye',
];

/**
 * Training settings. Fixed, so the same examples always give the same model (the shuffle is seeded). Chosen by
 * leave-one-set-out cross-validation over the labelled small-talk sets (README): more epochs changed nothing.
 */
const TRAINING = Object.freeze({ epochs: 20, learningRate: 0.5, decay: 0.2, l2: 1e-5, seed: 1 });
/** Bump when features or training change, so cached models are not reused. */
const FORMAT = 'smalltalk-logreg-1';

/** "helloooo" is "hello" said warmly. */
const squeezeRepeats = (word: string) => word.replace(/(.)\1{2,}/g, '$1');

/**
 * Features of a message: its words, pairs of neighbouring words, the character trigrams of each word (robust to
 * typos and slang spellings: "thnx", "helo") and its length; scaled to unit length.
 */
function featuresOf(text: string): Map<string, number> {
  const words = normalizeText(text)
    .split(' ')
    .filter((word) => word.length > 0)
    .map(squeezeRepeats);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  words.forEach((word, i) => {
    add(`w:${word}`);
    if (i > 0) add(`b:${words[i - 1]} ${word}`);
    const padded = `_${word}_`;
    for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`);
  });
  add(`n:${Math.min(words.length, 8)}`);
  add('bias');
  let norm = 0;
  for (const value of counts.values()) norm += value * value;
  norm = Math.sqrt(norm);
  for (const [key, value] of counts) counts.set(key, value / norm);
  return counts;
}

/**
 * A multinomial logistic regression over `featuresOf`: small talk is classified, not looked up. It learns from
 * the intents' phrases and cues (small talk), the knowledge base's own questions (not small talk) and labelled
 * messages written by people who never saw the phrase lists (`knowledge/smalltalk-examples.yaml`).
 */
export class SmallTalkModel {
  private constructor(private readonly model: LogisticRegression) {}

  /** Trains on `examples` (deterministic: the same examples give the same model). */
  static train(examples: readonly LabelledMessage[]): SmallTalkModel {
    // Classes are weighted so that the many knowledge-base questions do not drown the few small-talk phrases.
    const rows = examples.map((example) => ({
      features: featuresOf(example.text),
      label: LABELS.indexOf(example.label),
    }));
    return new SmallTalkModel(LogisticRegression.train(rows, LABELS.length, TRAINING));
  }

  /**
   * The most likely label of `text`, with its probability. Words in `functionWords` ("what", "is", "please") are
   * not counted as known or unknown words.
   */
  classify(text: string, functionWords: ReadonlySet<string> = new Set()): SmallTalkGuess {
    const features = featuresOf(text);
    let unknownWords = 0;
    let knownWords = 0;
    for (const feature of features.keys())
      if (feature.startsWith('w:') && feature.length >= 6 && !functionWords.has(feature.slice(2))) {
        if (this.model.knows(feature)) knownWords += 1;
        else unknownWords += 1;
      }
    const scores = this.model.probabilities(features);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return { label: LABELS[best], probability: scores[best], unknownWords, knownWords };
  }

  toJSON(): { format: string; features: string[]; weights: string } {
    return { format: FORMAT, ...this.model.toJSON() };
  }

  /** The model `toJSON` wrote, or null if it is not one (another format, or damaged). */
  static fromJSON(json: unknown): SmallTalkModel | null {
    if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FORMAT)
      return null;
    const model = LogisticRegression.fromJSON(json, LABELS.length);
    return model && new SmallTalkModel(model);
  }
}

export { DEFAULT_MODEL_CACHE_DIR };

/**
 * The model for `examples`: read from the cache when the same examples trained it before (keyed by their hash),
 * otherwise trained (a few hundred milliseconds) and written to the cache. A cache that cannot be read or
 * written only costs the training time.
 */
export function loadOrTrainSmallTalkModel(
  examples: readonly LabelledMessage[],
  cacheDir: string | null = DEFAULT_MODEL_CACHE_DIR,
): SmallTalkModel {
  return loadOrTrainModel(
    'smalltalk',
    modelKey(FORMAT, TRAINING, examples),
    cacheDir,
    jsonCodec((json) => SmallTalkModel.fromJSON(json)),
    () => SmallTalkModel.train(examples),
  );
}

/**
 * What the model learns from: each intent's phrases and cues, the base's own questions (titles and alternates:
 * not small talk) and the labelled sets, except the set named `leaveOut` (for cross-validation) and any set marked
 * `learnedFrom: false` (measured only).
 */
export function smallTalkTrainingExamples(kb: KnowledgeBase, leaveOut?: string): LabelledMessage[] {
  const examples: LabelledMessage[] = [];
  for (const [label, intent] of Object.entries(kb.content.intents) as [IntentName, IntentData][])
    for (const text of [...intent.phrases, ...(intent.cues ?? [])]) examples.push({ text, label });
  for (const entry of kb.entries)
    for (const text of [entry.title, ...entry.alternates]) examples.push({ text, label: 'none' });
  for (const set of kb.smallTalkExamples)
    if (set.name !== leaveOut && set.learnedFrom)
      for (const message of set.messages) examples.push({ text: message.text, label: message.intent });
  return examples;
}
