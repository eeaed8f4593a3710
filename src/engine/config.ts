/**
 * Matching thresholds, in one frozen object. Scores are in 0..1: 1 means every content word of the question
 * is in one of the entry's phrasings and vice versa. The values were chosen with `npm run eval -- --dev` and
 * checked on the test set and on a fresh, untuned question set: below `minScore` the best candidate is usually
 * wrong or the question is out of scope, so the bot declines; above it the bot answers, unless the runner-up is
 * within `answerMargin`, when it asks "Did you mean…". Raising `answerScore` above `minScore` trades direct
 * answers for more questions back; on the fresh set it did not reduce wrong answers, which come from close
 * neighbours scoring high, not from low scores.
 */
export const MATCH_DEFAULTS = Object.freeze({
  /** Below this the best candidate is not worth offering: fallback. */
  minScore: 0.5,
  /** At or above this, with a clear lead, answer directly. */
  answerScore: 0.5,
  /** Lead over the runner-up needed to answer without asking. */
  answerMargin: 0.02,
  /**
   * A question on the base's subject (it names a nutrient or a subject word such as "cramp") is answered from
   * this lower score, but only with a clear lead of `subjectMargin`; with a smaller lead the bot asks. On the
   * development sets this answered people's own wording ("seeing the doc about my cramps, what will they
   * check") without answering more out-of-scope questions, which rarely name the subject.
   */
  subjectMinScore: 0.38,
  subjectMargin: 0.05,
  /**
   * A short question (at most `shortQuestionTerms` content words) whose words are mostly unknown to the base
   * is about something else ("banana bread recipe"): decline it even if one word matches.
   */
  maxUnknownShare: 0.6,
  shortQuestionTerms: 6,
  /**
   * Added to the score of the entries the previous answer offered as follow-ups, for a short typed question in
   * the same conversation ("is heat or cold better after?" right after "how do I stop a cramp").
   */
  followUpBonus: 0.08,
  /** A follow-up that carries the conversation's nutrient has at most this many words of its own. */
  followUpWords: 2,
  /** Candidates ranked for a follow-up, so an offered entry just outside the top few can still rise. */
  followUpPool: 20,
  /**
   * Messages of at least this many words are stories around a question: their question sentences are matched
   * on their own as well as the whole, and they do not inherit the last answer's subject.
   */
  longMessageWords: 25,
  /** Triage reads at most this much of a message: enough for any real description, bounded for cost. */
  triageChars: 5000,
  /** Candidates within this distance of the best are offered when clarifying. */
  clarifyBand: 0.12,
  /** At most this many options in "Did you mean…" (Teams shows three buttons). */
  maxClarifyOptions: 3,
  /** Longer messages get "please ask a shorter question" (triage still reads them first). */
  maxQuestionChars: 1000,
  /**
   * Typo correction: words shorter than this are never corrected ("b12", "mg" are not typos). Four-letter
   * words are ("limt", "tset"); everyday English words never are, whatever their length.
   */
  minTypoLength: 4,
  /**
   * Small talk worded unlike any listed phrase is recognised when its content words are at least this similar
   * (Dice overlap of character trigrams) to one phrase, and it names nothing the base covers. Chosen on the
   * labelled sets' small-talk and question messages: 0.5 recognised all but 4 of 129 small-talk messages while
   * taking 1 of 2,400 in-scope questions and 2 of 380 out-of-scope ones for small talk.
   */
  smallTalkSimilarity: 0.5,
  /** How many runners-up results report (for `npm run ask` and logs). */
  runnersUp: 4,
});

export type MatchConfig = { readonly [K in keyof typeof MATCH_DEFAULTS]: number };
