import { join } from 'node:path';
import { normalizeText } from '../../src/engine/text';
import { loadQuestionSet } from '../../src/eval/questionSet';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { shippedKb } from '../support/testKit';

const kb = shippedKb();
const root = join(__dirname, '../..');
const phrasings = new Set(
  kb.entries.flatMap((entry) => [entry.title, ...entry.alternates]).map(normalizeText),
);
const sets = Object.entries(QUESTION_SETS);

describe.each(sets)('the labelled question set "%s" (%s)', (_name, path) => {
  const questions = loadQuestionSet(join(root, path), path);

  it('names only entries that exist, for answers and for follow-up context', () => {
    const unknown = questions.flatMap((question) =>
      [...question.ids, ...(question.after ? [question.after] : [])].filter((id) => !kb.byId.has(id)),
    );
    expect(unknown).toEqual([]);
  });
});

// The sets that measure (rather than tune) must stay independent of the phrasings: a curator who copies a
// measured question into the base as an alternate makes the measure meaningless. The development sets are
// exempt: adding their wording to the base is what they are for. A writer working blind will still hit the
// most natural short questions ("magnesium foods") now and then, so the fresh set may coincide on 1%.
const copiesIn = (path: string) =>
  loadQuestionSet(join(root, path), path)
    .filter((question) => phrasings.has(normalizeText(question.text)))
    .map((question) => question.text);

describe('the measuring sets', () => {
  it('test set: no question is a copy of an entry title or alternate', () => {
    expect(copiesIn(QUESTION_SETS.test)).toEqual([]);
  });

  it('fresh set (dev4): at most 1% of its questions coincide with a title or alternate', () => {
    const path = QUESTION_SETS.dev4;
    const total = loadQuestionSet(join(root, path), path).length;
    expect(copiesIn(path).length).toBeLessThanOrEqual(Math.floor(total * 0.01));
  });
});
