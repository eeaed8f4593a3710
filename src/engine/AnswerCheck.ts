import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { MatchConfig } from './config';
import type { EntryClassifier, LabelledQuestion, TrainingSource } from './EntryClassifier';
import type { Explanation, ReadingExplanation } from './Explanation';
import { DEFAULT_MODEL_CACHE_DIR, jsonCodec, loadOrTrainModel, modelKey } from './modelCache';

/**
 * The learned answer check: before the bot answers or asks, how likely is its top candidate right? A logistic
 * regression over what the ranking looked like (`answerCheckFeatures`), trained on the replies the engine gave to
 * labelled questions its entry classifier never saw. Where it finds an answer less likely right than
 * `answerCheckMin`, the bot asks "Did you mean…" with the close candidates instead: a wrong answer between two
 * neighbouring entries costs more than a question back that offers both. Where the usual decision would ask and the
 * check finds the top candidate at least `answerCheckSure` likely right, the bot answers it (src/engine/matchClause.ts).
 */

/** What the check reads of one ranked candidate. */
export interface CheckedCandidate {
  id: string;
  /** The blended score the decision read, the lexical one, and the classifier's probability. */
  score: number;
  lexical: number;
  probability: number;
}

/** What the check reads of a question and its ranking. */
export interface CheckInput {
  /** The ranked candidates, best first (the one to be answered first). */
  candidates: readonly CheckedCandidate[];
  /** The usual decision asked "Did you mean…" rather than answering. */
  asked: boolean;
  /** The usual decision declined (the top candidate under the floor) rather than answering or asking. */
  declined?: boolean;
  nutrients: readonly string[];
  facets: readonly string[];
  terms: number;
  unknownShare: number;
}

/** What the check knows of an entry: the nutrient it is about and the facet it asks (either may be absent). */
export type EntryTopic = (id: string) => { nutrient?: string; facet?: string };

/** The features' names, in order (the model's weights follow them). */
export const ANSWER_CHECK_FEATURES = Object.freeze([
  'top score',
  'lead over the runner-up',
  'lexical lead over the best other lexical score',
  'classifier probability (square root)',
  "best other candidate's probability (square root)",
  'classifier margin over the best other candidate',
  'the words rank it first too',
  'the runner-up is about the same nutrient',
  'the question names its nutrient',
  'the question names another nutrient only',
  'the question cues its facet',
  'question length (terms, up to 15)',
  'share of unknown words',
  'the usual decision asked',
  'the usual decision declined',
]);

const TERMS_SCALE = 15;

/** The features of answering the first candidate, each about 0..1 (see ANSWER_CHECK_FEATURES). */
export function answerCheckFeatures(input: CheckInput, topicOf: EntryTopic): number[] {
  const [top, second] = input.candidates;
  if (!top) return ANSWER_CHECK_FEATURES.map(() => 0);
  const others = input.candidates.slice(1);
  const bestOtherLexical = Math.max(0, ...others.map((c) => c.lexical));
  const bestOtherProbability = Math.max(0, ...others.map((c) => c.probability));
  const topTopic = topicOf(top.id);
  const secondTopic = second ? topicOf(second.id) : {};
  const namesNutrients = input.nutrients.length > 0;
  const namesTop = topTopic.nutrient !== undefined && input.nutrients.includes(topTopic.nutrient);
  return [
    top.score,
    top.score - (second?.score ?? 0),
    top.lexical - bestOtherLexical,
    Math.sqrt(Math.max(0, top.probability)),
    Math.sqrt(bestOtherProbability),
    top.probability - bestOtherProbability,
    top.lexical >= bestOtherLexical ? 1 : 0,
    topTopic.nutrient !== undefined && topTopic.nutrient === secondTopic.nutrient ? 1 : 0,
    namesTop ? 1 : 0,
    namesNutrients && topTopic.nutrient !== undefined && !namesTop ? 1 : 0,
    topTopic.facet !== undefined && input.facets.includes(topTopic.facet) ? 1 : 0,
    Math.min(input.terms, TERMS_SCALE) / TERMS_SCALE,
    input.unknownShare,
    input.asked ? 1 : 0,
    input.declined ? 1 : 0,
  ];
}

/** One answer the engine gave or asked about, and whether its top candidate was right. */
export interface CheckExample {
  features: readonly number[];
  right: boolean;
}

/**
 * Training: full-batch gradient descent on the log loss with a small L2 penalty, from zero weights: deterministic,
 * and a few hundred milliseconds for a few thousand answers.
 */
const TRAINING = Object.freeze({ iterations: 3000, learningRate: 0.5, l2: 1e-3 });
/** Bump when the features, the examples or the training change, so cached checks are not reused. */
const FORMAT = 'answer-check-4';

export class AnswerCheck {
  private constructor(private readonly weights: readonly number[]) {}

  static train(examples: readonly CheckExample[]): AnswerCheck {
    const n = ANSWER_CHECK_FEATURES.length;
    const w = new Float64Array(n + 1);
    if (examples.length === 0) return new AnswerCheck([...w]);
    const gradient = new Float64Array(n + 1);
    for (let it = 0; it < TRAINING.iterations; it++) {
      gradient.fill(0);
      for (const { features, right } of examples) {
        const error = sigmoid(dot(w, features)) - (right ? 1 : 0);
        for (let j = 0; j < n; j++) gradient[j] += error * features[j];
        gradient[n] += error;
      }
      for (let j = 0; j <= n; j++)
        w[j] -= TRAINING.learningRate * (gradient[j] / examples.length + (j < n ? TRAINING.l2 * w[j] : 0));
    }
    return new AnswerCheck([...w]);
  }

  /** How likely answering the first candidate is right. */
  probability(features: readonly number[]): number {
    return sigmoid(dot(this.weights, features));
  }

  /** Each feature's weight, by name (for `npm run ask` and the README). */
  describe(): Array<{ feature: string; weight: number }> {
    return [...ANSWER_CHECK_FEATURES, 'bias'].map((feature, i) => ({ feature, weight: this.weights[i] }));
  }

  toJSON(): { format: string; weights: readonly number[] } {
    return { format: FORMAT, weights: this.weights };
  }

  static fromJSON(json: unknown): AnswerCheck | null {
    if (typeof json !== 'object' || json === null) return null;
    const { format, weights } = json as Record<string, unknown>;
    if (
      format !== FORMAT ||
      !Array.isArray(weights) ||
      weights.length !== ANSWER_CHECK_FEATURES.length + 1 ||
      !weights.every((w) => typeof w === 'number' && Number.isFinite(w))
    )
      return null;
    return new AnswerCheck(weights as number[]);
  }
}

function dot(w: ArrayLike<number>, features: readonly number[]): number {
  let z = w[features.length];
  for (let j = 0; j < features.length; j++) z += w[j] * features[j];
  return z;
}

// `exp` read once: under jest a global such as `Math` is slow to look up (src/engine/LogisticRegression.ts), and
// training calls this millions of times.
const { exp } = Math;
const sigmoid = (z: number) => 1 / (1 + exp(-z));

/** Labelled questions are split into this many groups (whole sets each) to train the check out of fold. */
export const CHECK_GROUPS = 3;

/**
 * The check's training answers: the labelled questions are split by their set (`group`) into CHECK_GROUPS groups;
 * each group's questions are answered by an engine whose entry classifier learned from the base's phrasings and the
 * other groups only (`explainWith`), so the check learns how far to trust a classifier on wording it never saw, as
 * at run time. An answer is right when its entry is one the question accepts (never, for an out-of-scope question).
 */
export function answerCheckExamples(
  questions: readonly LabelledQuestion[],
  trainClassifier: (questions: readonly LabelledQuestion[]) => EntryClassifier,
  explainWith: (classifier: EntryClassifier) => (text: string) => Explanation,
  topicOf: EntryTopic,
): CheckExample[] {
  const groups = [...new Set(questions.map((q) => q.group ?? ''))].sort();
  if (groups.length < 2) return [];
  const groupOf = (q: LabelledQuestion) =>
    groups.indexOf(q.group ?? '') % Math.min(CHECK_GROUPS, groups.length);
  const examples: CheckExample[] = [];
  for (let g = 0; g < Math.min(CHECK_GROUPS, groups.length); g++) {
    const explain = explainWith(trainClassifier(questions.filter((q) => groupOf(q) !== g)));
    for (const question of questions.filter((q) => groupOf(q) === g)) {
      const reading = checkedReading(explain(question.text));
      if (!reading) continue;
      examples.push({
        features: answerCheckFeatures(checkInputOf(reading), topicOf),
        right: question.ids.includes(reading.candidates[0].id),
      });
    }
  }
  return examples;
}

/**
 * The reading the check would have judged: the one that gave the reply (answered with its entry, asked, or declined
 * with its top candidate under the floor), decided by the usual decision with the classifier having a say.
 */
function checkedReading({ result, readings }: Explanation): ReadingExplanation | undefined {
  // The safety net is told on top of a decline: the matching declined the same way, so the check learns from it
  // too, and widening the net never moves what the check learns.
  const declined =
    result.kind === 'fallback' && (result.reason === 'no-match' || result.reason === 'safety-net');
  if (result.kind !== 'answer' && result.kind !== 'clarify' && !declined) return undefined;
  return readings.find(
    (r) =>
      r.outcome.kind === result.kind &&
      (result.kind !== 'answer' || r.outcome.id === result.entry.id) &&
      r.decision.stage === 'decide' &&
      r.candidates.length > 0 &&
      r.candidates.some((c) => c.probability > 0),
  );
}

const checkInputOf = (reading: ReadingExplanation): CheckInput => ({
  candidates: reading.candidates,
  asked: reading.outcome.kind === 'clarify',
  declined: reading.outcome.kind === 'fallback',
  nutrients: reading.nutrients,
  facets: reading.facets,
  terms: reading.terms.length,
  unknownShare: reading.unknownShare,
});

/**
 * The check for this base, these labelled questions and these thresholds: read from .cache/models when trained
 * before, else trained (the out-of-fold classifiers are cached too). Null when the questions come from fewer than
 * two sets (nothing to hold out).
 */
export function loadOrTrainAnswerCheck(
  kb: KnowledgeBase,
  training: TrainingSource,
  config: MatchConfig,
  build: () => CheckExample[],
  cacheDir: string | null = DEFAULT_MODEL_CACHE_DIR,
): AnswerCheck | null {
  const check = loadOrTrainModel(
    'answer-check',
    modelKey(FORMAT, TRAINING, ANSWER_CHECK_FEATURES, kb.version, training.key, config),
    cacheDir,
    jsonCodec((json) => AnswerCheck.fromJSON(json)),
    () => AnswerCheck.train(build()),
  );
  return check.describe().every((w) => w.weight === 0) ? null : check;
}
