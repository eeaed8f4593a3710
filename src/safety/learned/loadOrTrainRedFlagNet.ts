/**
 * The shipped learned net: read from .cache/models when the same labelled messages and settings trained it
 * before, else trained here (about a second) and cached. The net reads only the message's text, so neither a
 * knowledge edit nor a hot reload retrains it: its key is the training messages' bytes and the settings.
 */
import {
  DEFAULT_MODEL_CACHE_DIR,
  loadOrTrainModel,
  modelKey,
  type ModelCodec,
} from '../../engine/modelCache';
import {
  DEFAULT_TRAIN_OPTIONS,
  denseWeights,
  redFlagNetOf,
  trainRedFlagNet,
  type DenseRedFlagNet,
  type LabelledText,
  type RedFlagNet,
  type TrainOptions,
} from './trainRedFlagNet';

/** Labelled messages keyed by their content, read only when the cache misses. */
export interface RedFlagTrainingSource {
  key: string;
  examples(): LabelledText[];
}

// 2: features read dialect spellings (src/text/dialect.ts), so a net cached from /1 features is not reused.
const FORMAT = 'red-flag-net/2';
const MAGIC = 0x52464e31; // "RFN1"

/** Header (magic, bucket count, bias as float64), then one float32 weight per bucket. */
const binaryCodec = (buckets: number): ModelCodec<DenseRedFlagNet> => ({
  extension: 'bin',
  encode(model) {
    const bytes = new Uint8Array(16 + model.weights.byteLength);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, model.weights.length, true);
    view.setFloat64(8, model.bias, true);
    bytes.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength), 16);
    return bytes;
  },
  decode(data) {
    if (data.length !== 16 + 4 * buckets) return null;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== buckets) return null;
    const weights = new Float32Array(buckets);
    new Uint8Array(weights.buffer).set(data.subarray(16));
    return { bias: view.getFloat64(8, true), weights };
  },
});

export function loadOrTrainRedFlagNet(
  source: RedFlagTrainingSource,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  cacheDir: string | null = DEFAULT_MODEL_CACHE_DIR,
): RedFlagNet {
  const dense = loadOrTrainModel(
    'red-flags',
    modelKey(FORMAT, options, source.key),
    cacheDir,
    binaryCodec(options.features.buckets),
    () => denseWeights(trainRedFlagNet(source.examples(), options)),
  );
  return redFlagNetOf(dense, options.features);
}
