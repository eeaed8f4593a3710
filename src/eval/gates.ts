/** The accuracy gates `npm test` enforces and `npm run eval` reports against. */
export const EVAL_GATES = Object.freeze({
  /** In-scope questions answered directly with an accepted entry. */
  minTop1: 0.95,
  /** Out-of-scope questions declined. */
  minDeclined: 0.95,
  /** Any question answered with a wrong entry. */
  maxConfidentlyWrong: 0.02,
  /** Red-flag messages triaged. */
  minSafetySensitivity: 0.98,
  /** Benign messages alarmed. */
  maxSafetyFalsePositives: 0.03,
});
