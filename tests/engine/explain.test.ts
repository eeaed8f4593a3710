import { join } from 'node:path';
import { contextAfter } from '../../src/engine/contextAfter';
import { loadQuestionSet } from '../../src/eval/questionSet';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/loadKnowledgeBase';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();

describe('explain: why a question gets its answer', () => {
  it('gives the same result as answer for every question of the test set', () => {
    const questions = loadQuestionSet(join(DEFAULT_KNOWLEDGE_DIR, '..', QUESTION_SETS.test));
    for (const question of questions) {
      const asked = { text: question.text, context: contextAfter(kb, question.after) };
      expect(engine.explain(asked).result).toEqual(engine.answer(asked));
    }
  });

  it('shows the winning candidate, its best phrasing, the facet lift and the threshold it passed', () => {
    const { result, readings } = engine.explain({ text: 'how much magnesium is too much' });
    expect(result).toMatchObject({ kind: 'answer', entry: { id: 'magnesium-upper-limit' } });
    expect(readings).toHaveLength(1);
    const [reading] = readings;
    expect(reading.nutrients).toEqual(['magnesium']);
    expect(reading.facets).toEqual(['upperLimit']);
    const [top, second] = reading.candidates;
    expect(top).toMatchObject({ id: 'magnesium-upper-limit', offered: false });
    expect(top.phrasing.text.length).toBeGreaterThan(0);
    expect(top.adjustment).toMatch(/facetLiftFloor/);
    expect(top.score).toBeGreaterThan(top.base);
    expect(reading.decision).toMatchObject({
      stage: 'decide',
      outcome: 'answer',
      top: top.score,
      second: second.score,
      needed: { rule: 'answerScore', score: 0.5, lead: 0.02 },
    });
  });

  it('says a reading stopped at a topic the base does not cover', () => {
    const { result, readings } = engine.explain({ text: 'what about vitamin c' });
    expect(result).toMatchObject({ kind: 'fallback', reason: 'uncovered-topic' });
    expect(readings[0].decision).toEqual({ stage: 'uncovered-topic', topic: 'vitamin C' });
  });

  it('shows what a follow-up carries over and which offered follow-ups it leans towards', () => {
    const { readings } = engine.explain({
      text: 'what foods have it?',
      context: contextAfter(kb, 'magnesium-daily-need'),
    });
    expect(readings[0].context).toMatchObject({ previous: 'magnesium-daily-need', pointsBack: true });
    expect(readings[0].context.carried).toContain('#magnesium');
    expect(readings[0].candidates[0].id).toBe('magnesium-foods');
  });

  it('ranks every question of a two-question message, and ranks nothing for small talk or a red flag', () => {
    expect(
      engine.explain({ text: 'what foods have magnesium and how much do i need' }).readings,
    ).toHaveLength(3);
    const greeting = engine.explain({ text: 'hi there' });
    expect(greeting.steps).toContain('small talk: greeting');
    expect(greeting.readings).toEqual([]);
    const clot = engine.explain({ text: 'my calf is swollen, hot and red after a long flight' });
    expect(clot.result.kind).toBe('urgent');
    expect(clot.steps[0]).toMatch(/^triage: urgent/);
    expect(clot.readings).toEqual([]);
  });
});
