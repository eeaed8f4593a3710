import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonCodec, loadOrTrainModel } from '../../src/engine/modelCache';

const codec = jsonCodec((json) => (typeof json === 'number' ? json : null));

describe('the model cache', () => {
  it('reads a cached model instead of training, and trains over a damaged file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-cache-'));
    let trained = 0;
    const train = () => ++trained;
    expect(loadOrTrainModel('toy', 'aaaa', dir, codec, train)).toBe(1);
    expect(loadOrTrainModel('toy', 'aaaa', dir, codec, train)).toBe(1);
    writeFileSync(join(dir, 'toy-aaaa.json'), '"not a model"');
    expect(loadOrTrainModel('toy', 'aaaa', dir, codec, train)).toBe(2);
  });
});
