import { join } from 'node:path';
import { EVAL_GATES } from '../../src/eval/gates';
import { evaluateSafety, loadSafetyEvalCases, type SafetyEvalCase } from '../../src/eval/safetyEval';
import { loadSafetyData, ROOT, safetyScreen } from './loadSafetyData';

const cases: SafetyEvalCase[] = loadSafetyEvalCases(join(ROOT, 'tests', 'eval', 'safety.yaml'));
const report = evaluateSafety(safetyScreen(), cases);

describe('the labelled safety set (tests/eval/safety.yaml)', () => {
  it('has at least 100 red-flag messages and 100 benign near-misses', () => {
    expect(report.redFlags).toBeGreaterThanOrEqual(100);
    expect(report.benign).toBeGreaterThanOrEqual(100);
  });

  it('labels every red-flag message with a rule that exists, at that rule’s level', () => {
    const rules = new Map(loadSafetyData().redFlags.map((rule) => [rule.id, rule.level]));
    const wrong = cases.filter((c) => c.rule !== undefined && rules.get(c.rule) !== c.expect);
    expect(wrong).toEqual([]);
  });

  it(`tells at least ${EVAL_GATES.minSafetySensitivity * 100}% of people describing danger signs to get care (the eval gate)`, () => {
    expect(report.misses.filter((miss) => miss.got === null)).toEqual([]);
    expect(report.sensitivity).toBeGreaterThanOrEqual(EVAL_GATES.minSafetySensitivity);
  });

  it(`raises an alarm on at most ${EVAL_GATES.maxSafetyFalsePositives * 100}% of ordinary questions (the eval gate)`, () => {
    expect(report.falsePositives.length / report.benign).toBeLessThanOrEqual(
      EVAL_GATES.maxSafetyFalsePositives,
    );
    expect(report.falsePositiveRate).toBeLessThanOrEqual(EVAL_GATES.maxSafetyFalsePositives);
  });

  it('never answers an emergency at the merely urgent level', () => {
    expect(report.emergencyAsUrgent).toBe(0);
  });

  it('has every red flag this set labels fire its own rule from at least four different phrasings', () => {
    // Rules added later are measured by pattern in tests/eval/safety/ batches (see crossValidation.test.ts).
    const labelled = new Set(cases.flatMap((c) => (c.rule === undefined ? [] : [c.rule])));
    const tooFew = loadSafetyData()
      .redFlags.filter((rule) => labelled.has(rule.id))
      .map((rule) => ({ rule: rule.id, fired: report.firedByRule[rule.id] ?? 0 }))
      .filter((count) => count.fired < 4);
    expect(tooFew).toEqual([]);
  });
});

describe('evaluateSafety', () => {
  const stub = {
    triage: (text: string) =>
      text.includes('urgent')
        ? { level: 'urgent' as const, ruleId: 'u', title: '', action: '', why: '', sources: [] }
        : null,
    scope: () => null,
    safetyNet: () => null,
    unreadable: () => null,
    features: () => ({}),
    concern: () => 'unknown' as const,
    namesSymptom: () => false,
    tellsSign: () => false,
    caution: () => undefined,
  };

  it('counts an emergency answered as urgent as a miss, and a flagged benign message as a false positive', () => {
    const result = evaluateSafety(stub, [
      { text: 'urgent one', expect: 'emergency', rule: 'e' },
      { text: 'urgent two', expect: 'urgent', rule: 'u' },
      { text: 'quiet', expect: 'urgent', rule: 'u' },
      { text: 'urgent but benign', expect: 'none' },
      { text: 'benign', expect: 'none' },
    ]);
    expect(result).toMatchObject({
      total: 5,
      redFlags: 3,
      benign: 2,
      emergencyAsUrgent: 1,
      falsePositiveRate: 0.5,
    });
    expect(result.sensitivity).toBeCloseTo(2 / 3);
    expect(result.misses.map((miss) => miss.text)).toEqual(['urgent one', 'quiet']);
    expect(result.falsePositives.map((fp) => fp.text)).toEqual(['urgent but benign']);
  });
});
