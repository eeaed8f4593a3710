import { join } from 'node:path';
import { crossValidateSafety, passesGates, rate } from '../../src/eval/crossValidateSafety';
import { loadSafetyBatches } from '../../src/eval/safetyCases';
import { SAFETY_GATES } from '../../src/eval/safetyGates';
import { shippedKb } from '../support/testKit';

const ROOT = join(__dirname, '..', '..');
const batches = loadSafetyBatches(ROOT);
const report = crossValidateSafety(shippedKb(), batches);
const { rules } = report.pooled;

describe('triage, cross-validated leave one batch out (npm run eval -- --safety-cv)', () => {
  it('holds out every batch: the original set and each file in tests/eval/safety/', () => {
    expect(report.folds.map((fold) => fold.heldOut)).toEqual(batches.map((batch) => batch.name));
    expect(batches.length).toBeGreaterThanOrEqual(3);
  });

  it(`tells at least ${SAFETY_GATES.minCvSensitivity * 100}% of people describing danger signs to get care`, () => {
    expect(rate(rules.triaged, rules.redFlags)).toBeGreaterThanOrEqual(SAFETY_GATES.minCvSensitivity);
  });

  it(`does not alarm at least ${SAFETY_GATES.minNearMissNotAlarmed * 100}% of near-misses (past, general, hypothetical, negated, food, exercise)`, () => {
    expect(rate(rules.notAlarmed, rules.nearMisses)).toBeGreaterThanOrEqual(
      SAFETY_GATES.minNearMissNotAlarmed,
    );
  });

  it('never answers an emergency with an ordinary answer, a question back or a decline', () => {
    const ordinary = report.folds.flatMap((fold) =>
      fold.outcomes.filter(
        (o) => o.expect === 'emergency' && !['emergency', 'urgent', 'soon'].includes(o.rules),
      ),
    );
    expect(ordinary.map((o) => o.text)).toEqual([]);
    expect(rules.emergencyAnsweredOrdinary).toBeLessThanOrEqual(SAFETY_GATES.maxEmergencyAnsweredOrdinary);
  });

  it(`gives the safety net to at least ${SAFETY_GATES.minSafetyNetCoverage * 100}% of own current symptoms neither triaged nor answered`, () => {
    expect(rate(rules.safetyNetted, rules.ownUnplaced)).toBeGreaterThanOrEqual(
      SAFETY_GATES.minSafetyNetCoverage,
    );
    expect(passesGates(rules)).toBe(true);
  });

  it.each(report.folds.map((fold) => [fold.heldOut, fold] as const))(
    `gives the safety net to at least ${SAFETY_GATES.minSafetyNetCoverage * 100}% of own unplaced symptoms in held-out batch %s`,
    (_name, fold) => {
      expect(rate(fold.rules.safetyNetted, fold.rules.ownUnplaced)).toBeGreaterThanOrEqual(
        SAFETY_GATES.minSafetyNetCoverage,
      );
    },
  );

  it.each(report.fresh.map((fold) => [fold.heldOut, fold] as const))(
    `gives the safety net to at least ${SAFETY_GATES.minFreshSafetyNetCoverage * 100}% of own unplaced symptoms in fresh batch %s, and alarms no near-miss`,
    (_name, fold) => {
      expect(rate(fold.rules.safetyNetted, fold.rules.ownUnplaced)).toBeGreaterThanOrEqual(
        SAFETY_GATES.minFreshSafetyNetCoverage,
      );
      expect(fold.rules.notAlarmed).toBe(fold.rules.nearMisses);
    },
  );

  it('leaves the learned net out of the live path: in these folds it adds no sensitivity within the near-miss target', () => {
    // If new batches change this, wire the net into createApp beside the rules and flip this test.
    expect(report.keepLearnedNet).toBe(false);
  });
});
