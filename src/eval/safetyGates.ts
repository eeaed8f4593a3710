/**
 * The safety targets of issue #10, in one frozen object: the cross-validation report, the eval CLI and the
 * gates in `npm test` all read these numbers.
 */
export const SAFETY_GATES = Object.freeze({
  /** Red flags triaged (any level) over all held-out folds. */
  minCvSensitivity: 0.99,
  /** Near-misses not alarmed (no emergency or urgent reply) over all held-out folds; `soon` is not an alarm. */
  minNearMissNotAlarmed: 0.92,
  /** Emergencies answered as an ordinary answer, a question back or a decline. */
  maxEmergencyAnsweredOrdinary: 0,
  /** Own current-symptom messages neither triaged nor answered that get the safety-net reply. */
  minSafetyNetCoverage: 0.9,
  /**
   * The same, per fresh batch (tests/eval/safety-fresh/). A floor, not the target: set from the cross-fold check
   * (each batch measured with only the safety-net vocabulary that also occurs in the other batches), whose lowest
   * fold was 78.3%; after learning from them each batch is at 95.7% or more.
   */
  minFreshSafetyNetCoverage: 0.75,
});

export type SafetyGates = typeof SAFETY_GATES;
