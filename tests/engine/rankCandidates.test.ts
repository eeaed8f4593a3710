import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { contextAfter } from '../../src/engine/contextAfter';
import { readFollowUp } from '../../src/engine/followUp';
import { rankCandidates } from '../../src/engine/rankCandidates';
import type { AnswerResult } from '../../src/engine/types';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const matching = buildMatching(kb, MATCH_DEFAULTS);
const engine = shippedEngine();
const rank = (text: string, after?: string) => {
  const analysis = matching.analyzer.analyze(text);
  return rankCandidates(analysis, readFollowUp(analysis, contextAfter(kb, after), matching), matching);
};
const ids = (text: string, after?: string) => rank(text, after).map((scored) => scored.entry.id);
const shown = (result: AnswerResult) => (result.kind === 'answer' ? result.entry.id : result.kind);

describe('ranking: the entries that best match one question, best first', () => {
  it.each([
    // [question, answered just before, ranked first, what the user gets]
    ['how much magnesium is too much', undefined, 'magnesium-upper-limit', 'magnesium-upper-limit'],
    ['potassium foods', undefined, 'potassium-foods', 'potassium-foods'],
    ['why do i get cramps at night', undefined, 'night-leg-cramps', 'night-leg-cramps'],
    ['what foods have it?', 'magnesium-daily-need', 'magnesium-foods', 'magnesium-foods'],
    ['what foods have it?', undefined, 'diet-to-prevent-cramps', 'diet-to-prevent-cramps'],
    ['supplements', 'magnesium-supplements-cramps', 'supplements-for-cramps', 'supplements-for-cramps'],
    ['supplements', undefined, 'nutrients-from-food-alone', 'fallback'],
  ])('"%s" after %s ranks %s first; the user gets %s', (text, after, first, expected) => {
    expect(ids(text, after)[0]).toBe(first);
    expect(shown(engine.answer({ text, context: contextAfter(kb, after) }))).toBe(expected);
  });

  it('keeps the best runnersUp + 1, scores falling', () => {
    const ranked = rank('cramps');
    expect(ranked).toHaveLength(MATCH_DEFAULTS.runnersUp + 1);
    const scores = ranked.map((scored) => scored.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('lifts a follow-up the last answer offered by followUpBonus, and nothing else', () => {
    const alone = rank('heat or ice');
    const offered = rank('heat or ice', 'stop-cramp-now');
    const scoreOf = (ranked: typeof alone, id: string) =>
      ranked.find((scored) => scored.entry.id === id)?.score;
    expect(offered[0].entry.id).toBe('heat-or-ice-for-cramps');
    expect(scoreOf(offered, 'heat-or-ice-for-cramps')).toBeCloseTo(
      (scoreOf(alone, 'heat-or-ice-for-cramps') ?? 0) + MATCH_DEFAULTS.followUpBonus,
      6,
    );
    expect(scoreOf(offered, 'hot-weather-cramps')).toBe(scoreOf(alone, 'hot-weather-cramps'));
  });

  it('ranks nothing for a message without a word the base knows', () => {
    expect(rank('the')).toEqual([]);
  });
});
