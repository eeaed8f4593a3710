import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  packPhrases,
  unpackPhrases,
  type CompiledPhrase,
  type SafetyIndexData,
} from '../../src/safety/compilePhraseIndex';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { loadSafetyData, ROOT } from './loadSafetyData';

// The start-up cache keeps the safety phrases packed as text (src/startup/indexCache.ts) and the screen unpacks a
// first word's phrases when a message first has that word. A screen built from the packed record must read every
// message exactly as one compiled from knowledge/safety.yaml.
const data = loadSafetyData();
const record: SafetyIndexData = {};
const compiled = createSafetyScreen(data, record);
const fromRecord = createSafetyScreen(data, { packed: record.packed });

const labelled = (
  parse(readFileSync(join(ROOT, 'tests/eval/safety.yaml'), 'utf8')) as { cases: { text: string }[] }
).cases;

describe('the safety phrases packed for the start-up cache', () => {
  it('are filled in by a build handed an empty record, and unpack to phrases that pack and unpack to themselves', () => {
    const packed = record.packed;
    expect(packed?.groups.size).toBeGreaterThan(1000);
    const phrases = unpackPhrases(packed!);
    expect(phrases.length).toBeGreaterThan(10_000);
    // Packed again (roles numbered afresh, in the unpacked order) they unpack to the very same phrases.
    expect(unpackPhrases(packPhrases(phrases))).toEqual(phrases);
  });

  it('keep every kind of step: exact words, numbers with and without an upper bound, and gaps', () => {
    const steps = unpackPhrases(record.packed!).flatMap((phrase: CompiledPhrase) => phrase.steps);
    expect(steps).toContainEqual(expect.objectContaining({ type: 'word', exactOnly: true }));
    expect(steps).toContainEqual(expect.objectContaining({ type: 'number', max: Number.POSITIVE_INFINITY }));
    expect(steps.some((step) => step.type === 'number' && Number.isFinite(step.max))).toBe(true);
    expect(steps.some((step) => step.maxGap > 1)).toBe(true);
  });

  it('give a screen that triages, scopes and features every labelled safety message as the compiled one does', () => {
    const read = (screen: typeof compiled) => (text: string) => ({
      flag: screen.triage(text),
      scope: screen.scope(text),
      net: screen.safetyNet(text),
      features: screen.features(text),
    });
    const texts = labelled.map((c) => c.text);
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.map(read(fromRecord))).toEqual(texts.map(read(compiled)));
  });
});
