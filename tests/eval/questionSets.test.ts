import { existsSync } from 'node:fs';
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
const sets = Object.entries(QUESTION_SETS).filter(([, path]) => existsSync(join(root, path)));

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
// exempt: adding their wording to the base is what they are for.
describe.each(sets.filter(([name]) => name === 'test' || name === 'dev4'))(
  'the measuring set "%s" (%s)',
  (_name, path) => {
    it('is in its own words: no question is a copy of an entry title or alternate', () => {
      const copies = loadQuestionSet(join(root, path), path).filter((question) =>
        phrasings.has(normalizeText(question.text)),
      );
      expect(copies.map((question) => question.text)).toEqual([]);
    });
  },
);

describe('the test set', () => {
  const questions = loadQuestionSet(join(root, QUESTION_SETS.test));

  it('has at least 300 questions, 80 of them out of scope, with every kind of wording represented', () => {
    expect(questions.length).toBeGreaterThanOrEqual(300);
    expect(questions.filter((question) => question.expect === 'fallback').length).toBeGreaterThanOrEqual(80);
    const tags = new Set(questions.flatMap((question) => question.tags));
    for (const tag of [
      'paraphrase',
      'typo',
      'slang',
      'one-word',
      'long',
      'non-native',
      'followup',
      'greeting',
    ])
      expect(tags).toContain(tag);
  });
});
