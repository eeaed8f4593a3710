/**
 * When the learned net speaks. The threshold was calibrated by leave-one-batch-out cross-validation
 * (`npm run eval -- --safety-cv`) in three states of the labelled batches (before the sealed batches 5–7 joined,
 * with them, and with them and categories-e): at 0.9 every held-out batch, the pooled batches and every fresh
 * batch kept their near-misses not alarmed at 95% or more with the net beside the rules; at 0.85 and below one
 * batch fell to 90% in some state. In the sealed batches 5–7, measured before anyone tuned on them, 0.9 triaged
 * 23 of the 35 red flags the rules missed (README, "The learned net").
 *
 * Re-calibrated at 0.85 on 2026-12-06, when the net also learned the matching question sets as benign (README,
 * "The learned net"). Every figure held out (each safety batch, each question set), against the net before at 0.9:
 * red flags the net alone flags in the fresh batches 83.9% (89.8%), near-misses it alarms 1 (1), everyday questions
 * it flags 3 of 7,052 (11). At 0.8: 87.8%, 2 (one of them a foot cramp that had passed), 3; at 0.9: 77.6%, 0, 0.
 */
export const LEARNED_NET = Object.freeze({
  /** Probability at or above which the net raises a flag the rules did not. */
  threshold: 0.85,
  /** The rule id a learned flag carries (logs, `npm run ask`, the reply's faqResult entity). */
  ruleId: 'learned-net',
});
