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

/**
 * Floors on the leave-one-set-out figures (`npm run eval -- --cv`), set just under what the engine as shipped
 * measured (the entry classifier at `classifierWeight` 0.2, guarded by `decideWithClassifier`, and the learned
 * answer check: mean top-1 82.6%, worst fold 48.3% (topics), worst fold declined 93.5% (dev8), mean confidently
 * wrong 5.0%): they stop a change from making unseen wording worse. They are not the targets (issue 11 asks ≥ 95% mean top-1, no fold below 92%,
 * ≤ 1.5% wrong, ≥ 97% declined).
 */
export const CV_FLOORS = Object.freeze({
  /**
   * 0.81: measured 81.9% over twelve folds once dev10 joined (82.6% over the eleven before it, with the answer
   * check; the new fold's own 72.8% pulls the mean down: no fold lost anything), lexical alone 77.6%.
   */
  meanTop1: 0.81,
  /**
   * 0.47: the topics fold measured 48.3% (57 of 118) with the answer check: two fewer of its questions answered
   * right and one fewer wrong (50.0% and 19.5% wrong before it; lexical alone 46.6%). One question of that fold is
   * 0.85 points, so 0.47 leaves one.
   */
  worstTop1: 0.47,
  /**
   * 0.93: small talk recognised by similarity and cues answers a few out-of-scope requests ("what is bitcoin",
   * "how do I reset my password") with a small-talk reply instead of a decline, and 3 of dev8's 46 out-of-scope
   * questions are answered (93.5%, with the classifier or without it). 0.85 since dev10 joined: 4 of its 35
   * out-of-scope questions are answered (88.6%; keto flu, HRT and cramps, hot flushes and HRT get small talk or an
   * answer), and one question of that fold is 2.9 points.
   */
  worstDeclined: 0.85,
  /** 0.052: measured 5.0% with the answer check (5.2% before it, lexical alone 6.0%, when the floor was 0.065). */
  meanWrong: 0.052,
});
