import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('keeps the new model and the two newest older ones of its name, and leaves other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-cache-'));
    const old = ['toy-0001', 'toy-0002', 'toy-0003', 'toy-0004'];
    old.forEach((name, age) => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, '1');
      const when = new Date(Date.now() - (old.length - age) * 60_000);
      utimesSync(file, when, when);
    });
    for (const other of ['other-0001.json', 'toy-0001.bin', 'toy-notes.txt'])
      writeFileSync(join(dir, other), 'x');

    loadOrTrainModel('toy', 'ffff', dir, codec, () => 7);

    expect(readdirSync(dir).sort()).toEqual([
      'other-0001.json',
      'toy-0001.bin',
      'toy-0003.json',
      'toy-0004.json',
      'toy-ffff.json',
      'toy-notes.txt',
    ]);
  });
});
