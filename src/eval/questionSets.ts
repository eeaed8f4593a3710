/**
 * The labelled question sets: `test` is what the gates judge; the development sets were written later, each by a
 * different writer, to tune on (`dev` to `dev4`) or to estimate unseen wording once (`dev5`).
 */
export const QUESTION_SETS = Object.freeze({
  test: 'tests/eval/questions.yaml',
  dev: 'tests/eval/dev-questions.yaml',
  dev2: 'tests/eval/dev2-questions.yaml',
  dev3: 'tests/eval/dev3-questions.yaml',
  /** Measured once as a fresh set, then tuned on. */
  dev4: 'tests/eval/dev4-questions.yaml',
  /** Written last and never tuned on: the freshest estimate of unseen questions. */
  dev5: 'tests/eval/dev5-questions.yaml',
  /**
   * Written by independent writers from personas the other sets lack (dev6: older adults with their medicines,
   * pregnant women, vegans, relatives, paraphrases of the seed article; dev7: athletes and manual workers,
   * non-native English, heavy texting, long stories), from entry summaries only. Each was measured once before
   * anything changed because of it (README).
   */
  dev6: 'tests/eval/dev6-questions.yaml',
  dev7: 'tests/eval/dev7-questions.yaml',
  /**
   * Questions about the topics issue 12 added (test results, too much, medicines, life stages, supplement forms,
   * food comparisons, regional advice, near topics), written by an independent writer before the entries existed.
   */
  topics: 'tests/eval/topics-questions.yaml',
  /**
   * A third persona set (long-term conditions, carers, teenagers and dieters, skeptics, keyword searches, formal
   * writers, lab results and labels), written from the 180 entries' summaries; measured once before any change.
   */
  dev8: 'tests/eval/dev8-questions.yaml',
  dev9: 'tests/eval/dev9-questions.yaml',
  /**
   * A fifth persona set (voice dictation, special diets, menopause, travellers, students), written from the entry
   * summaries and the seed article only; measured once before any change.
   */
  dev10: 'tests/eval/dev10-questions.yaml',
  /**
   * A sixth persona set (English as a second language, new parents, performers, home cooks, people on a tight
   * budget), written from the entry summaries and the seed article only; measured once before any change.
   */
  dev11: 'tests/eval/dev11-questions.yaml',
  /**
   * A seventh persona set (office and remote workers, drivers, teachers and coaches, people recovering from alcohol
   * dependence or a long illness, men who avoid doctors), written from the entry summaries and the seed article
   * only; measured once before any change.
   */
  dev12: 'tests/eval/dev12-questions.yaml',
  /**
   * An eighth persona set (people new to the gym, people on weight-loss injections or diets, people with health
   * anxiety, American English, grandparents), written from the entry summaries and the seed article only; measured
   * once before any change.
   */
  dev13: 'tests/eval/dev13-questions.yaml',
  /**
   * A ninth persona set (hikers and climbers, people fasting, spouses caring for a partner, chronic illness,
   * newcomers to a country), written from the entry summaries and the seed article only; measured once before any
   * change.
   */
  dev14: 'tests/eval/dev14-questions.yaml',
  /**
   * A tenth persona set (kitchen workers, cyclists and couriers, gardeners, people with a physical disability and
   * their carers, Nigerian, Ghanaian, Kenyan and South African English), written from the entry summaries and the
   * seed article only; measured once before any change.
   */
  dev15: 'tests/eval/dev15-questions.yaml',
  /**
   * An eleventh persona set (people having cancer treatment and their partners, South Asian English, soldiers and
   * veterans, pet owners, people who sleep badly), written from the entry summaries and the seed article only;
   * measured once before any change.
   */
  dev16: 'tests/eval/dev16-questions.yaml',
  dev17: 'tests/eval/dev17-questions.yaml',
  dev18: 'tests/eval/dev18-questions.yaml',
  dev19: 'tests/eval/dev19-questions.yaml',
  dev20: 'tests/eval/dev20-questions.yaml',
  dev21: 'tests/eval/dev21-questions.yaml',
});

export type QuestionSetName = keyof typeof QUESTION_SETS;
