/**
 * The learned second net: binary logistic regression (red flag vs benign) over hashed word and character
 * n-grams (featurize.ts), trained with AdaGrad and L2 on whole labelled messages. Small, dependency-free and
 * deterministic (seeded shuffle), so cross-validation folds are reproducible.
 *
 * Goals: catch red flags told in words the rules do not know yet. Non-goals: choosing a level or a reason
 * (the rules do that); replacing the rules, which stay the floor.
 */
import { DEFAULT_FEATURE_OPTIONS, featurize, type FeatureOptions } from './featurize';

export interface LabelledText {
  text: string;
  redFlag: boolean;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update, scaled by the learning rate. */
  l2: number;
  /** Weight of a red-flag example relative to a benign one (missing a red flag costs more). */
  redFlagWeight: number;
  seed: number;
  features: FeatureOptions;
}

export const DEFAULT_TRAIN_OPTIONS: Readonly<TrainOptions> = Object.freeze({
  epochs: 12,
  learningRate: 0.5,
  // Leave one batch out, 3e-4 held every batch's near-misses at 95% or more from a lower threshold than 1e-5
  // (0.8 against 0.95 with the sealed batches 5-7), which triaged more of the red flags the rules missed.
  l2: 3e-4,
  redFlagWeight: 1,
  seed: 7,
  features: DEFAULT_FEATURE_OPTIONS,
});

export interface RedFlagNet {
  /** Probability (0..1) that the message describes a red flag. */
  score(text: string): number;
}

export interface RedFlagNetModel {
  buckets: number;
  bias: number;
  /** Non-zero weights only: bucket index → weight. */
  weights: Record<string, number>;
}

// Read once: under jest a global such as `Math` is slow to look up (src/engine/LogisticRegression.ts), and training
// uses these for every feature of every message in every epoch.
const { abs, exp, floor, max, round, sqrt } = Math;

function sigmoid(z: number): number {
  return 1 / (1 + exp(-z));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * `featuresOf` reads a message's features; cross-validation passes one that remembers them, since every fold
 * trains on nearly the same messages.
 */
export function trainRedFlagNet(
  examples: readonly LabelledText[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  featuresOf: (text: string) => Uint32Array = (text) => featurize(text, options.features),
): RedFlagNetModel {
  const { buckets } = options.features;
  const { learningRate, l2 } = options;
  // Each bucket's weight and its running sum of squared gradients side by side (weight at 2i, sum at 2i + 1): an
  // update reads and writes both, so one cache line serves it. Training touches scattered buckets, and with the
  // two in separate arrays it waited on memory twice as often (same arithmetic, same result).
  const state = new Float64Array(2 * buckets);
  for (let i = 1; i < state.length; i += 2) state[i] = 1e-8;
  let bias = 0;
  let biasSquare = 1e-8;
  const encoded = examples.map((example) => {
    const features = featuresOf(example.text);
    return {
      features,
      label: example.redFlag ? 1 : 0,
      weight: example.redFlag ? options.redFlagWeight : 1,
      // Each message's features count 1/sqrt(n), so long stories do not drown short messages.
      value: 1 / sqrt(max(1, features.length)),
    };
  });
  // Indexed loops with no fallbacks for a missing element: in this hot loop the typed arrays' iterator and `?? 0` cost
  // about a third of a training.
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const { features, label, weight, value } of shuffled(encoded, options.seed + epoch)) {
      const count = features.length;
      let z = bias;
      for (let k = 0; k < count; k += 1) z += state[2 * features[k]] * value;
      const gradient = (sigmoid(z) - label) * weight;
      const scaled = gradient * value;
      for (let k = 0; k < count; k += 1) {
        const at = 2 * features[k];
        const current = state[at];
        const g = scaled + l2 * current;
        const square = state[at + 1] + g * g;
        state[at + 1] = square;
        state[at] = current - (learningRate * g) / sqrt(square);
      }
      biasSquare += gradient * gradient;
      bias -= (learningRate * gradient) / sqrt(biasSquare);
    }
  }
  const sparse: Record<string, number> = {};
  for (let index = 0; index < buckets; index += 1) {
    const weight = state[2 * index];
    if (abs(weight) > 1e-6) sparse[String(index)] = round(weight * 1e5) / 1e5;
  }
  return { buckets, bias, weights: sparse };
}

/** A scoring function over a trained model. */
export function createRedFlagNet(
  model: RedFlagNetModel,
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): RedFlagNet {
  return redFlagNetOf(denseWeights(model), { ...options, buckets: model.buckets });
}

/** The model as the scorer holds it (and the model cache stores it): the bias, then one weight per bucket. */
export interface DenseRedFlagNet {
  bias: number;
  weights: Float32Array;
}

export function denseWeights(model: RedFlagNetModel): DenseRedFlagNet {
  const weights = new Float32Array(model.buckets);
  for (const [index, weight] of Object.entries(model.weights)) weights[Number(index)] = weight;
  return { bias: model.bias, weights };
}

/** A scoring function over dense weights (`features.buckets` must be the weights' length). */
export function redFlagNetOf(
  dense: DenseRedFlagNet,
  features: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): RedFlagNet {
  const { bias, weights } = dense;
  return {
    score(text: string): number {
      const indices = featurize(text, features);
      const value = 1 / sqrt(max(1, indices.length));
      let z = bias;
      for (const index of indices) z += (weights[index] ?? 0) * value;
      return sigmoid(z);
    },
  };
}
