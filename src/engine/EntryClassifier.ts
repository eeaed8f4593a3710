import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { Analysis } from './Analyzer';
import { LogisticRegression, type FeatureVector, type TrainingSettings } from './LogisticRegression';
import { DEFAULT_MODEL_CACHE_DIR, loadOrTrainModel, modelKey, type ModelCodec } from './modelCache';

/**
 * A question and the entries that answer it (a labelled question, or one of an entry's own phrasings); no ids for
 * a labelled question the base does not cover, which the model learns as "none of them".
 */
export interface LabelledQuestion {
  text: string;
  ids: readonly string[];
  /** The labelled set it comes from (none for an entry's own phrasing): the answer check holds out whole sets. */
  group?: string;
}

/**
 * Labelled questions to learn from besides the base's own phrasings, with a key that changes whenever they do (a
 * hash of their files), so a cached model is found without reading them.
 */
export interface TrainingSource {
  key: string;
  questions(): readonly LabelledQuestion[];
}

/** No labelled questions: the classifier learns from the base's phrasings alone. */
export const NO_TRAINING: TrainingSource = Object.freeze({ key: 'none', questions: () => [] });

/** What the classifier reads of a question: the engine's own reading of it (src/engine/Analyzer.ts). */
export type ClassifierInput = Pick<Analysis, 'words' | 'terms' | 'nutrients' | 'facets'>;

/**
 * Training settings. Fixed, so the same questions always give the same model (the shuffle is seeded). Chosen by
 * leave-one-set-out cross-validation (README); `skipBelow` only makes training faster.
 */
const TRAINING: TrainingSettings = Object.freeze({
  epochs: 12,
  learningRate: 0.5,
  decay: 0.2,
  l2: 1e-6,
  seed: 1,
  skipBelow: 1e-3,
});
/**
 * How much each kind of feature counts (each kind is scaled to this length before the whole is scaled to one):
 * the question's content terms and neighbouring pairs carry most; character trigrams of its words let a typo or
 * a plural still count; the nutrient and facet named, and the question's form ("how much", "is it"), say what
 * kind of answer is wanted.
 */
const GROUPS = Object.freeze({ t: 1, b: 0.6, c: 0.6, s: 0.5 });
/** Bump when features or training change, so cached models are not reused. */
const FORMAT = 'entry-logreg-1';

/**
 * Features of a question as the engine read it: content terms (stemmed, synonyms and nutrient names resolved),
 * pairs of neighbouring terms, character trigrams of its content words, the nutrients and facets named (and each
 * pair of the two), and its form (its first question word and the word after it). `formWords` are the question
 * words and openers of knowledge/language.yaml.
 */
export function entryFeatures(input: ClassifierInput, formWords: ReadonlySet<string>): FeatureVector {
  const groups: Record<keyof typeof GROUPS, Map<string, number>> = {
    t: new Map(),
    b: new Map(),
    c: new Map(),
    s: new Map(),
  };
  const add = (group: keyof typeof GROUPS, key: string) =>
    groups[group].set(key, (groups[group].get(key) ?? 0) + 1);
  input.terms.forEach((term, i) => {
    add('t', `t:${term}`);
    if (i > 0) add('b', `b:${input.terms[i - 1]} ${term}`);
  });
  for (const word of input.words) {
    if (word.length < 3 || formWords.has(word)) continue;
    const padded = `_${word}_`;
    for (let j = 0; j + 3 <= padded.length; j++) add('c', `c:${padded.slice(j, j + 3)}`);
  }
  for (const nutrient of input.nutrients) {
    add('s', `n:${nutrient}`);
    for (const facet of input.facets) add('s', `nf:${nutrient}@${facet}`);
  }
  for (const facet of input.facets) add('s', `f:${facet}`);
  const at = input.words.findIndex((word) => formWords.has(word));
  if (at >= 0) {
    add('s', `q:${input.words[at]}`);
    if (at + 1 < input.words.length) add('s', `q:${input.words[at]} ${input.words[at + 1]}`);
  }
  const features = new Map<string, number>([['bias', 1]]);
  for (const [group, counts] of Object.entries(groups) as Array<[keyof typeof GROUPS, Map<string, number>]>) {
    let norm = 0;
    for (const value of counts.values()) norm += value * value;
    if (norm === 0) continue;
    const scale = GROUPS[group] / Math.sqrt(norm);
    for (const [key, value] of counts) features.set(key, value * scale);
  }
  let norm = 0;
  for (const value of features.values()) norm += value * value;
  norm = Math.sqrt(norm);
  for (const [key, value] of features) features.set(key, value / norm);
  return features;
}

/**
 * Which entry a question is about, learned: a multinomial logistic regression (src/engine/LogisticRegression.ts)
 * over `entryFeatures`, one class per entry. It learns from every entry's title and alternates (facet entries'
 * generated phrasings included) and from labelled questions written by people who never saw them. The engine uses
 * it as one signal beside the lexical ranking (`classifierWeight` in config.ts), never alone.
 */
export class EntryClassifier {
  private readonly classOf: ReadonlyMap<string, number>;

  private constructor(
    readonly ids: readonly string[],
    private readonly model: LogisticRegression,
    private readonly formWords: ReadonlySet<string>,
  ) {
    this.classOf = new Map(ids.map((id, i) => [id, i]));
  }

  /**
   * Trains on `questions` (deterministic). `ids` are the classes, in a fixed order, and one more class stands for
   * questions the base does not cover (no ids); a question naming only ids not among them is skipped; one with
   * several accepted ids counts a share towards each.
   */
  static train(
    questions: readonly LabelledQuestion[],
    ids: readonly string[],
    read: (text: string) => ClassifierInput,
    formWords: ReadonlySet<string>,
  ): EntryClassifier {
    const classOf = new Map(ids.map((id, i) => [id, i]));
    const rows = questions.flatMap((question) => {
      const features = () => entryFeatures(read(question.text), formWords);
      if (question.ids.length === 0) return [{ features: features(), label: ids.length }];
      const labels = question.ids.filter((id) => classOf.has(id));
      if (labels.length === 0) return [];
      const vector = features();
      return labels.map((id) => ({
        features: vector,
        label: classOf.get(id) ?? 0,
        weight: 1 / labels.length,
      }));
    });
    return new EntryClassifier(ids, LogisticRegression.train(rows, ids.length + 1, TRAINING), formWords);
  }

  /**
   * Each entry's probability for the question; with the probability that the base does not cover it (`none`),
   * they sum to one.
   */
  probabilities(input: ClassifierInput): { of: (id: string) => number; none: number } {
    const scores = this.model.probabilities(entryFeatures(input, this.formWords));
    const of = (id: string) => {
      const c = this.classOf.get(id);
      return c === undefined ? 0 : scores[c];
    };
    return { of, none: scores[this.ids.length] };
  }

  /** The entry the model finds most likely (of the entries, not `none`), with its probability. */
  best(input: ClassifierInput): { id: string; probability: number } {
    const scores = this.model.probabilities(entryFeatures(input, this.formWords));
    let best = 0;
    for (let c = 1; c < this.ids.length; c++) if (scores[c] > scores[best]) best = c;
    return { id: this.ids[best], probability: scores[best] };
  }

  /** Whether `id` is one of the classes. */
  has(id: string): boolean {
    return this.classOf.has(id);
  }

  toJSON(): { format: string; ids: readonly string[]; classes: number; features: string[]; weights: string } {
    return { format: FORMAT, ids: this.ids, ...this.model.toJSON() };
  }

  /** The classifier as bytes (for the cache: a large model reads in one copy). */
  toBuffer(): Buffer {
    return this.model.toBuffer({ format: FORMAT, ids: this.ids });
  }

  /** The classifier `toBuffer` wrote, or null if it is not one (another format, or damaged). */
  static fromBuffer(data: Buffer, formWords: ReadonlySet<string>): EntryClassifier | null {
    const idsOf = (header: Record<string, unknown>) =>
      Array.isArray(header.ids) && header.ids.every((id) => typeof id === 'string')
        ? (header.ids as string[])
        : [];
    const read = LogisticRegression.fromBuffer(data, (header) => idsOf(header).length + 1);
    if (!read || read.header.format !== FORMAT || idsOf(read.header).length === 0) return null;
    return new EntryClassifier(idsOf(read.header), read.model, formWords);
  }

  /** The classifier `toJSON` wrote, or null if it is not one (another format, or damaged). */
  static fromJSON(json: unknown, formWords: ReadonlySet<string>): EntryClassifier | null {
    if (typeof json !== 'object' || json === null) return null;
    const { format, ids } = json as Record<string, unknown>;
    if (format !== FORMAT || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
    const model = LogisticRegression.fromJSON(json, ids.length + 1);
    return model && new EntryClassifier(ids as string[], model, formWords);
  }
}

/**
 * The classifier for this knowledge base and these labelled questions: read from .cache/models when the same base
 * (`kb.version`, which also decides how questions are read) and the same questions trained it before, else trained
 * (a few seconds) and cached. A changed YAML file changes the key, so the model retrains on its own.
 */
export function loadOrTrainEntryClassifier(
  kb: KnowledgeBase,
  training: TrainingSource,
  read: (text: string) => ClassifierInput,
  formWords: ReadonlySet<string>,
  cacheDir: string | null = DEFAULT_MODEL_CACHE_DIR,
): EntryClassifier {
  const ids = kb.entries.map((entry) => entry.id);
  return loadOrTrainModel(
    'entries',
    modelKey(FORMAT, TRAINING, GROUPS, kb.version, [...formWords], ids, training.key),
    cacheDir,
    binaryCodec(formWords),
    () => EntryClassifier.train([...entryPhrasings(kb), ...training.questions()], ids, read, formWords),
  );
}

const binaryCodec = (formWords: ReadonlySet<string>): ModelCodec<EntryClassifier> => ({
  extension: 'bin',
  encode: (model) => model.toBuffer(),
  decode: (data) => EntryClassifier.fromBuffer(data, formWords),
});

/** Every entry's title and alternates (facet entries' generated phrasings included), labelled with the entry. */
export const entryPhrasings = (kb: KnowledgeBase): LabelledQuestion[] =>
  kb.entries.flatMap((entry) =>
    [entry.title, ...entry.alternates].map((text) => ({ text, ids: [entry.id] })),
  );
