import { existsSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonCodec, loadOrTrainModel, MODEL_UNUSED_MS } from '../../src/engine/modelCache';

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

  it('drops models of the same name nobody has read for a week when it trains another, keeping the newest few', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-cache-'));
    const ago = (ms: number) => new Date(Date.now() - ms);
    // Eight models of one name, each last used more than a week ago, oldest first; one of another name as old.
    for (let i = 0; i < 8; i++) {
      const file = join(dir, `toy-${i}${i}${i}${i}.json`);
      writeFileSync(file, String(i + 1));
      utimesSync(file, ago(MODEL_UNUSED_MS + (10 - i) * 60_000), ago(MODEL_UNUSED_MS + (10 - i) * 60_000));
    }
    writeFileSync(join(dir, 'other-aaaa.json'), '1');
    utimesSync(join(dir, 'other-aaaa.json'), ago(2 * MODEL_UNUSED_MS), ago(2 * MODEL_UNUSED_MS));
    // Reading one of the oldest marks it used: it stays.
    expect(loadOrTrainModel('toy', '0000', dir, codec, () => -1)).toBe(1);
    expect(Date.now() - statSync(join(dir, 'toy-0000.json')).mtimeMs).toBeLessThan(60_000);

    // Kept: the new one, and the newest three others by last use (the one just read, then 7777 and 6666).
    expect(loadOrTrainModel('toy', 'ffff', dir, codec, () => 9)).toBe(9);
    expect(readdirSync(dir).sort()).toEqual([
      'other-aaaa.json',
      'toy-0000.json',
      'toy-6666.json',
      'toy-7777.json',
      'toy-ffff.json',
    ]);
  });

  it('keeps every model of the name used within the week, however many', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-cache-'));
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `toy-${i}${i}${i}${i}.json`), String(i));
    expect(loadOrTrainModel('toy', 'ffff', dir, codec, () => 9)).toBe(9);
    expect(readdirSync(dir)).toHaveLength(9);
    expect(existsSync(join(dir, 'toy-0000.json'))).toBe(true);
  });
});
