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
 * answer check: over thirteen folds mean top-1 81.0%, worst fold 49.2% (topics), worst fold declined 88.6% (dev10),
 * mean confidently wrong 5.2%): they stop a change from making unseen wording worse. They are not the targets (issue 11 asks ≥ 95% mean top-1, no fold below 92%,
 * ≤ 1.5% wrong, ≥ 97% declined).
 */
export const CV_FLOORS = Object.freeze({
  /**
   * The test suites hold the sets out in five groups (tests/eval/sharedCrossValidation.ts), not one at a time: on
   * 2026-12-06, over twenty-three sets, 80.9% mean top-1, worst set 50.8% (topics), worst declined 90.0%, mean wrong
   * 4.6%, so the floors below, set from leave-one-set-out runs, hold for both.
   *
   * 0.80: measured 81.1% over twenty-one folds once dev18 and dev19 joined; 80.9% over nineteen folds once dev17 joined
   * and `faqLiftLead` went to 0 (80.2% with 0.1).
   * 0.79: measured 79.9% over eighteen folds once dev16 joined (its own fold 73.3%). 0.79: measured 79.96% over
   * seventeen folds once dev15 joined (its own fold 69.6%; the other folds moved by a
   * question or two each, dev14 by eight once four of its labels were widened). 0.80: measured 80.6% over sixteen folds once dev14 joined (its own fold 69.6%); 80.8% over fifteen folds with
   * declines the answer check is sure of answered (`answerCheckRescue`; 79.9% without). 0.79: measured 79.9% over
   * fifteen folds once dev13 joined (its own fold 70.8%). 0.80: measured 80.6% over fourteen folds once dev12
   * joined (81.3% over the thirteen before it; the new fold's own 71.7% pulls the mean down), lexical alone 75.9%. 81.0% over thirteen folds once dev11 joined (the twelve
   * before it still average 81.9%; that fold's own 69.2% pulled the mean down), lexical alone 76.6%. 0.81 over
   * twelve folds before dev11 (81.9% once dev10 joined, 82.6% over the eleven before it).
   */
  meanTop1: 0.8,
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
  /**
   * 0.055: measured 5.29% over sixteen folds once dev14 joined (its own fold 10.3%; 5.0% over the fifteen before it
   * with the answer check's rescue). 0.053: measured 5.0% over fourteen folds once dev12 joined (4.3% on its own
   * fold); 5.2% over thirteen folds once dev11 joined (its own 6.7% lifted the twelve folds' 5.05%); 0.052 before it, measured 5.0% with the answer
   * check (5.2% before it, lexical alone 6.0%, when the floor was 0.065).
   */
  meanWrong: 0.055,
});
