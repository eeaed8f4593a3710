import { MATCH_DEFAULTS } from '../../src/engine/config';
import { compileLanguage } from '../../src/engine/compileLanguage';
import { contextAfter } from '../../src/engine/contextAfter';
import { decide } from '../../src/engine/decide';
import { readFollowUp } from '../../src/engine/followUp';
import type { ScoredEntry } from '../../src/engine/MatchIndex';
import { questionSentences, splitClauses } from '../../src/engine/splitQuestions';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const { analyzer, index } = shippedEngine();
const language = compileLanguage(kb.language);
const entry = (id: string) => {
  const found = kb.byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('splitQuestions: the questions in one message', () => {
  it.each([
    ['what foods have magnesium and how much do i need', ['what foods have magnesium', 'how much do i need']],
    ['what is b12? what foods have it?', ['what is b12', 'what foods have it']],
    ['salt and vinegar crisps', ['salt and vinegar crisps']],
    ['cramps at night', ['cramps at night']],
  ])('"%s" → %j', (text, clauses) => {
    expect(splitClauses(text, language, MATCH_DEFAULTS)).toEqual(clauses);
  });

  it.each([
    ['My mum is 84. She cramps at night. What could cause it?', ['What could cause it?']],
    [
      'I run a lot and my calves cramp, is that normal? It started last month.',
      ['I run a lot and my calves cramp, is that normal?'],
    ],
    ['Long story short: my legs cramp.', []],
  ])('the question sentences of "%s" are %j', (text, sentences) => {
    expect(questionSentences(text, language)).toEqual(sentences);
  });
});

describe('decide: answer, ask or decline', () => {
  const scored = (...pairs: Array<[string, number]>): ScoredEntry[] =>
    pairs.map(([id, score]) => ({ entry: entry(id), score }) as ScoredEntry);
  const contextOf = () => ({});
  const offTopic = { onSubject: false, nutrients: [] };
  const onTopic = { onSubject: true, nutrients: [] };

  it.each([
    [
      'a clear leader above answerScore is answered',
      scored(['magnesium-foods', 0.8], ['potassium-foods', 0.5]),
      offTopic,
      'answer',
    ],
    [
      'a leader too close to the runner-up is asked about',
      scored(['magnesium-foods', 0.8], ['magnesium-role', 0.79]),
      offTopic,
      'clarify',
    ],
    [
      'a runner-up below the floor is no rival',
      scored(['magnesium-foods', 0.55], ['magnesium-role', 0.45]),
      offTopic,
      'answer',
    ],
    ['below minScore, off the subject, is declined', scored(['magnesium-foods', 0.45]), offTopic, 'fallback'],
    [
      'on the subject, the lower floor answers with a clear lead',
      scored(['night-leg-cramps', 0.45], ['stop-cramp-now', 0.3]),
      onTopic,
      'answer',
    ],
    [
      'on the subject, a small lead below answerScore is asked about',
      scored(['night-leg-cramps', 0.45], ['stop-cramp-now', 0.42]),
      onTopic,
      'clarify',
    ],
    ['nothing ranked is declined', [], offTopic, 'fallback'],
  ])('%s', (_name, ranked, question, kind) => {
    expect(decide(ranked, question, MATCH_DEFAULTS, contextOf).kind).toBe(kind);
  });

  it('offers at most maxClarifyOptions options within clarifyBand of the best, best first', () => {
    const result = decide(
      scored(
        ['magnesium-foods', 0.8],
        ['magnesium-role', 0.79],
        ['magnesium-cramps', 0.78],
        ['potassium-foods', 0.77],
        ['calcium-foods', 0.6],
      ),
      offTopic,
      MATCH_DEFAULTS,
      contextOf,
    );
    expect(result).toMatchObject({ kind: 'clarify' });
    if (result.kind === 'clarify')
      expect(result.options.map((option) => option.id)).toEqual([
        'magnesium-foods',
        'magnesium-role',
        'magnesium-cramps',
      ]);
  });
});

describe('followUp: what a message inherits from the last answer', () => {
  const read = (text: string, after?: string) =>
    readFollowUp(analyzer.analyze(text), contextAfter(kb, after), {
      kb,
      analyzer,
      index,
      facetOf: new Map(),
      config: MATCH_DEFAULTS,
      backReferences: language.backReferences,
    });

  it.each([
    ['what foods have it?', 'magnesium-daily-need', ['magnesium']],
    ['and how much do i need?', 'potassium-foods', ['potassium']],
    ['why do i get cramps at night', 'magnesium-foods', []],
    ['what foods have it?', undefined, []],
  ])('"%s" after %s is about %j', (text, after, nutrients) => {
    expect(read(text, after).nutrients).toEqual(nutrients);
  });

  it("offers the last answer's follow-ups to a short question, and none to a long one", () => {
    expect(read('is heat better', 'stop-cramp-now').offered).toEqual(
      new Set(entry('stop-cramp-now').followUps),
    );
    expect(
      read('my calves cramp every single night after long shifts standing at the till', 'stop-cramp-now')
        .offered,
    ).toBeUndefined();
  });
});
