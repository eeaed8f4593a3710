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
 * Floors on the leave-one-set-out figures (`npm run eval -- --cv`), set just under what the engine measured when
 * the persona sets (dev6, dev7) and the new-topics set (`topics`, worst fold at 45.8%) were added: they stop a change from making unseen wording worse. They are
 * not the targets (issue 11 asks ≥ 95% mean top-1, no fold below 92%, ≤ 1.5% wrong, ≥ 97% declined).
 */
export const CV_FLOORS = Object.freeze({
  /** 0.78 since dev8 joined (its fold 63.9%; the mean fell from about 0.86 to 79.9%). */
  meanTop1: 0.78,
  worstTop1: 0.44,
  /**
   * 0.94, not 0.95: small talk recognised by similarity and cues answers a few out-of-scope requests ("what is
   * bitcoin", "how do I reset my password") with a small-talk reply instead of a decline (dev: 3 of 70). 0.93 since
   * dev8 joined: 3 of its 46 out-of-scope questions were answered (93.5%).
   */
  worstDeclined: 0.93,
  meanWrong: 0.065,
});
