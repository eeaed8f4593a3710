import { join } from 'node:path';
import { normalizeText } from '../../src/text';
import { findNearCopies } from '../../src/eval/nearCopies';
import { loadQuestionSet } from '../../src/eval/questionSet';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
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

// The test set measures (rather than tunes), so it must stay independent of the phrasings: a curator who copies
// one of its questions into the base as an alternate makes the gate meaningless.
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

  it('nearly copies no curated phrasing, in either direction (normalised, 80% of the words shared both ways)', () => {
    // Curated phrasings: FAQ titles and alternates. A facet's phrasings are one template for six nutrients ("why
    // does my body need {name}"), written for the family rather than for a question, so a question that differs
    // from one only in the nutrient it names is about another entry and is not a copy.
    const { analyzer } = buildMatching(kb, MATCH_DEFAULTS);
    const nutrientsOf = (text: string) => [...analyzer.analyze(text).nutrients].sort().join();
    const curated = kb.entries
      .filter((entry) => entry.origin.kind === 'faq')
      .flatMap((entry) => [entry.title, ...entry.alternates].map((text) => ({ text, entryId: entry.id })));
    const copies = findNearCopies(
      questions.map((question) => question.text),
      curated,
      (question, phrasing) => nutrientsOf(question) === nutrientsOf(phrasing),
    );
    expect(copies).toEqual([]);
  });

  it('shares no question word for word with an entry title or alternate', () => {
    const copies = questions
      .filter((question) => phrasings.has(normalizeText(question.text)))
      .map((question) => question.text);
    expect(copies).toEqual([]);
  });
});
