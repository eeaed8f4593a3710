import { compileLanguage } from '../../src/engine/compileLanguage';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { matchMessage, questionSentences, splitClauses } from '../../src/engine/splitQuestions';
import type { AnswerContext, AnswerResult } from '../../src/engine/types';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const language = compileLanguage(kb.language);
const engine = shippedEngine();
const entry = (id: string) => {
  const found = kb.byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const answer = (id: string, score: number): AnswerResult => ({
  kind: 'answer',
  entry: entry(id),
  score,
  runnersUp: [],
  context: { entryId: id },
});
const declined: AnswerResult = { kind: 'fallback', reason: 'no-match', score: 0.2, runnersUp: [] };
const asked: AnswerResult = { kind: 'clarify', options: [], score: 0.45, runnersUp: [], context: {} };
/** What the user sees: the entry answered (and the other question's entry offered as `also`), or the kind. */
const shown = (result: AnswerResult) =>
  result.kind === 'answer' ? [result.entry.id, result.also?.id].filter(Boolean).join(' + ') : result.kind;

describe('splitting: the questions in one message', () => {
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

  it.each([
    // [message, answered just before, what the user gets: the better answer + the other question's entry]
    ['what foods have magnesium and how much do i need', undefined, 'magnesium-daily-need + magnesium-foods'],
    ['what is b12? what foods have it?', undefined, 'vitamin-b12-foods + vitamin-b12-role'],
    ['salt and vinegar crisps', undefined, 'fallback'],
  ])('"%s" is answered with %s', (text, _after, expected) => {
    expect(shown(engine.answer({ text }))).toBe(expected);
  });
});

describe('splitting: which reading of a message wins', () => {
  /** A clause matcher that answers from a table, and records the context each text was read in. */
  const matcher = (table: Record<string, AnswerResult>) => {
    const seen: Array<[string, AnswerContext | undefined]> = [];
    const match = (text: string, context: AnswerContext | undefined) => {
      seen.push([text, context]);
      return table[text] ?? declined;
    };
    return { match, seen };
  };
  const run = (text: string, table: Record<string, AnswerResult>, context?: AnswerContext) =>
    matchMessage(text, context, matcher(table).match, MATCH_DEFAULTS, language);

  it.each([
    [
      'two questions answered with different entries: the higher score, and the other as also',
      'what foods have magnesium and how much do i need',
      {
        'what foods have magnesium': answer('magnesium-foods', 0.9),
        'how much do i need': answer('magnesium-daily-need', 0.95),
      },
      'magnesium-daily-need + magnesium-foods',
    ],
    [
      'the whole message answered and only one question answered: the whole message',
      'what foods have magnesium and how much do i need',
      {
        'what foods have magnesium and how much do i need': answer('magnesium-foods', 0.8),
        'what foods have magnesium': answer('magnesium-foods', 0.9),
      },
      'magnesium-foods',
    ],
    [
      'the whole message not answered, one question answered: that answer',
      'what foods have magnesium and how much do i need',
      { 'how much do i need': answer('magnesium-daily-need', 0.95) },
      'magnesium-daily-need',
    ],
    [
      'nothing answered: the whole message as it was read',
      'what foods have magnesium and how much do i need',
      { 'what foods have magnesium and how much do i need': asked },
      'clarify',
    ],
    [
      'a long story: its question sentence answered settles it',
      'My mum is 84 and she has had cramps in her calves at night for months now, they wake her up and she cannot get back to sleep. What could cause it?',
      { 'What could cause it?': answer('other-causes-leg-cramps', 0.6) },
      'other-causes-leg-cramps',
    ],
    [
      'a long story: when its question is only asked about, the whole story may answer',
      'My mum is 84 and she has had cramps in her calves at night for months now, they wake her up and she cannot get back to sleep. What could cause it?',
      {
        'What could cause it?': asked,
        'My mum is 84 and she has had cramps in her calves at night for months now, they wake her up and she cannot get back to sleep. What could cause it?':
          answer('night-leg-cramps', 0.55),
      },
      'night-leg-cramps',
    ],
  ])('%s', (_name, text, table, expected) => {
    expect(shown(run(text, table))).toBe(expected);
  });

  it("reads the second question in the first one's context, and a long story's question without the conversation's", () => {
    const short = matcher({ 'what is b12': answer('vitamin-b12-role', 0.8) });
    matchMessage('what is b12? what foods have it?', undefined, short.match, MATCH_DEFAULTS, language);
    expect(short.seen).toContainEqual(['what foods have it', { entryId: 'vitamin-b12-role' }]);

    const long = matcher({});
    const story =
      'My mum is 84 and she has had cramps in her calves at night for months now, they wake her up and she cannot get back to sleep. What could cause it?';
    matchMessage(
      story,
      { entryId: 'magnesium-foods', nutrientId: 'magnesium' },
      long.match,
      MATCH_DEFAULTS,
      language,
    );
    expect(long.seen.map(([, context]) => context)).toEqual(long.seen.map(() => undefined));
    expect(long.seen.map(([text]) => text)).toContain('What could cause it?');
  });
});
