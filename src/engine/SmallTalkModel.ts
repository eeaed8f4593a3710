import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { ContentData } from '../knowledge/schema';
import { CACHE_DIR } from '../startup/projectRoot';
import { normalizeText } from '../text';
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
  private readonly featureIndex: ReadonlyMap<string, number>;

  private constructor(
    features: readonly string[],
    private readonly weights: Float32Array,
  ) {
    this.featureIndex = new Map(features.map((feature, i) => [feature, i]));
  }

  /** Trains on `examples` (deterministic: the same examples give the same model). */
  static train(examples: readonly LabelledMessage[]): SmallTalkModel {
    const classes = LABELS.length;
    const index = new Map<string, number>();
    const rows = examples.map((example) => {
      const features = featuresOf(example.text);
      const ids = new Int32Array(features.size);
      const values = new Float64Array(features.size);
      let k = 0;
      for (const [feature, value] of features) {
        let id = index.get(feature);
        if (id === undefined) index.set(feature, (id = index.size));
        ids[k] = id;
        values[k++] = value;
      }
      return { ids, values, label: LABELS.indexOf(example.label) };
    });
    const weights = new Float64Array(index.size * classes);
    // Classes are weighted so that the many knowledge-base questions do not drown the few small-talk phrases.
    const perClass = new Array<number>(classes).fill(0);
    for (const row of rows) perClass[row.label] += 1;
    const classWeight = perClass.map((count) => (count > 0 ? rows.length / (classes * count) : 0));
    let state = TRAINING.seed;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const scores = new Float64Array(classes);
    for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
      for (let i = rows.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [rows[i], rows[j]] = [rows[j], rows[i]];
      }
      const rate = TRAINING.learningRate / (1 + epoch * TRAINING.decay);
      for (const { ids, values, label } of rows) {
        softmax(scores, ids, values, weights, classes);
        for (let c = 0; c < classes; c++) {
          const step = (scores[c] - (c === label ? 1 : 0)) * classWeight[label] * rate;
          for (let k = 0; k < ids.length; k++) {
            const at = ids[k] * classes + c;
            weights[at] -= step * values[k] + rate * TRAINING.l2 * weights[at];
          }
        }
      }
    }
    return new SmallTalkModel([...index.keys()], Float32Array.from(weights));
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
        if (this.featureIndex.has(feature)) knownWords += 1;
        else unknownWords += 1;
      }
    const ids: number[] = [];
    const values: number[] = [];
    for (const [feature, value] of features) {
      const id = this.featureIndex.get(feature);
      if (id !== undefined) {
        ids.push(id);
        values.push(value);
      }
    }
    const scores = new Float64Array(LABELS.length);
    softmax(scores, ids, values, this.weights, LABELS.length);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return { label: LABELS[best], probability: scores[best], unknownWords, knownWords };
  }

  toJSON(): { format: string; features: string[]; weights: string } {
    return {
      format: FORMAT,
      features: [...this.featureIndex.keys()],
      weights: Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength).toString(
        'base64',
      ),
    };
  }

  /** The model `toJSON` wrote, or null if it is not one (another format, or damaged). */
  static fromJSON(json: unknown): SmallTalkModel | null {
    if (typeof json !== 'object' || json === null) return null;
    const { format, features, weights } = json as Record<string, unknown>;
    if (format !== FORMAT || !Array.isArray(features) || typeof weights !== 'string') return null;
    const bytes = Buffer.from(weights, 'base64');
    if (bytes.byteLength !== features.length * LABELS.length * 4) return null;
    const copy = new Float32Array(features.length * LABELS.length);
    new Uint8Array(copy.buffer).set(bytes);
    return new SmallTalkModel(features as string[], copy);
  }
}

function softmax(
  scores: Float64Array,
  ids: ArrayLike<number>,
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  classes: number,
): void {
  scores.fill(0);
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k] * classes;
    for (let c = 0; c < classes; c++) scores[c] += weights[base + c] * values[k];
  }
  let max = -Infinity;
  for (let c = 0; c < classes; c++) max = Math.max(max, scores[c]);
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += scores[c] = Math.exp(scores[c] - max);
  for (let c = 0; c < classes; c++) scores[c] /= sum;
}

/** Where trained models are kept between runs, beside the other start-up caches (.cache/models). */
export const DEFAULT_MODEL_CACHE_DIR = join(CACHE_DIR, 'models');

/**
 * The model for `examples`: read from the cache when the same examples trained it before (keyed by their hash),
 * otherwise trained (a few hundred milliseconds) and written to the cache. A cache that cannot be read or
 * written only costs the training time.
 */
export function loadOrTrainSmallTalkModel(
  examples: readonly LabelledMessage[],
  cacheDir: string | null = DEFAULT_MODEL_CACHE_DIR,
): SmallTalkModel {
  const key = createHash('sha256')
    .update(FORMAT)
    .update(JSON.stringify(TRAINING))
    .update(JSON.stringify(examples))
    .digest('hex')
    .slice(0, 24);
  const file = cacheDir === null ? null : join(cacheDir, `smalltalk-${key}.json`);
  if (file !== null) {
    try {
      const cached = SmallTalkModel.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
      if (cached) return cached;
    } catch {
      // Not cached yet (or unreadable): train below.
    }
  }
  const model = SmallTalkModel.train(examples);
  if (file !== null && cacheDir !== null) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(model));
      renameSync(partial, file);
    } catch {
      // A read-only install trains at each start instead.
    }
  }
  return model;
}

/**
 * What the model learns from: each intent's phrases and cues, the base's own questions (titles and alternates:
 * not small talk) and the labelled sets, except the set named `leaveOut` (for cross-validation).
 */
export function smallTalkTrainingExamples(kb: KnowledgeBase, leaveOut?: string): LabelledMessage[] {
  const examples: LabelledMessage[] = [];
  for (const [label, intent] of Object.entries(kb.content.intents) as [IntentName, IntentData][])
    for (const text of [...intent.phrases, ...(intent.cues ?? [])]) examples.push({ text, label });
  for (const entry of kb.entries)
    for (const text of [entry.title, ...entry.alternates]) examples.push({ text, label: 'none' });
  for (const set of kb.smallTalkExamples)
    if (set.name !== leaveOut)
      for (const message of set.messages) examples.push({ text: message.text, label: message.intent });
  return examples;
}
