import { MATCH_DEFAULTS } from '../../src/engine/config';
import { decideClause, declineUncovered, type QuestionWords } from '../../src/engine/decide';
import type { ScoredEntry } from '../../src/engine/MatchIndex';
import type { AnswerResult } from '../../src/engine/types';
import { shippedKb } from '../support/testKit';

const kb = shippedKb();
const scored = (...pairs: Array<[string, number]>): ScoredEntry[] =>
  pairs.map(([id, score]) => {
    const entry = kb.byId.get(id);
    if (!entry) throw new Error(`no entry ${id}`);
    return { entry, score };
  });
const contextOf = () => ({});
// A question of known words: only the ranking decides.
const known: QuestionWords = { terms: 4, unknownShare: 0, framedByCramps: false };
const offTopic = { onSubject: false, nutrients: [], ...known };
const onTopic = { onSubject: true, nutrients: [], ...known };
/** What the user sees: the entry answered, the options offered, or a decline. */
const shown = (result: AnswerResult) =>
  result.kind === 'answer'
    ? `answer ${result.entry.id}`
    : result.kind === 'clarify'
      ? `clarify ${result.options.map((option) => option.id).join(' | ')}`
      : result.kind === 'fallback'
        ? `fallback ${result.reason}`
        : result.kind;

describe('deciding: answer, ask "Did you mean…" or decline', () => {
  it.each([
    [
      'a clear leader at answerScore is answered',
      scored(['magnesium-foods', 0.8], ['potassium-foods', 0.5]),
      offTopic,
      'answer magnesium-foods',
    ],
    [
      'a leader exactly answerMargin ahead is answered',
      scored(['magnesium-foods', 0.8], ['potassium-foods', 0.78]),
      offTopic,
      'answer magnesium-foods',
    ],
    [
      'a leader closer than answerMargin to the runner-up is asked about, with both',
      scored(['magnesium-foods', 0.8], ['magnesium-role', 0.79]),
      offTopic,
      'clarify magnesium-foods | magnesium-role',
    ],
    [
      'a runner-up below the floor is no rival',
      scored(['magnesium-foods', 0.55], ['magnesium-role', 0.45]),
      offTopic,
      'answer magnesium-foods',
    ],
    [
      'below minScore, off the subject, is declined',
      scored(['magnesium-foods', 0.45]),
      offTopic,
      'fallback no-match',
    ],
    [
      'on the subject, the lower floor answers with a clear lead',
      scored(['night-leg-cramps', 0.45], ['stop-cramp-now', 0.3]),
      onTopic,
      'answer night-leg-cramps',
    ],
    [
      'on the subject, a small lead below answerScore is asked about',
      scored(['night-leg-cramps', 0.45], ['stop-cramp-now', 0.42]),
      onTopic,
      'clarify night-leg-cramps | stop-cramp-now',
    ],
    [
      'on the subject, below subjectMinScore is declined',
      scored(['night-leg-cramps', 0.37]),
      onTopic,
      'fallback no-match',
    ],
    ['nothing ranked is declined', [], offTopic, 'fallback no-match'],
    [
      'a short question of mostly unknown words is declined, however well its known words match',
      scored(['magnesium-role', 0.9]),
      { ...offTopic, terms: 3, unknownShare: 0.6 },
      'fallback no-match',
    ],
    [
      'unknown words around a cramp are framing, not another topic',
      scored(['bananas-for-cramps', 0.6]),
      { ...offTopic, terms: 3, unknownShare: 0.7, framedByCramps: true },
      'answer bananas-for-cramps',
    ],
    [
      'a long question may carry many unknown words',
      scored(['magnesium-role', 0.9]),
      { ...offTopic, terms: MATCH_DEFAULTS.shortQuestionTerms + 1, unknownShare: 0.7 },
      'answer magnesium-role',
    ],
  ])('%s', (_name, ranked, question, expected) => {
    expect(shown(decideClause(ranked, question, MATCH_DEFAULTS, contextOf).result)).toBe(expected);
  });

  it('offers at most maxClarifyOptions options within clarifyBand of the best, best first', () => {
    const { result } = decideClause(
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
    expect(shown(result)).toBe('clarify magnesium-foods | magnesium-role | magnesium-cramps');
  });

  it('says which thresholds decided', () => {
    const { decision } = decideClause(
      scored(['night-leg-cramps', 0.45], ['stop-cramp-now', 0.3]),
      onTopic,
      MATCH_DEFAULTS,
      contextOf,
    );
    expect(decision).toMatchObject({
      stage: 'decide',
      outcome: 'answer',
      floor: MATCH_DEFAULTS.subjectMinScore,
      needed: {
        rule: 'subjectMinScore',
        score: MATCH_DEFAULTS.subjectMinScore,
        lead: MATCH_DEFAULTS.subjectMargin,
      },
    });
    expect(
      decideClause(
        scored(['magnesium-role', 0.9]),
        { ...offTopic, terms: 2, unknownShare: 0.75 },
        MATCH_DEFAULTS,
        contextOf,
      ).decision,
    ).toEqual({
      stage: 'mostly-unknown-words',
      unknownShare: 0.75,
      maxUnknownShare: MATCH_DEFAULTS.maxUnknownShare,
      terms: 2,
    });
  });
});

describe('deciding before ranking: a topic the base does not cover', () => {
  it.each([
    [{ uncovered: ['vitamin C'], nutrients: [] }, 'fallback uncovered-topic', 'vitamin C'],
    [{ uncovered: ['vitamin C'], nutrients: ['magnesium'] }, null, undefined],
    [{ uncovered: [], nutrients: [] }, null, undefined],
  ])('%j → %s', (analysis, expected, topic) => {
    const decided = declineUncovered(analysis);
    expect(decided && shown(decided.result)).toBe(expected);
    if (topic) expect(decided?.result).toMatchObject({ topic });
  });
});
