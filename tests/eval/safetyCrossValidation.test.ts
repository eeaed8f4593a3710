import { join } from 'node:path';
import { crossValidateSafety, passesGates, rate } from '../../src/eval/crossValidateSafety';
import { loadSafetyBatches } from '../../src/eval/safetyCases';
import { SAFETY_GATES } from '../../src/eval/safetyGates';
import { LEARNED_NET } from '../../src/safety/learned/learnedNetConfig';
import { shippedKb } from '../support/testKit';

const ROOT = join(__dirname, '..', '..');
const batches = loadSafetyBatches(ROOT);
const report = crossValidateSafety(shippedKb(), batches);
// What ships: the rules, then the learned net (trained without the held-out batch) where they raise nothing.
const { shipped, rules } = report.pooled;
const target = SAFETY_GATES.minNearMissNotAlarmed;

describe('triage as shipped (rules, then the learned net), cross-validated leave one batch out (npm run eval -- --safety-cv)', () => {
  it('holds out every batch: the original set and each file in tests/eval/safety/', () => {
    expect(report.folds.map((fold) => fold.heldOut)).toEqual(batches.map((batch) => batch.name));
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(report.threshold).toBe(LEARNED_NET.threshold);
  });

  it(`tells at least ${SAFETY_GATES.minCvSensitivity * 100}% of people describing danger signs to get care`, () => {
    expect(rate(shipped.triaged, shipped.redFlags)).toBeGreaterThanOrEqual(SAFETY_GATES.minCvSensitivity);
    expect(shipped.triaged).toBeGreaterThanOrEqual(rules.triaged);
  });

  it(`does not alarm at least ${target * 100}% of near-misses (past, general, hypothetical, negated, food, exercise), pooled`, () => {
    expect(rate(shipped.notAlarmed, shipped.nearMisses)).toBeGreaterThanOrEqual(target);
  });

  it.each(report.folds.map((fold) => [fold.heldOut, fold] as const))(
    `does not alarm at least ${target * 100}% of the near-misses in held-out batch %s`,
    (_name, fold) => {
      expect(rate(fold.shipped.notAlarmed, fold.shipped.nearMisses)).toBeGreaterThanOrEqual(target);
    },
  );

  it('never answers an emergency with an ordinary answer, a question back or a decline', () => {
    const ordinary = report.folds.flatMap((fold) =>
      fold.outcomes.filter(
        (o) => o.expect === 'emergency' && !['emergency', 'urgent', 'soon'].includes(o.shipped),
      ),
    );
    expect(ordinary.map((o) => o.text)).toEqual([]);
    expect(shipped.emergencyAnsweredOrdinary).toBeLessThanOrEqual(SAFETY_GATES.maxEmergencyAnsweredOrdinary);
  });

  it(`gives the safety net to at least ${SAFETY_GATES.minSafetyNetCoverage * 100}% of own current symptoms neither triaged nor answered`, () => {
    expect(rate(shipped.safetyNetted, shipped.ownUnplaced)).toBeGreaterThanOrEqual(
      SAFETY_GATES.minSafetyNetCoverage,
    );
    expect(passesGates(shipped)).toBe(true);
  });

  it.each(report.folds.map((fold) => [fold.heldOut, fold] as const))(
    `gives the safety net to at least ${SAFETY_GATES.minSafetyNetCoverage * 100}% of own unplaced symptoms in held-out batch %s`,
    (_name, fold) => {
      expect(rate(fold.shipped.safetyNetted, fold.shipped.ownUnplaced)).toBeGreaterThanOrEqual(
        SAFETY_GATES.minSafetyNetCoverage,
      );
    },
  );

  it.each(report.fresh.map((fold) => [fold.heldOut, fold] as const))(
    `in fresh batch %s: does not alarm at least ${target * 100}% of near-misses, the rules alone alarm none, and the safety net covers at least ${SAFETY_GATES.minFreshSafetyNetCoverage * 100}% of own unplaced symptoms`,
    (_name, fold) => {
      expect(rate(fold.shipped.notAlarmed, fold.shipped.nearMisses)).toBeGreaterThanOrEqual(target);
      expect(fold.rules.notAlarmed).toBe(fold.rules.nearMisses);
      expect(rate(fold.shipped.safetyNetted, fold.shipped.ownUnplaced)).toBeGreaterThanOrEqual(
        SAFETY_GATES.minFreshSafetyNetCoverage,
      );
    },
  );

  it('keeps the learned net in the live path only while it holds the near-miss target in every batch', () => {
    // If new batches break this, raise LEARNED_NET.threshold (re-calibrate with npm run eval -- --safety-cv) or
    // take withLearnedNet out of createApp.
    expect(report.learnedNetWithinTarget).toBe(true);
  });
});
