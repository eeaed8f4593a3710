/** Named features of one text with their values (already scaled by whoever extracted them). */
export type FeatureVector = ReadonlyMap<string, number>;

export interface TrainingRow {
  features: FeatureVector;
  /** Index of the row's class, 0 ≤ label < classes. */
  label: number;
  /** How much the row counts (1 unless a question has several accepted classes). */
  weight?: number;
}

export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  /** The rate falls as learningRate / (1 + epoch × decay). */
  decay: number;
  l2: number;
  /** Seed of the shuffle: the same rows always give the same model. */
  seed: number;
  /**
   * Skip updating a wrong class whose probability is already below this (0: update every class). With 180
   * classes almost all are near zero after the first epoch; skipping them makes training about ten times faster.
   */
  skipBelow?: number;
}

// Read once. Under jest each suite's modules run in a vm context whose globals sit behind a proxy, so every lookup of
// a global such as `Math` is slow; training looks them up millions of times (this halves a training there).
const { exp, floor, max: larger } = Math;

/**
 * A multinomial logistic regression over sparse named features, trained by seeded stochastic gradient descent
 * with classes weighted by their inverse frequency (so many examples of one class do not drown a rare one). Shared
 * by the small-talk model and the entry classifier; each brings its own features.
 */
export class LogisticRegression {
  private readonly featureIndex: ReadonlyMap<string, number>;

  private constructor(
    features: readonly string[],
    readonly classes: number,
    private readonly weights: Float32Array,
  ) {
    this.featureIndex = new Map(features.map((feature, i) => [feature, i]));
  }

  /** Trains on `rows` (deterministic: the same rows in the same order give the same model). */
  static train(
    rows: readonly TrainingRow[],
    classes: number,
    settings: TrainingSettings,
  ): LogisticRegression {
    const index = new Map<string, number>();
    const sparse = rows.map((row) => {
      const ids = new Int32Array(row.features.size);
      const values = new Float64Array(row.features.size);
      let k = 0;
      for (const [feature, value] of row.features) {
        let id = index.get(feature);
        if (id === undefined) index.set(feature, (id = index.size));
        ids[k] = id;
        values[k++] = value;
      }
      return { ids, values, label: row.label, weight: row.weight ?? 1 };
    });
    const weights = new Float64Array(index.size * classes);
    const perClass = new Array<number>(classes).fill(0);
    for (const row of sparse) perClass[row.label] += 1;
    const classWeight = perClass.map((count) => (count > 0 ? sparse.length / (classes * count) : 0));
    let state = settings.seed;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const scores = new Float64Array(classes);
    const skipBelow = settings.skipBelow ?? 0;
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      for (let i = sparse.length - 1; i > 0; i--) {
        const j = floor(random() * (i + 1));
        [sparse[i], sparse[j]] = [sparse[j], sparse[i]];
      }
      const rate = settings.learningRate / (1 + epoch * settings.decay);
      for (const { ids, values, label, weight } of sparse) {
        softmax(scores, ids, values, weights, classes);
        for (let c = 0; c < classes; c++) {
          if (c !== label && scores[c] < skipBelow) continue;
          const step = (scores[c] - (c === label ? 1 : 0)) * classWeight[label] * rate * weight;
          for (let k = 0; k < ids.length; k++) {
            const at = ids[k] * classes + c;
            weights[at] -= step * values[k] + rate * settings.l2 * weights[at];
          }
        }
      }
    }
    return new LogisticRegression([...index.keys()], classes, Float32Array.from(weights));
  }

  /** Whether any training row had `feature`. */
  knows(feature: string): boolean {
    return this.featureIndex.has(feature);
  }

  /** Each class's probability for `features` (features never seen in training are ignored). */
  probabilities(features: FeatureVector): Float64Array {
    const ids: number[] = [];
    const values: number[] = [];
    for (const [feature, value] of features) {
      const id = this.featureIndex.get(feature);
      if (id !== undefined) {
        ids.push(id);
        values.push(value);
      }
    }
    const scores = new Float64Array(this.classes);
    softmax(scores, ids, values, this.weights, this.classes);
    return scores;
  }

  toJSON(): { classes: number; features: string[]; weights: string } {
    return {
      classes: this.classes,
      features: [...this.featureIndex.keys()],
      weights: Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength).toString(
        'base64',
      ),
    };
  }

  /**
   * The model as bytes: a JSON header (its `header` fields, the classes and the feature names), then the weights as
   * raw 32-bit floats, so reading a large model is one copy rather than a parse of its text.
   */
  toBuffer(header: Record<string, unknown>): Buffer {
    const head = Buffer.from(
      JSON.stringify({ ...header, classes: this.classes, features: [...this.featureIndex.keys()] }),
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.byteLength);
    const padding = Buffer.alloc((4 - ((4 + head.byteLength) % 4)) % 4);
    const weights = Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength);
    return Buffer.concat([length, head, padding, weights]);
  }

  /**
   * The header and model `toBuffer` wrote, or null if it is not one (damaged, or another number of classes). The
   * model reads its weights from `data` itself (no copy), so `data` must not be changed after this.
   */
  static fromBuffer(
    data: Buffer,
    classes: (header: Record<string, unknown>) => number,
  ): { header: Record<string, unknown>; model: LogisticRegression } | null {
    if (data.byteLength < 4) return null;
    const headLength = data.readUInt32LE(0);
    if (4 + headLength > data.byteLength) return null;
    const header = JSON.parse(data.subarray(4, 4 + headLength).toString('utf8')) as Record<string, unknown>;
    const { features } = header;
    if (!Array.isArray(features) || !features.every((feature) => typeof feature === 'string')) return null;
    const start = 4 + headLength + ((4 - ((4 + headLength) % 4)) % 4);
    const count = features.length * classes(header);
    if (data.byteLength - start !== count * 4) return null;
    // The weights are used where they lie (the header keeps them 4-byte aligned), not copied: a copy of a 12 MB model
    // cost tens of ms at start-up on fresh memory. So the model keeps `data`, which must not change afterwards.
    const at = data.byteOffset + start;
    const weights = at % 4 === 0 ? new Float32Array(data.buffer, at, count) : new Float32Array(count);
    if (at % 4 !== 0) new Uint8Array(weights.buffer).set(data.subarray(start));
    return { header, model: new LogisticRegression(features as string[], classes(header), weights) };
  }

  /** The model `toJSON` wrote, or null if it is not one (damaged, or another number of classes). */
  static fromJSON(json: unknown, classes: number): LogisticRegression | null {
    if (typeof json !== 'object' || json === null) return null;
    const { features, weights } = json as Record<string, unknown>;
    if (!Array.isArray(features) || typeof weights !== 'string') return null;
    if (!features.every((feature) => typeof feature === 'string')) return null;
    const bytes = Buffer.from(weights, 'base64');
    if (bytes.byteLength !== features.length * classes * 4) return null;
    const copy = new Float32Array(features.length * classes);
    new Uint8Array(copy.buffer).set(bytes);
    return new LogisticRegression(features as string[], classes, copy);
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
    const value = values[k];
    for (let c = 0; c < classes; c++) scores[c] += weights[base + c] * value;
  }
  let max = -Infinity;
  for (let c = 0; c < classes; c++) max = larger(max, scores[c]);
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += scores[c] = exp(scores[c] - max);
  for (let c = 0; c < classes; c++) scores[c] /= sum;
}
